package org.claimwatch.claims;

import java.util.List;

/** Cleaned text split into sentences and claims. Immutable. */
public record AnalyzedText(String text, List<Sentence> sentences, List<Claim> claims) {

    public AnalyzedText {
        sentences = List.copyOf(sentences);
        claims = List.copyOf(claims);
    }
}
