package org.claimwatch.diff;

/** A number written in a text: qualifier ("more than", "" when none), canonical value, offsets. Immutable. */
record NumberMention(String qualifier, String value, int start, int end) {

    String canonical() {
        return qualifier + "|" + value;
    }
}
