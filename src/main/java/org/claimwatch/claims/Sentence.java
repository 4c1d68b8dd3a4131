package org.claimwatch.claims;

/**
 * A sentence of cleaned text with its character offsets [start, end), the index of the paragraph it
 * belongs to, and its check-worthiness: {@code score} in [0,1] and the yes/no decision {@code checkworthy}.
 */
public record Sentence(int index, String text, int start, int end, int paragraph, double score, boolean checkworthy) {
}
