package org.claimwatch.diff;

import org.claimwatch.claims.Quantity;

import java.util.List;

/**
 * One typed change of a claim between two versions. {@code before}/{@code after} are the texts of the aligned
 * sentences (empty when the claim was added/removed), {@code spans} the word-level edits within them,
 * {@code significance} in [0,1], the numbers that changed on each side, and the sentence indices (-1 when none).
 * {@code aspects}: for a headline change, the kinds found inside it (a number, a hedge, a quote). {@code related}: for
 * an editorial note, the keys of the changes of the same version that it names. {@code returning}: a headline back
 * to one it had earlier the same day (A/B rotation).
 */
public record ClaimChange(
        ChangeKind kind,
        String key,
        String before,
        String after,
        List<Span> spans,
        double significance,
        List<Quantity> beforeNumbers,
        List<Quantity> afterNumbers,
        int beforeSentence,
        int afterSentence,
        List<ChangeKind> aspects,
        List<String> related,
        boolean returning) {

    public ClaimChange {
        spans = List.copyOf(spans);
        beforeNumbers = List.copyOf(beforeNumbers);
        afterNumbers = List.copyOf(afterNumbers);
        aspects = List.copyOf(aspects);
        related = List.copyOf(related);
    }

    /** A change of the body's claims: no aspects, no related changes. */
    public ClaimChange(ChangeKind kind, String key, String before, String after, List<Span> spans, double significance,
                       List<Quantity> beforeNumbers, List<Quantity> afterNumbers, int beforeSentence, int afterSentence) {
        this(kind, key, before, after, spans, significance, beforeNumbers, afterNumbers, beforeSentence, afterSentence,
                List.of(), List.of(), false);
    }

    /** This change with significance at most {@code cap}: it stays visible, as a minor change. */
    public ClaimChange atMost(double cap) {
        return significance <= cap ? this : new ClaimChange(kind, key, before, after, spans, cap, beforeNumbers,
                afterNumbers, beforeSentence, afterSentence, aspects, related, returning);
    }

    /** This change naming {@code keys} as the changes it concerns. */
    public ClaimChange withRelated(List<String> keys) {
        return new ClaimChange(kind, key, before, after, spans, significance, beforeNumbers, afterNumbers,
                beforeSentence, afterSentence, aspects, keys, returning);
    }
}
