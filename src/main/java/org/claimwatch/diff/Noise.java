package org.claimwatch.diff;

import org.claimwatch.claims.CallToAction;
import org.claimwatch.claims.ConsentNotices;
import org.claimwatch.claims.MetaLines;
import org.claimwatch.claims.WordSearch;

import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises text that is not news: timestamps, reading times, bylines, photo credits, related links, ads,
 * and word edits that are typo fixes. Pure.
 */
final class Noise {

    /**
     * A kind of noise fragment: a cheap test that it may occur in a text (given the text and its
     * {@link WordSearch#lowerAscii}, null beyond ASCII), and its pattern.
     */
    private record Fragment(BiPredicate<String, String> may, Pattern pattern) {
    }

    /** The words a timestamp opens with: "Updated 10:32 GMT", "Published 3 hours ago". */
    private static final String[] STAMP_WORDS = {"updated", "published", "posted", "modified"};
    private static final WordSearch CLOCK_STAMP = WordSearch.of(
            "(?iu)\\b(?:last\\s+)?(?:updated|published|posted|modified)\\s*:?\\s*(?:on\\s+|at\\s+)?"
                    + "[^!?\\n]{0,40}?\\b\\d{1,2}[:.]\\d{2}\\b(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))?"
                    + "(?:\\s*(?:gmt|utc|bst|cet|cest|edt|est|et|pt|pdt|ist|ast))?", STAMP_WORDS);
    private static final WordSearch STAMP_LINE = WordSearch.of(
            "(?iu)^\\W*(?:last\\s+)?(?:updated|published|posted|modified)\\s*:?\\s*(?:on\\s+)?[^!?\\n]{0,40}?"
                    + "(?:\\b\\d{4}\\b|\\bago\\b)[^!?\\n]{0,30}$", STAMP_WORDS);

    private static final List<Fragment> FRAGMENTS = List.of(
            new Fragment((t, lower) -> hasClockTime(t) && CLOCK_STAMP.mayMatch(lower), CLOCK_STAMP.pattern()),
            new Fragment((t, lower) -> hasDigit(t) && mentions(t, lower, "read"),
                    Pattern.compile("(?iu)·?\\s*\\b\\d{1,3}\\s*-?\\s*min(?:ute)?s?\\s+read\\b")),
            new Fragment((t, lower) -> t.length() < 120 && STAMP_LINE.mayMatch(lower), STAMP_LINE.pattern()),
            new Fragment((t, lower) -> t.contains("ago") && hasDigit(t),
                    Pattern.compile("(?iu)\\b\\d{1,2}\\s+(?:minutes?|mins?|hours?|hrs?)\\s+ago\\b")),
            // the same in French, Spanish, Portuguese, German, Italian and Dutch
            new Fragment((t, lower) -> hasDigit(t) && (t.contains(" il y a ") || t.contains("hace ") || t.contains("há ")
                    || t.contains(" vor ") || t.startsWith("vor ") || t.contains(" fa ") || t.contains(" fa.")
                    || t.contains(" fa,") || t.endsWith(" fa") || t.contains("geleden")), Pattern.compile(
                    "(?iu)(?:\\bil\\s+y\\s+a|\\bhace|\\bhá|\\bvor)\\s+\\d{1,2}\\s*(?:min(?:utes?|utos?|uten|\\.)?|h|hs|heures?"
                    + "|horas?|std\\.?|stunden?)(?![\\p{L}])|\\b\\d{1,2}\\s+(?:minuti|ore|minuten|uur)\\s+(?:fa|geleden)\\b")),
            new Fragment((t, lower) -> t.indexOf(':') >= 0, Pattern.compile(
                    "(?iu)\\b(?:photograph|photo|picture|image|illustration)s?\\s*(?:credit)?\\s*:\\s*[^\\n]{0,90}$")),
            new Fragment((t, lower) -> t.indexOf('(') >= 0,
                    Pattern.compile("(?iu)\\((?:photo|image|picture)s?\\s*:[^)]{0,80}\\)")),
            new Fragment((t, lower) -> t.length() < 30, Pattern.compile("(?iu)^\\s*advertisement\\s*$")),
            // a live quote set in a sentence, a ticker and its signed move ("Northway (NWY +1.21%) rose"): it moves
            // with the market, not with the article; a bare "(+12%)" is the article's figure and stays
            new Fragment((t, lower) -> t.indexOf('%') >= 0 && t.indexOf('(') >= 0, Pattern.compile(
                    "\\((?:[A-Z]{2,10}\\s*:\\s*)?[A-Z][A-Z.\\-]{0,6}\\s+[+\\-−▲▼]\\s?\\d+(?:[.,]\\d+)?\\s*%\\)")),
            // the access date of a reference ("Accessed April 14, 2025") moves with every fetch of some sites
            new Fragment((t, lower) -> hasDigit(t) && mayHaveAccessDate(t, lower), MetaLines.ACCESS_DATE));

