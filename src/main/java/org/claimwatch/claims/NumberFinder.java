package org.claimwatch.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and normalises the numbers of a sentence: digits ("43,900", "40 000", "1.2m"), words ("two",
 * "a dozen"), scales, percent and currency, with their qualifier and counted noun. Years, dates, times and
 * model names ("F-16") are not quantities. Stateless and thread-safe.
 */
final class NumberFinder {

    private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d,.])"
            + "|\\d+(?:\\.\\d+)?";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w\\-./:$£€])(?:(?<cur>US\\$|[$£€])\\s?)?(?:(?<digits>" + DIGITS + ")|(?<words>" + NumberWords.PATTERN + "))"
                    + "(?:(?<suffix>m|mn|bn|b|k|tn)(?![\\w])|\\s(?<scale>hundred|thousand|million|billion|trillion)(?![\\w]))?"
                    + "(?<pct>\\s?%|\\s(?:per ?cent|percent|percentage points?)(?![\\w]))?(?![\\w%])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?i)(?:^|\\W)(more than|over|at least|about|around|approximately|roughly|nearly|almost|up to|as many as"
                    + "|fewer than|less than|under|some|an estimated|estimated|close to|upwards of|in excess of|at most"
                    + "|just over|just under|well over|only|exactly)\\s+$");
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+$");
    private static final Pattern MONTH_AFTER = Pattern.compile(
            "(?i)^\\s*(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b");
    private static final Pattern TIME_AFTER = Pattern.compile("(?i)^(?:\\s?[ap]\\.?m\\b|:\\d|\\s?min(?:ute)? read\\b)");
    private static final Pattern PART_OF = Pattern.compile("(?i)^\\s+(?:out\\s+)?of\\s+(?:the\\s+|a\\s+total\\s+of\\s+)?$");
    private static final Pattern NOUN = Pattern.compile("[A-Za-z][A-Za-z'’\\-]*");
    private static final Set<String> STOP = Set.copyOf(List.of(
            "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "from", "for", "by", "with", "since",
            "after", "before", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
            "that", "which", "who", "whom", "this", "these", "those", "than", "as", "per", "each", "more", "less",
            "its", "their", "his", "her", "it", "they", "he", "she", "we", "said", "says", "over", "into", "during",
            "while", "when", "about", "up", "down", "out", "last", "next", "ago", "times", "so", "far", "not", "told", "versus",
            "say", "added", "according", "whom", "whose", "what", "where", "did", "do", "does"));

    private static final int[] WORD_TRIGGERS = WordHashes.triggers(Set.copyOf(List.of((NumberWords.UNITS + "|" + NumberWords.TENS
            + "|dozen|dozens|scores|hundreds|thousands|millions|billions|hundred|thousand|million|billion").split("\\|"))));

    private static final Set<String> IRREGULAR_PLURALS = Set.of(
            "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "troops", "feet", "teeth",
            "mice", "geese", "sheep", "fish", "aircraft", "percent");

    private static final Set<String> FIRST_WORDS = Set.copyOf(List.of((NumberWords.UNITS + "|" + NumberWords.TENS
            + "|dozens|scores|hundreds|thousands|millions|billions|tens").split("\\|")));

    /** "one half", "two thirds": fractions, not counts. */
    private static final Set<String> FRACTIONS = Set.of("half", "halves", "third", "thirds", "quarter", "quarters",
            "fifth", "fifths", "tenth", "tenths");

    private NumberFinder() {
    }

    /** True when {@code words} may contain a number. */
    static boolean mayOccur(WordHashes words) {
        return words.hasDigit() || words.any(WORD_TRIGGERS);
    }

    /** The quantities in {@code text}, offsets shifted by {@code base}, in order. */
    static List<Quantity> find(String text, int base) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (isCandidate(text, i)) {
                m.region(i, n);
                if (m.lookingAt()) {
                    Quantity q = toQuantity(text, m, base);
                    if (q != null) {
                        out.add(q);
                    }
                    i = Math.max(m.end(), i + 1);
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /** Where a number can start: a digit or currency sign after a non-word character, or a number word. */
    private static boolean isCandidate(String text, int i) {
        char c = text.charAt(i);
        char prev = i == 0 ? ' ' : text.charAt(i - 1);
        if (Character.isLetterOrDigit(prev)) {
            return false;
        }
        if (Character.isDigit(c) || c == '$' || c == '£' || c == '€' || c == 'U' && text.startsWith("US$", i)) {
            return true;
        }
        if (!Character.isLetter(c)) {
            return false;
        }
        int e = i;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String word = text.substring(i, e).toLowerCase(Locale.ROOT);
        if (word.equals("a") || word.equals("half")) {
            return text.regionMatches(true, e, " dozen", 0, 6) || text.regionMatches(true, e, " a dozen", 0, 8)
                    || text.regionMatches(true, e, " hundred", 0, 8) || text.regionMatches(true, e, " thousand", 0, 9)
                    || text.regionMatches(true, e, " million", 0, 8) || text.regionMatches(true, e, " billion", 0, 8);
        }
        return FIRST_WORDS.contains(word);
    }

    /** Relations "97 of the 251": a number directly followed by "of (the)" and another number. */
    static List<NumberRelation> relations(List<Quantity> numbers, String text, int base) {
        List<NumberRelation> out = new ArrayList<>();
        for (int i = 0; i + 1 < numbers.size(); i++) {
            Quantity a = numbers.get(i);
            Quantity b = numbers.get(i + 1);
            if (PART_OF.matcher(text.substring(a.end() - base, b.start() - base)).matches()) {
                out.add(new NumberRelation(i, i + 1, "part-of"));
            }
        }
        return out;
    }

    /** Gives the part of a part-of relation the unit of its whole ("97 of the 251 hostages"). */
    static List<Quantity> inheritUnits(List<Quantity> numbers, List<NumberRelation> relations) {
        List<Quantity> out = new ArrayList<>(numbers);
        for (NumberRelation r : relations) {
            Quantity part = out.get(r.part());
            Quantity whole = out.get(r.whole());
            if (part.unit() == null && whole.unit() != null) {
                out.set(r.part(), new Quantity(part.value(), part.qualifier(), whole.unit(), part.text(), part.start(), part.end()));
            }
        }
        return out;
    }

    private static Quantity toQuantity(String text, Matcher m, int base) {
        String digits = m.group("digits");
        String words = m.group("words");
        String before = text.substring(Math.max(0, m.start() - 30), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
        boolean money = m.group("cur") != null;
        if (!money && digits != null && (followsName(text, m.start()) || isListMarker(text, m))) {
            return null;
        }
        boolean percent = m.group("pct") != null;
        String scaleWord = m.group("suffix") != null ? m.group("suffix") : m.group("scale");
        double value;
        if (digits != null) {
            value = Double.parseDouble(digitsOnly(digits));
            if (!money && !percent && scaleWord == null && isDateOrTime(digits, before, after)) {
                return null;
            }
            if (m.group("suffix") != null && !money && m.group("suffix").equalsIgnoreCase("b")) {
                return null;
            }
        } else {
            value = NumberWords.value(words);
            if (Double.isNaN(value) || isFalseWord(words, before, after, scaleWord)) {
                return null;
            }
        }
        value *= NumberWords.scale(scaleWord);
        String qualifier = qualifier(before);
        if (words != null && NumberWords.isVaguePlural(words) && qualifier == null) {
            qualifier = words.toLowerCase(Locale.ROOT);
        }
        String unit = percent ? "percent" : money ? currency(m.group("cur")) : countedNoun(after);
        if (unit != null && FRACTIONS.contains(unit.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String written = text.substring(m.start(), m.end()).strip();
        int numberStart = m.start() + text.substring(m.start(), m.end()).indexOf(written.charAt(0));
        return new Quantity(value, qualifier, unit, written, base + numberStart, base + numberStart + written.length());
    }

    /** "1. Monitor your use", "2) Set limits": a list number opening the sentence. */
    private static boolean isListMarker(String text, Matcher m) {
        int end = m.end();
        return text.substring(0, m.start()).isBlank() && end + 1 < text.length()
                && (text.charAt(end) == '.' || text.charAt(end) == ')') && text.charAt(end + 1) == ' ';
    }

    /** "Channel 12", "Boeing 737": a number right after a capitalised word that does not open the sentence. */
    private static boolean followsName(String text, int at) {
        int e = at - 1;
        if (e < 1 || text.charAt(e) != ' ') {
            return false;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return s < e && s > 0 && Character.isUpperCase(text.charAt(s))
                && !MONTH_BEFORE.matcher(text.substring(s, e + 1)).find();
    }

    private static String digitsOnly(String written) {
        StringBuilder b = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isDigit(c) || c == '.') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isDateOrTime(String digits, String before, String after) {
        if (digits.matches("[12]\\d{3}")) {
            int year = Integer.parseInt(digits);
            if (year >= 1800 && year <= 2100 && !pluralNounFollows(after)) {
                return true;
            }
        }
        if (digits.length() <= 2 && (MONTH_BEFORE.matcher(before).find() || MONTH_AFTER.matcher(after).find())) {
            return true;
        }
        return TIME_AFTER.matcher(after).find() || before.endsWith("No. ") || before.endsWith("no. ");
    }

    private static boolean pluralNounFollows(String after) {
        Matcher w = NOUN.matcher(after);
        return after.startsWith(" ") && w.find() && w.start() == 1 && w.group().endsWith("s")
                && !STOP.contains(w.group().toLowerCase(Locale.ROOT)) && Character.isLowerCase(w.group().charAt(0));
    }

    private static boolean isFalseWord(String words, String before, String after, String scale) {
        String w = words.toLowerCase(Locale.ROOT);
        if (!w.equals("one") || scale != null) {
            return false;
        }
        String next = firstWord(after);
        return next == null || STOP.contains(next.toLowerCase(Locale.ROOT)) || next.equals("another")
                || before.toLowerCase(Locale.ROOT).matches("(?s).*\\b(no|any|every|some|each|the|this|that)\\s+$")
                || Character.isUpperCase(next.charAt(0));
    }

    private static String qualifier(String before) {
        Matcher qm = QUALIFIER.matcher(before);
        if (!qm.find()) {
            return null;
        }
        return switch (qm.group(1).toLowerCase(Locale.ROOT)) {
            case "more than", "over", "upwards of", "in excess of", "just over", "well over" -> "more than";
            case "about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "close to" -> "about";
            case "nearly", "almost", "just under" -> "nearly";
            case "fewer than", "less than", "under" -> "less than";
            case "up to", "as many as", "at most" -> "up to";
            case "at least" -> "at least";
            case "only" -> "only";
            case "exactly" -> "exactly";
            default -> null;
        };
    }

    private static String currency(String symbol) {
        return switch (symbol) {
            case "£" -> "GBP";
            case "€" -> "EUR";
            default -> "USD";
        };
    }

    /**
     * The noun counted: the first plural-looking word among the next three ("displaced people" -> "people",
     * "hostages remain" -> "hostages"), else the first word; null for a verb ("1,200 killed") or nothing.
     */
    static String countedNoun(String after) {
        String rest = after;
        if (rest.toLowerCase(Locale.ROOT).startsWith(" of ")) {
            rest = rest.substring(3);
        }
        Matcher w = NOUN.matcher(rest);
        String first = null;
        int pos = 0;
        for (int taken = 0; taken < 3 && w.find(); taken++) {
            String gap = rest.substring(pos, w.start());
            if (!gap.equals(" ")) {
                break;
            }
            String word = WordHashes.possessiveless(w.group());
            String lower = word.toLowerCase(Locale.ROOT);
            if (STOP.contains(lower)) {
                break;
            }
            if (isPlural(lower)) {
                return word;
            }
            if (first == null) {
                first = word;
            }
            pos = w.end();
        }
        if (first == null || first.toLowerCase(Locale.ROOT).endsWith("ed")) {
            return null;
        }
        return first;
    }

    private static boolean isPlural(String lower) {
        return IRREGULAR_PLURALS.contains(lower) || lower.length() > 3 && lower.endsWith("s")
                && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is");
    }

    private static String firstWord(String after) {
        Matcher w = NOUN.matcher(after);
        return w.find() && after.substring(0, w.start()).isBlank() ? w.group() : null;
    }
}
