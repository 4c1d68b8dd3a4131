package org.claimwatch.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The author box after the article: a byline ("Written by Jane Doe", "Reviewed by,") or a name with a role ("Jane
 * Doe Independent Technology Writer") among the last lines, followed by a short biography or disclaimer. Pure.
 */
final class AuthorBox {

    /** Lines at most this long can open the box. */
    static final int MAX_OPENER = 100;
    private static final int LAST_BLOCKS = 5;
    private static final int MAX_BLOCK = 1000;
    private static final double MIN_BEFORE = 0.75;
    private static final double MAX_REST = 0.2;

    /** "By Jane Doe", "by jane", "Written by Jane Doe" (also glued: "Written byJane Doe"), "Reviewed by,". */
    private static final Pattern BYLINE = Pattern.compile("\\W*(?i:(?:(?:written|reviewed|posted|edited|curated|"
            + "fact[- ]?checked|medically reviewed) )?by)(?:\\s*[:,]?(?:\\s+\\p{L}[^.!?]{0,60})?|\\p{Lu}[^.!?]{0,60})");

    /** A name followed by a role: "Tim Green UK-based Systems Theorist & Independent Technology Writer". */
    private static final Pattern NAME_ROLE = Pattern.compile("(?:\\p{Lu}[\\p{L}.'’-]+\\s+){1,3}[^.!?]{0,60}?\\b"
            + "(?i:writer|editor|journalist|reporter|author|contributor|correspondent|columnist|blogger)s?");

    private AuthorBox() {
    }

    /** Whether {@code t} is a byline (only worth asking of lines up to {@link #MAX_OPENER} characters). */
    static boolean isByline(String t) {
        return t.length() <= MAX_OPENER && BYLINE.matcher(t).matches();
    }

    /**
     * Removes the author box at the end of {@code kept}: from a byline or name-and-role line among the last blocks,
     * or from a byline the filter dropped ({@code droppedBylines}: the index in {@code kept} each stood before), when
     * at least three quarters of the text come before it and a few short blocks without headings, at most a fifth of
     * the text, after it. Two bylines in the second half of the text make a list of works, not an author box.
     */
    static void cut(List<Block> kept, List<Integer> droppedBylines) {
        int n = kept.size();
        int total = 0;
        for (Block b : kept) {
            total += b.text().length();
        }
        int before = 0;
        int opener = -1;
        boolean openerDropped = false;
        int lateBylines = 0;
        for (int i = 0; i < n; i++) {
            Block b = kept.get(i);
            boolean late = before >= total * 0.5;
            boolean dropped = droppedBylines.contains(i);
            boolean byline = b.text().length() <= MAX_OPENER && isByline(b.text());
            if (late) {
                lateBylines += (dropped ? 1 : 0) + (byline ? 1 : 0);
            }
            boolean opens = dropped || i >= n - LAST_BLOCKS && b.text().length() <= MAX_OPENER
                    && (byline || !b.heading() && NAME_ROLE.matcher(b.text()).matches());
            if (opener < 0 && opens && i > 0 && before >= total * MIN_BEFORE
                    && isShortBox(kept, dropped ? i : i + 1, total)) {
                opener = i;
            }
            before += b.text().length();
        }
        if (opener >= 0 && lateBylines <= 1) {
            kept.subList(opener, n).clear();
        }
    }

    private static boolean isShortBox(List<Block> kept, int from, int total) {
        if (from >= kept.size() || kept.size() - from > LAST_BLOCKS) {
            return false;
        }
        int rest = 0;
        for (int i = from; i < kept.size(); i++) {
            Block b = kept.get(i);
            if (b.heading() || b.text().length() > MAX_BLOCK) {
                return false;
            }
            rest += b.text().length();
        }
        return rest <= total * MAX_REST;
    }
}
