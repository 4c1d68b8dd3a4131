package org.claimwatch.claims;

/** A sentence of cleaned text with its character offsets [start, end). */
public record Sentence(int index, String text, int start, int end) {
}
