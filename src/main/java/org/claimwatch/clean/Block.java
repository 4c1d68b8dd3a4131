package org.claimwatch.clean;

/**
 * One run of text between block boundaries, before filtering: its text, heading flag, share of link text, and the
 * list marker ("- ", "3. ") written before it when it opens a list item (empty otherwise), and whether it is a row
 * of several cells of a table with a caption or header cells (a line of a table of figures, read across), and the
 * box it sits in ({@link Boxes}; {@link Boxes#NONE} directly in a content root).
 */
record Block(String text, boolean heading, double linkDensity, boolean listItem, String marker, boolean tableRow,
             int box) {

    Block(String text, boolean heading, double linkDensity, boolean listItem) {
        this(text, heading, linkDensity, listItem, "", false, Boxes.NONE);
    }

    Block withText(String newText) {
        return new Block(newText, heading, linkDensity, listItem, marker, tableRow, box);
    }
}
