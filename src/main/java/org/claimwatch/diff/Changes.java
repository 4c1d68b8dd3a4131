package org.claimwatch.diff;

import org.claimwatch.claims.Claim;
import org.claimwatch.claims.ClaimKind;
import org.claimwatch.claims.Quantity;
import org.claimwatch.claims.WidgetLines;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Classifies each group of aligned sentences into typed claim changes. One instance per comparison: editorial notes
 * ({@link Corrections}) first, then sentences glued onto a line ({@link GluedSentences}), then each group in turn:
 * a sentence added or removed ({@link AddedOrRemoved}) or aligned sentences edited ({@link EditedSentences}).
 */
final class Changes {

    /** {@link Significance#QUOTE_IN_OUT}, as {@link QuoteChanges} names it. */
    static final double QUOTE_IN_OUT = Significance.QUOTE_IN_OUT;

    private final Side before;
    private final Side after;

    Changes(Side before, Side after) {
        this.before = before;
        this.after = after;
    }

    List<ClaimChange> of(List<Group> groups) {
        List<ClaimChange> out = new ArrayList<>();
        Set<Integer> gluedOld = new HashSet<>();
        Set<Integer> gluedNew = new HashSet<>();
        Unpaired unpaired = Unpaired.of(groups);
        Corrections.find(before, after, unpaired, out, gluedOld, gluedNew);
        Set<String> namedByNotes = Corrections.names(out); // the notes are all there is so far
        new GluedSentences(before, after).find(groups, unpaired, out, gluedOld, gluedNew);
        EditedSentences edited = new EditedSentences(before, after, namedByNotes);
        Slots slots = new Slots(groups);
        for (Group g : groups) {
            if (g.news().isEmpty() && gluedOld.contains(g.olds().get(0))
                    || g.olds().isEmpty() && gluedNew.contains(g.news().get(0))) {
                continue;
            }
            if (g.news().isEmpty() || g.olds().isEmpty()) {
                int from = out.size();
                if (g.news().isEmpty()) {
                    AddedOrRemoved.find(before, g.olds().get(0), true, out);
                } else {
                    AddedOrRemoved.find(after, g.news().get(0), false, out);
                }
                if (rotates(g, slots)) {
                    for (int k = from; k < out.size(); k++) {
                        out.set(k, out.get(k).atMost(Significance.MINOR_IN_OUT)); // a teaser slot turned over
                    }
                }
            } else if (!g.sameWords() && !(before.allNoise(g.olds()) && after.allNoise(g.news()))
                    && !(g.olds().size() == 1 && gluedOld.contains(g.olds().get(0)))) {
                edited.find(g, out);
            }
        }
        return Corrections.link(out);
    }

    /**
     * Whether the sentence of group {@code g}, on one side only, and a sentence on the other side only that stands in
     * the same place (after or before the same aligned sentence) are two teasers of one slot ({@link TeaserRotation}).
     */
    private boolean rotates(Group g, Slots slots) {
        boolean removed = g.news().isEmpty();
        int s = removed ? g.olds().get(0) : g.news().get(0);
        for (int t : removed ? slots.added : slots.removed) {
            int o = removed ? s : t;
            int n = removed ? t : s;
            if (slots.same(o, n) && TeaserRotation.rotated(before, o, after, n)) {
                return true;
            }
        }
        return false;
    }

    /** Where the aligned sentences stand: each old sentence's counterpart, and the sentences on one side only. */
    private static final class Slots {
        final List<Integer> removed = new ArrayList<>();
        final List<Integer> added = new ArrayList<>();
        private final java.util.Map<Integer, Integer> lastNewOf = new java.util.HashMap<>();
        private final java.util.Map<Integer, Integer> firstNewOf = new java.util.HashMap<>();

        Slots(List<Group> groups) {
            for (Group g : groups) {
                if (g.news().isEmpty()) {
                    removed.add(g.olds().get(0));
                } else if (g.olds().isEmpty()) {
                    added.add(g.news().get(0));
                } else {
                    lastNewOf.put(g.olds().get(g.olds().size() - 1), g.news().get(g.news().size() - 1));
                    firstNewOf.put(g.olds().get(0), g.news().get(0));
                }
            }
        }

        /** Whether old sentence {@code o} and new sentence {@code n} follow, or precede, the same aligned sentence. */
        boolean same(int o, int n) {
            return o == 0 && n == 0 || Integer.valueOf(n - 1).equals(lastNewOf.get(o - 1))
                    || Integer.valueOf(n + 1).equals(firstNewOf.get(o + 1));
        }
    }

    /**
     * The context an edit is judged in: the sentences and edits of one group, and how to turn a finding into a
     * {@link ClaimChange}.
     */
    static final class Context {
        private final Side before;
        private final Side after;
        final Group group;
        final Facts a;
        final Facts b;
        final List<Edit> edits;
        /**
         * Both sides speak to the reader ({@link Significance#furniture}), a board line ticked ({@link Tickers}),
         * both are a widget's line ({@link WidgetLines#pair}) or a labelled teaser slot turned over, aligned as one
         * edited line because the label stayed ({@link TeaserRotation}): every finding is a minor change.
         */
        final boolean furniture;

        Context(Side before, Side after, Group group, Facts a, Facts b, List<Edit> edits) {
            this.before = before;
            this.after = after;
            this.group = group;
            this.a = a;
            this.b = b;
            this.edits = List.copyOf(edits);
            this.furniture = Significance.furniture(a, b) || Tickers.ticked(a, b, this.edits)
                    || WidgetLines.pair(widget(before, group.olds()), widget(after, group.news()))
                    || group.olds().size() == 1 && group.news().size() == 1
                    && TeaserRotation.rotated(before, group.olds().get(0), after, group.news().get(0));
        }

        /** The least widget score of the sentences {@code at} of {@code side}: a group is a widget's line as a whole. */
        private static double widget(Side side, List<Integer> at) {
            double min = at.isEmpty() ? 0 : 1;
            for (int s : at) {
                min = Math.min(min, side.passages.get(s).widget());
            }
            return min;
        }

        void add(List<ClaimChange> out, ChangeKind kind, double significance, List<Span> spans, Set<ClaimKind> pref) {
            if (furniture) {
                significance = Math.min(significance, Significance.MINOR_IN_OUT);
            }
            List<Claim> ca = before.claims.claims(group.olds());
            List<Claim> cb = after.claims.claims(group.news());
            String key = ChangeKeys.of(ca, cb, pref, a, b);
            List<Quantity> qa = List.of();
            List<Quantity> qb = List.of();
            if (kind == ChangeKind.NUMBER_CHANGED || kind == ChangeKind.QUOTE_CHANGED) {
                List<Quantity> alla = ClaimIndex.quantities(ca);
                List<Quantity> allb = ClaimIndex.quantities(cb);
                qa = ClaimIndex.without(alla, allb);
                qb = ClaimIndex.without(allb, alla);
                if (qa.isEmpty() && qb.isEmpty() && kind == ChangeKind.NUMBER_CHANGED) {
                    qa = alla;
                    qb = allb;
                }
            }
            out.add(new ClaimChange(kind, key, a.text, b.text, spans.isEmpty() ? Spans.all(edits, a, b) : spans,
                    significance, qa, qb, group.olds().get(0), group.news().get(0)));
        }
    }
}
