package org.claimwatch.clean;

import java.util.Arrays;

/**
 * The boxes under a content root that collected blocks sit in (a {@code div}, a {@code section}, a list, a table):
 * each box's enclosing box, and the characters and boxes the collector skipped inside it as furniture (link boxes,
 * teaser cards, promo boxes). Filled by {@link ParagraphCollector}, read by {@link BoxRemnants}. Confined to one
 * cleaning call.
 */
final class Boxes {

    /** The box of a block that sits directly in a content root. */
    static final int NONE = -1;

    private int[] parent = new int[16];
    private int[] skippedChars = new int[16];
    private int[] skippedBoxes = new int[16];
    private int size;

    /** Opens a box inside {@code enclosing} (or {@link #NONE}) and returns its number. */
    int open(int enclosing) {
        if (size == parent.length) {
            parent = Arrays.copyOf(parent, size * 2);
            skippedChars = Arrays.copyOf(skippedChars, size * 2);
            skippedBoxes = Arrays.copyOf(skippedBoxes, size * 2);
        }
        parent[size] = enclosing;
        return size++;
    }

    /** Records a box of furniture of {@code chars} characters that the collector skipped inside {@code box}. */
    void skipped(int box, int chars) {
        if (box != NONE) {
            skippedChars[box] += chars;
            skippedBoxes[box]++;
        }
    }

    int size() {
        return size;
    }

    int parent(int box) {
        return parent[box];
    }

    int skippedChars(int box) {
        return skippedChars[box];
    }

    int skippedBoxes(int box) {
        return skippedBoxes[box];
    }
}