    /** A furniture line's opening words; a new alternative must open with one of {@link #LINE_WORDS} or "©". */
    private static final Pattern LINE = Pattern.compile(
            "(?iu)^\\W*(?:related(?:\\s+(?:articles?|stories|content|coverage|reading|links?))?\\s*:"
                    + "|read\\s+(?:more|also|next)\\b|also\\s+read\\b|see\\s+also\\b|more\\s+on\\s+this\\b"
                    + "|recommended\\b|most\\s+(?:read|popular|viewed)\\b|advertisement\\b|sponsored\\b"
                    + "|sponsor\\s*:|sign\\s+up\\b|subscribe\\b|follow\\s+us\\b|click\\s+here\\b|share\\s+this\\b"
                    + "|download\\s+(?:the|our)\\s+app\\b|watch\\s*:|listen\\s*:|(?:photo|image)\\s+credit\\b"
                    + "|copyright\\b|©|all\\s+rights\\s+reserved\\b|live\\s+updates\\s*:|more\\s*:|credit\\s*:"
                    + "|(?:additional\\s+)?(?:editing|reporting|writing)\\s+by\\b|share\\s+(?:on|via)\\b"
                    + "|(?:photo|image|picture|illustration)s?\\s+(?:from|via|courtesy(?:\\s+of)?)\\b"
                    + "|also\\s*:|also\\s+in\\s+(?:the\\s+)?news\\s*:|in\\s+other\\s+news\\s*:|just\\s+in\\s*[:|▸]"
                    + "|on\\s+air\\b|must\\s+read\\b|read\\s+about\\s*:|read\\s+(?:our|the)\\s+(?:full|complete)\\b"
                    + "|compare\\s*:|learn\\s+more\\b|check\\s+out\\b|don[’']?t\\s+miss\\b|continue\\s+reading\\b"
                    + "|you\\s+(?:may|might)\\s+also\\s+(?:like|enjoy)\\b|up\\s+next\\s*:"
                    + "|this\\s+(?:article|story)\\s+(?:was|is|has\\s+been)\\s+(?:updated|amended|published)\\b)");

