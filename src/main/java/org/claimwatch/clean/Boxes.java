package org.claimwatch.clean;

import org.jsoup.nodes.Element;

import java.util.Arrays;

/**
 * The boxes under a content root that collected blocks sit in (a {@code div}, a {@code section}, a list, a table):
 * each box's enclosing box, and the characters and boxes the collector skipped inside it as furniture (link boxes,
 * teaser cards, promo boxes), and the forms and widgets the pruner removed from it ({@link PrunedControls}: a
 * sign-up field and its button weigh a line of {@link #CONTROL_CHARS} whatever their words). Filled by
 * {@link ParagraphCollector}, read by {@link BoxRemnants}. Confined to one cleaning call.
 */
final class Boxes {

    /** The box of a block that sits directly in a content root. */
    static final int NONE = -1;

    /** What a removed form or widget weighs at least: a line of the box the reader sees, not its few words. */
    static final int CONTROL_CHARS = 80;

    private final PrunedControls controls;
    private int[] parent = new int[16];
    private int[] skippedChars = new int[16];
    private int[] skippedBoxes = new int[16];
    private int size;

    Boxes() {
        this(null);
    }

    /** Boxes whose removed forms and widgets {@code controls} (nullable) records. */
    Boxes(PrunedControls controls) {
        this.controls = controls;
    }

    /** Opens the box of element {@code at} inside {@code enclosing} (or {@link #NONE}) and returns its number. */
    int open(int enclosing, Element at) {
        if (size == parent.length) {
            parent = Arrays.copyOf(parent, size * 2);
            skippedChars = Arrays.copyOf(skippedChars, size * 2);
            skippedBoxes = Arrays.copyOf(skippedBoxes, size * 2);
        }
        parent[size] = enclosing;
        int[] removed = controls == null ? null : controls.in(at);
        if (removed != null) {
            skippedBoxes[size] += removed[0];
            skippedChars[size] += Math.max(removed[1], removed[0] * CONTROL_CHARS);
        }
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
