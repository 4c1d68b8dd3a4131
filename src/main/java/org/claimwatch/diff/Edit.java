package org.claimwatch.diff;

/** A word-level edit: tokens [fromA, toA) of the old text replaced by tokens [fromB, toB) of the new. */
record Edit(int fromA, int toA, int fromB, int toB) {
}
