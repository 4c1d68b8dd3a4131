package org.claimwatch.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table of contents inside the article: its heading ("Table of Contents", "In this article", "On this page") and
 * the run of list items after it, when those items repeat headings further down the page or are each a link. Pure.
 */
final class ContentsList {

    private static final Pattern HEADING = Pattern.compile("(?i)\\W*(?:table of contents?|contents|"
            + "in this (?:article|post|guide)|on this page|article contents?|jump to(?: a section)?|"
            + "what(?:'s|’s| is) (?:inside|in this (?:article|post|guide))|quick links|skip ahead)\\W*");
    /** Words one of which every {@link #HEADING} holds (a cheap test before the pattern). */
    private static final String[] WORDS = {"content", "in this", "on this", "jump", "inside", "links", "skip"};
    private static final int MAX_ENTRY = 150;
    private static final int MAX_LATER = 200;
    private static final int MIN_KEY = 6;

    private ContentsList() {
    }

    /** Whether a line is the heading of a table of contents. */
    static boolean isHeading(String t) {
        if (t.length() >= 40) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (String w : WORDS) {
            if (lower.contains(w)) {
                return HEADING.matcher(t).matches();
            }
        }
        return false;
    }

    /**
     * The index of the first block after the table whose heading is at {@code at}: past the list items that follow
     * it when at least half of them come back later as short lines (the headings they link to), else {@code at + 1}.
     */
    static int end(List<Block> blocks, int at) {
        int end = at + 1;
        while (end < blocks.size() && blocks.get(end).listItem() && blocks.get(end).text().length() < MAX_ENTRY) {
            end++;
        }
        if (end == at + 1) {
            return end;
        }
        Set<String> later = new HashSet<>();
        for (int i = end; i < blocks.size(); i++) {
            String t = blocks.get(i).text();
            if (t.length() < MAX_LATER) {
                later.add(ParagraphFilter.key(t));
            }
        }
        int repeated = 0;
        int linked = 0;
        for (int i = at + 1; i < end; i++) {
            String k = ParagraphFilter.key(blocks.get(i).text());
            if (k.length() >= MIN_KEY && later.contains(k)) {
                repeated++;
            }
            if (blocks.get(i).linkDensity() > 0.9) {
                linked++;
            }
        }
        // the items come back as headings further down, or each is a link (to a section of the page)
        return repeated * 2 >= end - at - 1 || linked == end - at - 1 ? end : at + 1;
    }
}
