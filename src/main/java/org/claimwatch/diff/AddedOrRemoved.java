package org.claimwatch.diff;

import org.claimwatch.claims.Claim;
import org.claimwatch.claims.ClaimKind;
import org.claimwatch.claims.Quantity;
import org.claimwatch.claims.WidgetLines;

import java.util.List;
import java.util.Set;

/** A sentence with no counterpart: the claim (or quote) in it was removed or added. */
final class AddedOrRemoved {

    private AddedOrRemoved() {
    }

    /** The change of sentence {@code s} of {@code side}, which the other side lacks; none for a noise sentence. */
    static void find(Side side, int s, boolean removed, List<ClaimChange> out) {
        if (side.passages.get(s).noise()) {
            return;
        }
        List<Integer> one = List.of(s);
        Facts f = side.facts(one);
        Set<ClaimKind> pref = f.quotes.isEmpty() ? Set.of(ClaimKind.values()) : Set.of(ClaimKind.QUOTE);
        ClaimChange c = change(f, side.claims.claims(one), pref, removed, s);
        if (side.passages.get(s).widget() >= WidgetLines.THRESHOLD) {
            c = c.atMost(Significance.MINOR_IN_OUT); // a widget's line came or went
        }
        out.add(c);
    }

    /**
     * The text of {@code f}, a quote or a claim, as added ({@code removed}: as removed) with sentence {@code sentence}
     * whose claims are {@code claims}.
     */
    static ClaimChange change(Facts f, List<Claim> claims, Set<ClaimKind> pref, boolean removed, int sentence) {
        boolean quote = !f.quotes.isEmpty();
        ChangeKind kind = quote ? (removed ? ChangeKind.QUOTE_REMOVED : ChangeKind.QUOTE_ADDED)
                : removed ? ChangeKind.CLAIM_REMOVED : ChangeKind.CLAIM_ADDED;
        return whole(kind, ChangeKeys.of(claims, pref, f), f.text, Significance.ofAddedOrRemoved(f, quote),
                ClaimIndex.quantities(claims), removed, sentence);
    }

    /** A change whose whole {@code text} is on one side only: the before side ({@code removed}) or the after side. */
    static ClaimChange whole(ChangeKind kind, String key, String text, double significance, List<Quantity> numbers,
                             boolean removed, int sentence) {
        return removed
                ? new ClaimChange(kind, key, text, "", Spans.whole(SpanKind.DELETE, text), significance, numbers,
                        List.of(), sentence, -1)
                : new ClaimChange(kind, key, "", text, Spans.whole(SpanKind.INSERT, text), significance, List.of(),
                        numbers, -1, sentence);
    }
}
