package org.claimwatch.claims;

import java.util.List;

/**
 * One checkable claim inside a sentence. {@code key} is stable across versions and outlets
 * (what the claim is about, not its exact words). Offsets are into the cleaned text. Nullable:
 * speaker, source, hedge. Immutable.
 */
public record Claim(
        ClaimKind kind,
        int sentenceIndex,
        String text,
        int start,
        int end,
        String key,
        List<Quantity> numbers,
        String speaker,
        String source,
        String hedge,
        List<NumberRelation> relations,
        List<DateMention> dates) {

    public Claim {
        numbers = List.copyOf(numbers);
        relations = List.copyOf(relations);
        dates = List.copyOf(dates);
    }
}
