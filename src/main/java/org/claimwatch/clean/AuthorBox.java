package org.claimwatch.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The author box after the article: a byline ("Written by Jane Doe", "Reviewed by,") or a name with a role ("Jane
 * Doe Independent Technology Writer") among the last lines, followed by a short biography or disclaimer; or a
 * biography that opens with the name of the page's author ("Jane Doe is the health director at ..."). Pure.
 */
final class AuthorBox {

    /** Lines at most this long can open the box. */
    static final int MAX_OPENER = 100;
    private static final int LAST_BLOCKS = 5;
    private static final int MAX_BLOCK = 1000;
    private static final double MIN_BEFORE = 0.75;
    private static final double MAX_REST = 0.2;

    /**
     * "By Jane Doe", "By janedoe" (one lower-case word), "Written by Jane Doe" (also glued: "Written byJane Doe"),
     * "Reviewed by,"; not "By the numbers" or "By comparison".
     */
    private static final Pattern BYLINE = Pattern.compile("\\W*(?i:(?:(?:written|reviewed|posted|edited|curated|"
            + "fact[- ]?checked|medically reviewed) )?by)(?!\\s+(?i:the|a|an|this|that|these|now|then|way|far|design|"
            + "default|contrast|comparison)\\b)(?:\\s*[:,]?(?:\\s+\\p{Lu}[^.!?]{0,60}|\\s+\\p{Ll}[\\p{L}.'’-]*)?"
            + "|\\p{Lu}[^.!?]{0,60})");

    /** A name followed by a role: "Tim Green UK-based Systems Theorist & Independent Technology Writer". */
    private static final Pattern NAME_ROLE = Pattern.compile("(?:\\p{Lu}[\\p{L}.'’-]+\\s+){1,3}[^.!?]{0,60}?\\b"
            + "(?i:writer|editor|journalist|reporter|author|contributor|correspondent|columnist|blogger)s?");

    /** Words of a byline that name an organisation or a desk, not a person. */
    private static final Set<String> NOT_PERSON = Set.of("team", "staff", "editorial", "editors", "editor", "desk",
            "official", "media", "news", "newsroom", "inc", "inc.", "llc", "ltd", "group", "press", "university",
            "contributors", "writers", "the");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
    private static final Pattern PERSON_WORD = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*");

    private AuthorBox() {
    }

    /**
     * The people a byline names ("Jane Doe and John Roe, The Daily Example" gives both), two to four capitalised
     * words each, without parentheses ("Jane Doe (JD)"): organisations, desks and teams are left out. Empty when
     * {@code byline} is null.
     */
    static List<String> personNames(String byline) {
        List<String> names = new ArrayList<>(2);
        if (byline == null) {
            return names;
        }
        for (String part : PARENTHESES.matcher(byline).replaceAll(" ").split(",|;|&|\\band\\b")) {
            String name = part.strip();
            String[] words = name.split("\\s+");
            if (words.length < 2 || words.length > 4) {
                continue;
            }
            boolean person = true;
            for (String w : words) {
                person &= PERSON_WORD.matcher(w).matches() && !NOT_PERSON.contains(w.toLowerCase(Locale.ROOT));
            }
            if (person) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Whether a paragraph opens with one of the author's names and goes on about them: the full name then a
     * lower-case word or a comma ("Jane Doe is ...", "Jane Doe, Editor, ..."), or the first name then a lower-case
     * word ("Jane holds an MBA ...").
     */
    static boolean isAuthorBio(String t, List<String> names) {
        if (t.length() < 40) {
            return false;
        }
        for (String name : names) {
            if (t.startsWith(name) && (continuesInLowerCase(t, name.length()) || t.startsWith(", ", name.length()))) {
                return true;
            }
            int space = name.indexOf(' ');
            if (space >= 3 && t.startsWith(name.substring(0, space)) && continuesInLowerCase(t, space)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "by" occurs in either case: every byline holds it (a cheap test before the pattern). */
    private static boolean hasBy(String t) {
        for (int i = t.indexOf('y', 1); i > 0; i = t.indexOf('y', i + 1)) {
            char b = t.charAt(i - 1);
            if (b == 'b' || b == 'B') {
                return true;
            }
        }
        return t.contains("BY");
    }

    private static boolean continuesInLowerCase(String t, int at) {
        return t.length() > at + 1 && t.charAt(at) == ' ' && Character.isLowerCase(t.charAt(at + 1));
    }

    /** Whether {@code t} is a byline (only worth asking of lines up to {@link #MAX_OPENER} characters). */
    static boolean isByline(String t) {
        return t.length() <= MAX_OPENER && hasBy(t) && BYLINE.matcher(t).matches();
    }

    /**
     * Removes the author box at the end of {@code kept}: from a byline or name-and-role line among the last blocks,
     * from a byline the filter dropped ({@code droppedBylines}: the index in {@code kept} each stood before) or from
     * a biography of one of the {@code authors} (see {@link #personNames}), when
     * at least three quarters of the text come before it and a few short blocks without headings, at most a fifth of
     * the text, after it. Two bylines in the second half of the text make a list of works, not an author box.
     */
    static void cut(List<Block> kept, List<Integer> droppedBylines, List<String> authors) {
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
            dropped |= !authors.isEmpty() && i >= n - LAST_BLOCKS && !b.heading() && isAuthorBio(b.text(), authors);
            boolean opens = dropped || i >= n - LAST_BLOCKS && b.text().length() <= MAX_OPENER
                    && (byline || !b.heading() && !b.listItem() && NAME_ROLE.matcher(b.text()).matches());
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