    /**
     * The other furniture line, a credit ("Jane Smith / AFP"): apart from {@link #LINE} because it needs a slash, and
     * its run of up to 40 characters is the costly part of the test, so a line without one skips it.
     */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?iu)^\\W*[\\w .'’-]{0,40}/\\s*(?:afp|reuters|ap|getty|epa|anadolu|pa|shutterstock)\\b");

    /** The first words of the alternatives of {@link #LINE}, in lower case (with the plurals it allows). */
    private static final java.util.Set<String> LINE_WORDS = java.util.Set.of("related", "read", "also", "see", "more",
            "recommended", "most", "advertisement", "sponsored", "sponsor", "sign", "subscribe", "follow", "click", "share",
            "download", "watch", "listen", "photo", "photos", "image", "images", "picture", "pictures", "illustration",
            "illustrations", "copyright", "all", "live", "credit", "additional", "editing", "reporting", "writing", "must",
            "compare", "learn", "check", "don", "dont", "continue", "you", "up", "this", "in", "just", "on");

    /** Furniture lines are short; a long sentence that starts like one is prose glued to it. */
    private static final int MAX_FURNITURE_WORDS = 20;

    private static final Pattern BY = Pattern.compile("(?u)^\\s*(?:[Bb]y|BY)\\s+\\p{Lu}");

    private static final List<String> BYLINE_JOINERS = List.of("in", "and", "by", "at", "from", "with", "for");

    private Noise() {
    }

    /** The text with noise fragments blanked out by spaces, so offsets stay valid. */
    static String strip(String text) {
        StringBuilder b = null;
        String lower = WordSearch.lowerAscii(text);
        for (Fragment f : FRAGMENTS) {
            if (!f.may().test(text, lower)) {
                continue;
            }
            Matcher m = f.pattern().matcher(text);
            while (m.find()) {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                for (int k = m.start(); k < m.end(); k++) {
                    b.setCharAt(k, ' ');
                }
            }
        }
        return b == null ? text : b.toString();
    }

    private static final List<String> ACCESS_WORDS = List.of("access", "consulted", "retrieved", "viewed", "checked");

    /** One of the access words in any case ({@link #mentions}). */
    private static boolean mayHaveAccessDate(String text, String lower) {
        for (String w : ACCESS_WORDS) {
            if (mentions(text, lower, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code word} (lower-case ASCII) in any case. A text of ASCII (most) is lower-cased once ({@code lower}, by
     * {@link WordSearch#lowerAscii}) and searched by plain indexOf; beyond ASCII ({@code lower} null), case folding has
     * more pairs ("ſ" is an "s"), so {@link #containsIgnoreCase} compares.
     */
    private static boolean mentions(String text, String lower, String word) {
        return lower != null ? lower.contains(word) : containsIgnoreCase(text, word);
    }

    /** Any digit: the reading-time, "ago" and access-date fragments all need one ({@code \d}). */
    private static boolean hasDigit(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (Character.isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasClockTime(String text) {
        for (int k = 1; k + 1 < text.length(); k++) {
            char c = text.charAt(k);
            if ((c == ':' || c == '.') && Character.isDigit(text.charAt(k - 1)) && Character.isDigit(text.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** {@code word} is lower-case ASCII; a region is compared only where its first letter matches (the hot path). */
    private static boolean containsIgnoreCase(String text, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        for (int k = 0, last = text.length() - word.length(); k <= last; k++) {
            char c = text.charAt(k);
            if ((c == lower || c == upper) && text.regionMatches(true, k + 1, word, 1, word.length() - 1)) {
                return true;
            }
        }
        return false;
    }

    /** True when a whole sentence is boilerplate; {@code tokens} are the words of its stripped text. */
    static boolean isBoilerplate(String text, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return true;
        }
        if (tokens.size() <= MAX_FURNITURE_WORDS && (mayBeFurnitureLine(text) && LINE.matcher(text).lookingAt()
                || text.indexOf('/') >= 0 && CREDIT_LINE.matcher(text).lookingAt())) {
            return true;
        }
        if (tokens.size() > MAX_FURNITURE_WORDS && mayBeFurnitureLine(text) && LINE.matcher(text).lookingAt()
                && isRankedList(tokens)) {
            return true; // "Most read 1 ... 2 ... 3 ...": a list of other stories glued into one line
        }
        char opening = opening(text);
        if (tokens.size() <= 14 && (opening == 'B' || opening == 'b') && BY.matcher(text).lookingAt()
                && !text.contains("\u201c") && !statesAfterBy(tokens)) {
            return true;
        }
        if (isTeaserItem(text, tokens)) {
            return true;
        }
        if (CallToAction.is(text)) {
            // a promo box's pitch, a sign-up or shop teaser: asserts nothing, and boxes rotate between fetches
            return true;
        }
        if (ConsentNotices.is(text)) {
            return true; // a cookie notice in the site's voice, reworded between fetches
        }
        if (MetaLines.is(text)) {
            // a dateline, byline with a date, counter or relative time: furniture that moves between fetches
            return true;
        }
        return isNameLine(text, tokens);
    }

    /** Whether the ranks 1, 2 and 3 stand in order among the tokens: a ranked list run into one line. */
    private static boolean isRankedList(List<Token> tokens) {
        int next = 1;
        for (Token t : tokens) {
            if (t.norm().equals(Integer.toString(next)) && ++next > 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line that opens with "By" and a capital is a sentence rather than a byline: a date follows "By"
     * ("By Tuesday evening the toll had risen to 43"), or it holds a figure and two lower-case words that no
     * byline uses ("By Monday, 4,312 people had been evacuated").
     */
    private static boolean statesAfterBy(List<Token> tokens) {
        if (tokens.size() > 1 && Lexicon.DATES.contains(tokens.get(1).norm())) {
            return true;
        }
        int lower = 0;
        boolean figure = false;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            figure |= t.number();
            String w = t.text();
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !BYLINE_JOINERS.contains(t.norm())
                    && !BYLINE_WORDS.contains(t.norm())) {
                lower++;
            }
        }
        return figure && lower >= 2;
    }

    /** The lower-case words of a byline besides its joiners ("By Jane Doe, staff writer"). */
    private static final java.util.Set<String> BYLINE_WORDS = java.util.Set.of("staff", "writer", "reporter",
            "correspondent", "editor", "contributor", "columnist", "photographer", "the", "of", "news", "desk");

    /**
     * False when {@link #LINE} cannot match: past its opening non-word characters ({@code \W}: all but ASCII letters,
     * digits and "_") the first word, in ASCII letters, must be one of {@link #LINE_WORDS}. A character beyond ASCII
     * before the word ends ("©", or "ſ", which case folding reads as an "s") leaves it to the pattern.
     */
    private static boolean mayBeFurnitureLine(String text) {
        int k = 0;
        while (k < text.length() && text.charAt(k) < 0x80 && !Character.isLetterOrDigit(text.charAt(k))
                && text.charAt(k) != '_') {
            k++;
        }
        int start = k;
        while (k < text.length() && (text.charAt(k) >= 'a' && text.charAt(k) <= 'z'
                || text.charAt(k) >= 'A' && text.charAt(k) <= 'Z')) {
            k++;
        }
        if (k < text.length() && text.charAt(k) >= 0x80) {
            return true;
        }
        return k > start && LINE_WORDS.contains(text.substring(start, k).toLowerCase(Locale.ROOT));
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-•*▪►]\\s+\\S");
    private static final String LIST_MARKS = "-•*▪►";

    /**
     * The first character after leading white space ({@code \s}: space, tab, line breaks), or 0: the character that
     * {@link #BY} and {@link #LIST_ITEM} need, checked before either pattern runs.
     */
    private static char opening(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                return c;
            }
        }
        return 0;
    }

    private static final java.util.Set<String> TITLE_SMALL = java.util.Set.of("a", "an", "the", "and", "or", "but",
            "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "vs", "is", "it", "its", "your", "you");

    /**
     * A list item shaped like a headline ("- When Is a Roof Permit Required", "- 7 Best Budget Laptops to Buy"):
     * Title Case, three to sixteen words, no final full stop, no quotation and no number that its own neighbours
     * could change: the items of a list of other stories, which rotate between fetches. A list item of prose
     * ("- Prices rose 4 percent in all regions") has lower-case words and stays news.
     */
    private static boolean isTeaserItem(String text, List<Token> tokens) {
        if (tokens.size() < 3 || tokens.size() > 16 || LIST_MARKS.indexOf(opening(text)) < 0
                || !LIST_ITEM.matcher(text).lookingAt()) {
            return false;
        }
        String t = text.strip();
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == ':' || last == ';' || last == '"' || last == '”' || t.indexOf('“') >= 0) {
            return false;
        }
        int content = 0;
        int capitalised = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (tok.number()) {
                if (i > 0 && !tok.norm().matches("(?:19|20)\\d\\d")) {
                    // a figure inside the item ("by 10 Percent") is a claim's; a leading count ("7 Best ...") or a
                    // year ("in May 2026") is a list title's
                    return false;
                }
                continue;
            }
            if (TITLE_SMALL.contains(tok.norm())) {
                continue;
            }
            content++;
            if (Character.isUpperCase(tok.text().charAt(0))) {
                capitalised++;
            }
        }
        return content >= 2 && capitalised == content;
    }

    /**
     * A short line made only of capitalised names and joiners ("Emma Graham-Harrison in London and ..."); without
     * a joiner at most three words ("Jane Smith"), so a title-case headline still counts.
     */
    private static boolean isNameLine(String text, List<Token> tokens) {
        if (tokens.size() < 2 || tokens.size() > 14 || text.indexOf('.') >= 0 && text.trim().endsWith(".")) {
            return false;
        }
        int capitalised = 0;
        int joiners = 0;
        for (Token t : tokens) {
            if (t.number()) {
                return false;
            }
            if (Character.isUpperCase(t.text().charAt(0))) {
                capitalised++;
            } else if (BYLINE_JOINERS.contains(t.norm())) {
                joiners++;
            } else {
                return false;
            }
        }
        return capitalised >= 2 && (joiners > 0 || tokens.size() <= 3);
    }
}
