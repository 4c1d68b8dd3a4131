package org.claimwatch.diff;

import org.claimwatch.claims.Quantity;

import java.util.List;

/**
 * One typed change of a claim between two versions. {@code before}/{@code after} are the texts of the aligned
 * sentences (empty when the claim was added/removed), {@code spans} the word-level edits within them,
 * {@code significance} in [0,1], the numbers that changed on each side, and the sentence indices (-1 when none).
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
        int afterSentence) {

    public ClaimChange {
        spans = List.copyOf(spans);
        beforeNumbers = List.copyOf(beforeNumbers);
        afterNumbers = List.copyOf(afterNumbers);
    }
}
