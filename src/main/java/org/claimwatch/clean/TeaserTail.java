package org.claimwatch.clean;

import java.util.List;

/** Whether what follows a list heading is the page's tail of teasers, or the rest of the article. Pure. */
final class TeaserTail {

    private TeaserTail() {
    }

    /**
     * Whether the blocks from {@code from} on look like a list of teasers: many short or link-heavy lines, and no
     * run of two paragraphs of prose or more, one after the other, holding {@link #RUN_CHARS} characters or as much
     * text as the {@code before} characters kept before the heading. A box set between paragraphs is followed by
     * the rest of the article, paragraph after paragraph; a teaser list's summaries alternate with their headlines,
     * however long they are.
     */
    static boolean follows(List<Block> blocks, int from, int before) {
        int n = blocks.size() - from;
        if (n <= 0) {
            return true;
        }
        int teaserLike = 0;
        int run = 0;
        int runChars = 0;
        for (int i = from; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.listItem() || b.linkDensity() > 0.5 || b.text().length() < 100) {
                teaserLike++;
                run = 0;
                runChars = 0;
            } else if (b.linkDensity() < 0.2 && ParagraphFilter.hasWords(b.text(), TAIL_PROSE_WORDS)
                    && LineRules.SENTENCE_END.matcher(b.text()).matches()) {
                run++;
                runChars += b.text().length();
                if (run >= 2 && runChars >= Math.min(before, RUN_CHARS)) {
                    return false;
                }
            } else {
                run = 0;
                runChars = 0;
            }
        }
        return teaserLike * 10 >= n * 4;
    }

    static int chars(List<Block> kept) {
        int c = 0;
        for (Block b : kept) {
            c += b.text().length();
        }
        return c;
    }

    /** A paragraph this long after a list heading is prose of the article, not a teaser's summary. */
    private static final int TAIL_PROSE_WORDS = 25;

    /** Two paragraphs of prose in a row this long are the article going on. */
    private static final int RUN_CHARS = 400;
}
