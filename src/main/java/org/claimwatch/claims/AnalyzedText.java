package org.claimwatch.claims;

import java.util.List;

/** Cleaned text split into sentences and claims. Immutable. */
public record AnalyzedText(String text, List<Sentence> sentences, List<Claim> claims) {

    public AnalyzedText {
        sentences = List.copyOf(sentences);
        claims = List.copyOf(claims);
    }

    /** The highest sentence check-worthiness score, 0 when there is no sentence. */
    public double score() {
        return sentences.stream().mapToDouble(Sentence::score).max().orElse(0);
    }

    /** True when at least one sentence is check-worthy. */
    public boolean checkworthy() {
        return sentences.stream().anyMatch(Sentence::checkworthy);
    }
}
