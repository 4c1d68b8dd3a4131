package org.claimwatch.claims;

/** A half-open character range [start, end) of the cleaned text, with the paragraph it lies in. */
record CharRange(int start, int end, int paragraph) {
}
