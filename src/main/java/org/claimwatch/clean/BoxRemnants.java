package org.claimwatch.clean;

import java.util.BitSet;
import java.util.List;

/**
 * What a furniture box leaves behind: when most of a box's text went as furniture (a ticker's quotes, a product
 * card's price and button, teaser cards' headlines and bylines), the short lines the rules missed belong to the same
 * box, not to the article ("- 10-YR 4.27%", "MARKETS", a teaser's one-line summary). A box qualifies when its
 * furniture, in two lines or boxes or more, holds at least as many characters as what is left when that is only short
 * lines (a label, a product's name), and twice as many when it holds a longer line; what is left is short.
 * Lines dropped only as a title, a byline, a date or a caption are no evidence by themselves (a header whose title
 * and byline went keeps its standfirst); bylines and dates count in a box where links were skipped as furniture too
 * (teaser cards: a headline link, a summary, a byline). Pure.
 */
final class BoxRemnants {

    /** A remnant holds at most this many characters: more is text of its own. */
    static final int MAX_REMNANT = 200;
    private static final int MIN_FURNITURE_LINES = 2;
    /** Lines up to this long are labels and names; a longer one needs twice its weight in furniture around it. */
    private static final int SHORT_LINE = 80;

    private BoxRemnants() {
    }

    /**
     * Removes from {@code kept} (the blocks at {@code keptAt} of {@code blocks}) the remnants of furniture boxes;
     * {@code furniture} marks the blocks the filter dropped as furniture, {@code bylines} those it dropped as a
     * byline or a date.
     */
    static void cut(List<Block> kept, List<Integer> keptAt, List<Block> blocks, BitSet furniture, BitSet bylines,
                    Boxes boxes, CleanTrace trace) {
        int n = boxes.size();
        if (n == 0 || kept.isEmpty()) {
            return;
        }
        int[] furnitureChars = new int[n];
        int[] furnitureLines = new int[n];
        int[] keptChars = new int[n];
        boolean[] longLine = new boolean[n];
        boolean[] skippedLinks = new boolean[n];
        for (int b = n - 1; b >= 0; b--) { // a box opens after its enclosing box: children come first here
            furnitureChars[b] += boxes.skippedChars(b);
            furnitureLines[b] += boxes.skippedBoxes(b);
            skippedLinks[b] |= boxes.skippedBoxes(b) > 0;
            int p = boxes.parent(b);
            if (p != Boxes.NONE) {
                furnitureChars[p] += furnitureChars[b];
                furnitureLines[p] += furnitureLines[b];
                skippedLinks[p] |= skippedLinks[b];
            }
        }
        for (int i = furniture.nextSetBit(0); i >= 0; i = furniture.nextSetBit(i + 1)) {
            add(blocks.get(i), boxes, furnitureChars, furnitureLines, null);
        }
        for (int i = bylines.nextSetBit(0); i >= 0; i = bylines.nextSetBit(i + 1)) {
            add(blocks.get(i), boxes, furnitureChars, furnitureLines, skippedLinks);
        }
        for (Block k : kept) {
            for (int b = k.box(); b != Boxes.NONE; b = boxes.parent(b)) {
                keptChars[b] += k.text().length();
                longLine[b] |= k.text().length() > SHORT_LINE;
            }
        }
        for (int i = kept.size() - 1; i >= 0; i--) {
            if (inRemnant(kept.get(i).box(), boxes, furnitureChars, furnitureLines, keptChars, longLine)) {
                if (trace != null) {
                    trace.removed("filter.box-remnant", kept.get(i).text());
                }
                kept.remove(i);
                keptAt.remove(i);
            }
        }
    }

    /** Counts {@code b} as furniture in each box around it (only in boxes with skipped links, when given). */
    private static void add(Block block, Boxes boxes, int[] chars, int[] lines, boolean[] only) {
        for (int b = block.box(); b != Boxes.NONE; b = boxes.parent(b)) {
            if (only == null || only[b]) {
                chars[b] += block.text().length();
                lines[b]++;
            }
        }
    }

    private static boolean inRemnant(int box, Boxes boxes, int[] furnitureChars, int[] furnitureLines,
                                     int[] keptChars, boolean[] longLine) {
        for (int b = box; b != Boxes.NONE; b = boxes.parent(b)) {
            if (keptChars[b] > MAX_REMNANT) {
                return false; // every enclosing box holds more still
            }
            if (furnitureLines[b] >= MIN_FURNITURE_LINES
                    && furnitureChars[b] >= (longLine[b] ? 2 : 1) * keptChars[b]) {
                return true;
            }
        }
        return false;
    }
}
