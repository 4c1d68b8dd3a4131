package org.claimwatch.diff;

/**
 * A word of a text with its offsets [start, end); {@code norm} is the case- and punctuation-free form used to
 * compare words, {@code number} marks digits and number words, {@code name} a capitalised word inside a
 * sentence. Immutable.
 */
record Token(String text, String norm, int start, int end, boolean number, boolean name) {
}
