package org.claimwatch.claims;

import org.claimwatch.calendar.MonthNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule-based sentence splitter tuned for news prose: abbreviations, initials, acronyms, decimals,
 * thousands separators, closing quotes, ellipses, list markers; lines and paragraphs are hard breaks.
 * Stateless and thread-safe.
 */
final class NewsSentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "rep",
            "sen", "gov", "rev", "hon", "pres", "st", "jr", "sr", "inc", "ltd", "co", "corp", "bros", "vs",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
            "approx", "est", "dept", "univ", "assn", "ave", "blvd", "rd", "cf", "fig", "vol", "pp", "ca", "al");
    /** Abbreviations that only hold the sentence when a number follows ("No. 10", "Art. 5"). */
    private static final Set<String> NUMERIC_ABBREVIATIONS = Set.of("no", "nos", "art", "p", "para", "sec", "ch");
    /** Capitalised words that usually open a new sentence, used after acronyms such as "U.S.". */
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You", "This", "That", "These",
            "Those", "There", "But", "And", "In", "On", "At", "As", "If", "When", "While", "After", "Before",
            "Since", "His", "Her", "Their", "Our", "Some", "Many", "Officials", "Meanwhile", "However", "Yet",
            "So", "Still", "Now", "Then", "Last", "Earlier", "Later", "According", "Among", "About", "For");

    /** Words that name a thing by one letter ("Group D", "Plan B", "Vitamin C", "Type A"). */
    private static final Set<String> LETTER_NAMED = Set.of(
            "group", "pool", "plan", "type", "class", "category", "grade", "level", "section", "part", "vitamin",
            "phase", "stage", "tier", "division", "block", "zone", "wing", "gate", "terminal", "platform", "appendix",
            "annex", "schedule", "exhibit", "form", "model", "unit", "ward", "building", "area", "sector", "league",
            "route", "line", "row", "series", "option", "scenario", "variant", "team", "squad", "room", "hall", "floor");

    private NewsSentenceSplitter() {
    }

    /** Splits {@code text} into trimmed sentence spans that never cross a line or paragraph break. */
    static List<CharRange> split(String text) {
        List<CharRange> out = new ArrayList<>();
        for (CharRange line : Lines.of(text)) {
            splitLine(text, line.start(), line.end(), line.paragraph(), out);
        }
        return out;
    }

    private static void splitLine(String text, int from, int to, int paragraph, List<CharRange> out) {
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < to && isTerminalOrClosing(text.charAt(end))) {
                    end++;
                }
                if (isBoundary(text, start, i, end, to) && !insideContinuingQuote(text, start, i, to)) {
                    add(text, start, end, paragraph, out);
                    start = end;
                }
                i = end;
            } else {
                i++;
            }
        }
        add(text, start, to, paragraph, out);
    }

    private static boolean isBoundary(String text, int sentenceStart, int mark, int end, int to) {
        if (end >= to) {
            return false;
        }
        char after = text.charAt(end);
        if (!Lines.isSpace(after)) {
            return isGluedBoundary(text, mark, end, to);
        }
        int next = end;
        while (next < to && Lines.isSpace(text.charAt(next))) {
            next++;
        }
        if (next >= to) {
            return false;
        }
        char first = text.charAt(next);
        boolean opener = Character.isUpperCase(first) || Character.isDigit(first) || isOpeningQuote(first)
                || first == '(' || first == '[' || first == '•' || first == '—' || first == '–';
        if (!opener) {
            return false;
        }
        if (text.charAt(mark) != '.' || end - mark > 1 && text.charAt(mark + 1) == '.') {
            return true;
        }
        String word = wordBefore(text, mark, sentenceStart);
        String lower = word.toLowerCase();
        String nextWord = wordAfter(text, next, to);
        if (ABBREVIATIONS.contains(lower)) {
            return false;
        }
        if (NUMERIC_ABBREVIATIONS.contains(lower)) {
            return !Character.isDigit(first);
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            if (isAcronymEnd(text, mark)) {
                return SENTENCE_STARTERS.contains(nextWord);
            }
            // "Group D. They ...", "Plan B. Trains ...": a one-letter name of a group, plan or grade ends the sentence
            // (an initial, "John F. Kennedy", follows a given name, not a word such as these)
            String previous = wordBefore(text, Math.max(sentenceStart, mark - 2), sentenceStart);
            return LETTER_NAMED.contains(previous.toLowerCase())
                    || SENTENCE_STARTERS.contains(nextWord) && !previous.isEmpty() && Character.isLowerCase(previous.charAt(0));
        }
        if (word.indexOf('.') >= 0) {
            return SENTENCE_STARTERS.contains(nextWord);
        }
        if (!word.isEmpty() && word.chars().allMatch(Character::isDigit)
                && text.substring(sentenceStart, mark - word.length()).isBlank()) {
            return false;
        }
        if (word.length() <= 2 && !word.isEmpty() && word.chars().allMatch(Character::isDigit)
                && MonthNames.month(nextWord) != null) {
            return false; // a day written as an ordinal before its month: "am 12. März", "den 3. oktober"
        }
        return true;
    }

    /**
     * True inside a quote that opened in this sentence and closes later on the line with a comma
     * ("“We will not leave. We will stay,” he said."): the quoted sentences stay with their speaker.
     */
    private static boolean insideContinuingQuote(String text, int start, int mark, int to) {
        int open = -1;
        for (int i = start; i < mark; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open = i;
            } else if (c == '”') {
                open = -1;
            }
        }
        if (open < 0) {
            return false;
        }
        int close = text.indexOf('”', mark);
        int reopen = text.indexOf('“', mark);
        return close > 0 && close < to && (reopen < 0 || reopen > close) && text.charAt(close - 1) == ','
                && close - mark < 400;
    }

    /** "office.Photograph" (a credit glued on): a lowercase word, a stop, then a capitalised word. */
    private static boolean isGluedBoundary(String text, int mark, int end, int to) {
        return text.charAt(mark) == '.' && mark >= 2 && end + 1 < to
                && Character.isLowerCase(text.charAt(mark - 1)) && Character.isLowerCase(text.charAt(mark - 2))
                && Character.isUpperCase(text.charAt(end)) && Character.isLowerCase(text.charAt(end + 1))
                && end == mark + 1;
    }

    /** True for "U.S." style acronyms: the letter before the stop is itself preceded by a stop. */
    private static boolean isAcronymEnd(String text, int mark) {
        return mark >= 2 && text.charAt(mark - 2) == '.';
    }

    /** The token before a stop, letters, digits and inner stops ("U.S", "Mr", "1"). */
    private static String wordBefore(String text, int mark, int floor) {
        int s = mark;
        while (s > floor && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        return text.substring(s, mark);
    }

    private static String wordAfter(String text, int from, int to) {
        int e = from;
        while (e < to && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(from, e);
    }

    private static boolean isTerminalOrClosing(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '”' || c == '’' || c == '\''
                || c == ')' || c == ']' || c == '»';
    }

    static boolean isOpeningQuote(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '«';
    }

    private static void add(String text, int start, int end, int paragraph, List<CharRange> out) {
        int s = start;
        int e = end;
        while (s < e && Lines.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && Lines.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new CharRange(s, e, paragraph));
        }
    }
}
