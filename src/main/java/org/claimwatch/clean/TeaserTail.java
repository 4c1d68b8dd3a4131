package org.claimwatch.clean;

import java.util.List;

/** Whether what follows a list heading is the page's tail of teasers, or the rest of the article. Pure. */
final class TeaserTail {

    private TeaserTail() {
    }

    /**
     * Whether the blocks from {@code from} on look like a list of teasers: many short or link-heavy lines, and not
     * two paragraphs of prose or more that hold at least as much text as the {@code before} characters kept before
     * the heading (a "More news" box set early between paragraphs is followed by the rest of the article; a
     * sidebar's summaries after a long article are not).
     */
    static boolean follows(List<Block> blocks, int from, int before) {
        int n = blocks.size() - from;
        if (n <= 0) {
            return true;
        }
        int teaserLike = 0;
        int prose = 0;
        int proseChars = 0;
        for (int i = from; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.listItem() || b.linkDensity() > 0.5 || b.text().length() < 100) {
                teaserLike++;
            } else if (b.linkDensity() < 0.2 && ParagraphFilter.hasWords(b.text(), TAIL_PROSE_WORDS)
                    && LineRules.SENTENCE_END.matcher(b.text()).matches()) {
                prose++;
                proseChars += b.text().length();
            }
        }
        if (prose >= 2 && proseChars >= before) {
            return false;
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
}
