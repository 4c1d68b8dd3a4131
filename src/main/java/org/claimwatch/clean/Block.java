package org.claimwatch.clean;

/** One run of text between block boundaries, before filtering: its text, heading flag and share of link text. */
record Block(String text, boolean heading, double linkDensity, boolean listItem) {
}
