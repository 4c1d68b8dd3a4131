package org.claimwatch.diff;

import org.claimwatch.claims.Quantity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Editorial notes among the added (or removed) sentences, as correction changes, and the changes of the same
 * version that each note names.
 */
final class Corrections {

    private Corrections() {
    }

    /**
     * A note sentence and the added sentences after it in its paragraph (and in the next one when the marker is a
     * heading line) are one change with the note's text. The sentences taken go into {@code usedOld}/{@code usedNew}.
     */
    static void find(Side before, Side after, Unpaired unpaired, List<ClaimChange> out, Set<Integer> usedOld,
                     Set<Integer> usedNew) {
        find(after, new TreeSet<>(unpaired.added()), false, out, usedNew);
        find(before, new TreeSet<>(unpaired.removed()), true, out, usedOld);
    }

    private static void find(Side side, Set<Integer> pool, boolean removed, List<ClaimChange> out, Set<Integer> used) {
        for (int i : pool) {
            String text = side.passages.get(i).text();
            if (used.contains(i) || !EditorialNotes.isNote(text)) {
                continue;
            }
            List<Integer> note = new ArrayList<>(List.of(i));
            int para = side.text.sentences().get(i).paragraph();
            int lastPara = EditorialNotes.isHeading(text) ? para + 1 : para;
            for (int j = i + 1; pool.contains(j) && !used.contains(j); j++) {
                int pj = side.text.sentences().get(j).paragraph();
                if (pj > lastPara || j != i + 1 && pj != side.text.sentences().get(j - 1).paragraph()
                        && EditorialNotes.isNote(side.passages.get(j).text())) {
                    break;
                }
                note.add(j);
            }
            used.addAll(note);
            StringBuilder joined = new StringBuilder();
            int prevPara = para;
            for (int k : note) {
                int pk = side.text.sentences().get(k).paragraph();
                joined.append(joined.length() == 0 ? "" : pk != prevPara ? "\n\n" : " ").append(side.passages.get(k).text());
                prevPara = pk;
            }
            String t = joined.toString();
            Facts f = Facts.of(t, t, List.of());
            String key = "note:" + ChangeKeys.fallback(f, f).substring("text:".length());
            List<Quantity> numbers = ClaimIndex.quantities(side.claims.claims(note));
            out.add(AddedOrRemoved.whole(removed ? ChangeKind.CORRECTION_REMOVED : ChangeKind.CORRECTION_ADDED, key, t,
                    Significance.NOTE, numbers, removed, i));
        }
    }

    /** The names written in these notes: a respelling of one of them is the correction. */
    static Set<String> names(List<ClaimChange> notes) {
        Set<String> out = new HashSet<>();
        for (ClaimChange note : notes) {
            for (Token t : Tokenizer.of(note.before() + " " + note.after())) {
                if (t.name()) {
                    out.add(t.norm());
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Links each note to the changes of the same version whose changed words (a figure, a name, a quote) it names. */
    static List<ClaimChange> link(List<ClaimChange> changes) {
        boolean any = false;
        for (ClaimChange c : changes) {
            any |= isNote(c);
        }
        if (!any) {
            return changes;
        }
        List<ClaimChange> out = new ArrayList<>(changes.size());
        for (ClaimChange c : changes) {
            if (!isNote(c)) {
                out.add(c);
                continue;
            }
            Set<String> noteWords = new HashSet<>();
            for (Token t : Tokenizer.of(c.before() + " " + c.after())) {
                noteWords.add(t.norm());
            }
            List<String> related = new ArrayList<>();
            for (ClaimChange other : changes) {
                if (isNote(other) || related.contains(other.key())) {
                    continue;
                }
                if (names(noteWords, other)) {
                    related.add(other.key());
                }
            }
            out.add(related.isEmpty() ? c : c.withRelated(related));
        }
        return out;
    }

    private static boolean isNote(ClaimChange c) {
        return c.kind() == ChangeKind.CORRECTION_ADDED || c.kind() == ChangeKind.CORRECTION_REMOVED;
    }

    /** True when a word the change inserted or deleted (a number, a name, a word of four letters or more) is in the note. */
    private static boolean names(Set<String> noteWords, ClaimChange change) {
        for (Span s : change.spans()) {
            for (Token t : Tokenizer.of(s.text())) {
                boolean telling = t.number() || t.name() || Lexicon.DATES.contains(t.norm())
                        || t.norm().length() >= 4 && !Lexicon.STOP.contains(t.norm());
                if (telling && noteWords.contains(t.norm())) {
                    return true;
                }
            }
        }
        return false;
    }
}
