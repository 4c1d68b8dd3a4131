package org.claimwatch.diff;

import org.claimwatch.claims.ClaimKind;

import java.util.List;
import java.util.Set;

/**
 * A sentence written onto a line without a final stop (a heading, a list item, a caption) joins that line:
 * "Key facts" became "Key facts The army said 120 soldiers were sent." It is the new sentence that was added (or,
 * the other way, removed), whether the aligner paired the two lines or left them apart.
 */
final class GluedSentences {

    private final Side before;
    private final Side after;

    GluedSentences(Side before, Side after) {
        this.before = before;
        this.after = after;
    }

    /**
     * Reports the glued sentences of paired lines and of lines left apart; the lines taken go into
     * {@code gluedOld}/{@code gluedNew}, and lines already there are not paired again.
     */
    void find(List<Group> groups, Unpaired unpaired, List<ClaimChange> out, Set<Integer> gluedOld,
              Set<Integer> gluedNew) {
        for (Group g : groups) {
            if (g.olds().size() == 1 && g.news().size() == 1 && !g.sameWords()) {
                int o = g.olds().get(0);
                int n = g.news().get(0);
                if (glued(o, n, false, out) || glued(n, o, true, out)) {
                    gluedOld.add(o);
                    gluedNew.add(n);
                }
            }
        }
        // only lines without a final stop can have a sentence glued on: few, so the pairs stay few
        for (int o : unpaired.removed()) {
            if (!endsWithStop(before.passages.get(o).text())) {
                glueOnto(o, unpaired.added(), false, out, gluedOld, gluedNew);
            }
        }
        for (int n : unpaired.added()) {
            if (!gluedNew.contains(n) && !endsWithStop(after.passages.get(n).text())) {
                glueOnto(n, unpaired.removed(), true, out, gluedOld, gluedNew);
            }
        }
    }

    /**
     * Reports the first sentence of {@code longers} (on the other side of {@code line}'s, not glued yet) that is
     * {@code line} with a sentence after it, and takes the two.
     */
    private void glueOnto(int line, List<Integer> longers, boolean removed, List<ClaimChange> out,
                          Set<Integer> gluedOld, Set<Integer> gluedNew) {
        Set<Integer> taken = removed ? gluedOld : gluedNew;
        for (int longer : longers) {
            if (!taken.contains(longer) && glued(line, longer, removed, out)) {
                gluedOld.add(removed ? longer : line);
                gluedNew.add(removed ? line : longer);
                return;
            }
        }
    }

    /**
     * When the sentence {@code longer} of one side is the unpunctuated line {@code line} of the other side with a
     * sentence of three or more words after it, reports that sentence as added ({@code removed}: as removed).
     */
    private boolean glued(int line, int longer, boolean removed, List<ClaimChange> out) {
        Side lineSide = removed ? after : before;
        Side longSide = removed ? before : after;
        Passage p = lineSide.passages.get(line);
        Passage q = longSide.passages.get(longer);
        int n = p.tokens().size();
        if (n == 0 || q.tokens().size() < n + 3 || p.noise() || endsWithStop(p.text())
                || !q.key().startsWith(p.key() + " ")) {
            return false;
        }
        Token first = q.tokens().get(n);
        if (!Character.isUpperCase(first.text().charAt(0)) && !Character.isDigit(first.text().charAt(0))) {
            return false;
        }
        String text = q.text().substring(first.start()).strip();
        Facts f = Facts.of(text, Noise.strip(text), QuoteRanges.find(text));
        out.add(AddedOrRemoved.change(f, longSide.claims.claims(List.of(longer)), Set.of(ClaimKind.values()), removed,
                longer));
        return true;
    }

    private static boolean endsWithStop(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '”' || c == '’' || c == ':'
                || c == ';' || c == ')';
    }
}
