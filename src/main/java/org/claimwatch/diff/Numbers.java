package org.claimwatch.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds the numbers of a text with their qualifiers and canonical values. Pure. */
final class Numbers {

    /**
     * Letters of a currency written before its figure ("N15 million", "Sh1.2 billion", "Rs 500"), mapped to the
     * currency: the letters are the unit, not a part of the number.
     */
    private static final Map<String, String> PREFIXES = Map.ofEntries(Map.entry("n", "ngn"), Map.entry("ngn", "ngn"),
            Map.entry("sh", "kes"), Map.entry("ksh", "kes"), Map.entry("kes", "kes"), Map.entry("ush", "ugx"),
            Map.entry("tsh", "tzs"), Map.entry("rs", "inr"), Map.entry("inr", "inr"), Map.entry("rm", "myr"),
            Map.entry("php", "php"), Map.entry("zar", "zar"), Map.entry("ghs", "ghs"), Map.entry("gh", "ghs"));

    private static final List<String> QUALIFIERS = List.of(
            "more than", "at least", "at most", "up to", "fewer than", "less than", "as many as", "as few as",
            "close to", "in excess of", "upwards of", "an estimated", "just over", "just under", "about", "around",
            "nearly", "almost", "over", "under", "some", "approximately", "roughly", "estimated", "below", "above",
            "only", "exactly");

    /** Qualifiers that all say "about": one changed for another changes no claim. */
    private static final java.util.Set<String> APPROXIMATE = java.util.Set.of("about", "around", "approximately",
            "roughly", "some", "an estimated", "estimated");

    /**
     * The word after a number that names what it counts in money or share (one form per unit): a figure moved to
     * another currency or from percent to percentage points is another figure.
     */
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("euros", "eur"), Map.entry("euro", "eur"),
            Map.entry("dollars", "usd"), Map.entry("dollar", "usd"), Map.entry("pounds", "gbp"), Map.entry("pound", "gbp"),
            Map.entry("sterling", "gbp"), Map.entry("yen", "jpy"), Map.entry("yuan", "cny"), Map.entry("renminbi", "cny"),
            Map.entry("rupees", "inr"), Map.entry("rupee", "inr"), Map.entry("francs", "chf"), Map.entry("franc", "chf"),
            Map.entry("roubles", "rub"), Map.entry("rubles", "rub"), Map.entry("reais", "brl"),
            Map.entry("percent", "pct"), Map.entry("per", "pct"), Map.entry("pct", "pct"), Map.entry("prozent", "pct"),
            Map.entry("pourcent", "pct"), Map.entry("percentage", "pts"), Map.entry("points", "pts"),
            Map.entry("basis", "bps"));

    /**
     * The unit of the number in tokens {@code [first, end]}: a currency sign before it ("€450"), a percent sign right
     * after it ("5.6%"), or a unit word after it ("5.6 per cent", "450 million euros"); null when none.
     */
    private static String unitOf(String text, List<Token> tokens, boolean[] skip, int first, int end) {
        int before = tokens.get(first).start() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        if (before >= 0) {
            char c = text.charAt(before);
            String sign = c == '$' ? UnitWords.sign('$') : SIGNS.getOrDefault(c, UnitWords.sign(c));
            if (c == '%' && before == tokens.get(first).start() - 1
                    && (before == 0 || !Character.isLetterOrDigit(text.charAt(before - 1)))) {
                return UnitWords.PERCENT; // "%9,2", as Turkish writes it
            }
            if (sign != null) {
                int l = before;
                while (l > 0 && Character.isLetter(text.charAt(l - 1))) {
                    l--;
                }
                String letters = text.substring(l, before).toLowerCase(java.util.Locale.ROOT);
                return text.charAt(before) == '$' && DOLLARS.containsKey(letters) ? DOLLARS.get(letters) : sign;
            }
        }
        String prefix = prefixOf(tokens.get(first).norm());
        if (prefix != null) {
            return PREFIXES.get(prefix);
        }
        if (first > 0 && PREFIXES.containsKey(tokens.get(first - 1).norm()) && tokens.get(first - 1).norm().length() > 1
                && tokens.get(first - 1).end() + 2 >= tokens.get(first).start()) {
            return PREFIXES.get(tokens.get(first - 1).norm()); // "Rs 45 lakh", "KSh 2 million"
        }
        if (first > 0 && !skip[first - 1] && tokens.get(first - 1).end() + 2 >= tokens.get(first).start()) {
            Token word = tokens.get(first - 1);
            String unit = UnitWords.code(text.substring(word.start(), word.end())); // "EUR 80 million"
            if (unit == null) {
                unit = UnitWords.before(word.norm()); // "yüzde 9,2", "asilimia 7"
            }
            if (unit != null) {
                return unit;
            }
        }
        int after = tokens.get(end).end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        if (after < text.length() && text.charAt(after) == '%') {
            return "pct";
        }
        if (end + 1 >= tokens.size() || skip[end + 1]) {
            return null;
        }
        String next = tokens.get(end + 1).norm();
        if (end + 2 < tokens.size() && PERCENT_AFTER.getOrDefault(next, "").equals(tokens.get(end + 2).norm())) {
            return "pct"; // "3,2 por ciento", "7,3 pour cent"
        }
        String unit = UNITS.get(next);
        return unit != null ? unit : unitAfter(text, tokens, skip, end + 1);
    }

    /**
     * Whether the token is a word of a unit (a currency's or percent's name, sign or code, "de" that joins one to
     * its figure, an ending written after a percent sign: Finnish "8,1 %:iin"): a respelling of it, the figures
     * the same, changes no claim.
     */
    static boolean isUnitWord(String text, Token t) {
        String n = t.norm();
        boolean abbreviated = t.end() < text.length() && text.charAt(t.end()) == '.';
        return UNITS.containsKey(n) || LINKS.contains(n) || PERCENT_AFTER.containsKey(n)
                || PERCENT_AFTER.containsValue(n) || UnitWords.isUnitWord(n, abbreviated)
                || UnitWords.code(text.substring(t.start(), t.end())) != null
                || t.start() >= 2 && text.charAt(t.start() - 1) == ':' && text.charAt(t.start() - 2) == '%';
    }

    /** Words that join a figure to its unit in the Romance languages: "2,4 millones de pesos", "2 millions d'euros". */
    private static final java.util.Set<String> LINKS = java.util.Set.of("de", "d");

    /**
     * The unit CLDR names by the word at {@code at} after a figure ({@link UnitWords}): a currency's code as written
     * ("80 EUR"), a word for percent, a currency's sign or noun ("kr", "kronor", "Kč", "korun"), or one of these
     * after "de" ("millones de pesos").
     */
    private static String unitAfter(String text, List<Token> tokens, boolean[] skip, int at) {
        Token word = tokens.get(at);
        String unit = UnitWords.code(text.substring(word.start(), word.end()));
        if (unit != null) {
            return unit;
        }
        String next = at + 1 < tokens.size() && !skip[at + 1] ? tokens.get(at + 1).norm() : null;
        boolean abbreviated = word.end() < text.length() && text.charAt(word.end()) == '.';
        unit = UnitWords.after(word.norm(), next, abbreviated);
        if (unit == null && LINKS.contains(word.norm()) && next != null) {
            Token linked = tokens.get(at + 1);
            unit = UNITS.get(linked.norm());
            if (unit == null && !UnitWords.PERCENT.equals(UnitWords.after(linked.norm(), null, false))) {
                unit = UnitWords.after(linked.norm(), null, false);
            }
        }
        return unit;
    }

    /** Percent in two words: the first word mapped to the second. */
    private static final Map<String, String> PERCENT_AFTER = Map.of("por", "ciento", "pour", "cent", "per", "cento");

    private static final Map<Character, String> SIGNS = Map.of('€', "eur", '$', "usd", '£', "gbp", '¥', "jpy",
            '₹', "inr", '₽', "rub", '₦', "ngn", '₱', "php", '₵', "ghs");

    /** Letters before a dollar sign that name the dollar: "R$" is the real, "A$" the Australian dollar. */
    private static final Map<String, String> DOLLARS = Map.of("r", "brl", "a", "aud", "c", "cad", "nz", "nzd",
            "hk", "hkd", "s", "sgd", "us", "usd", "mx", "mxn");

    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(
            "(\\d{1,2})(?:([:.h])(\\d{2}))?\\s*(?:([aApP])\\.?\\s?[mM]\\.?(?![\\p{L}]))?");

    /**
     * A time of day that starts at token {@code t}: its minutes after midnight and where it ends in {@code text}, or
     * null. "8 p.m.", "8pm", "20:00" and "8:00 PM" are one time; a number with neither a colon nor a.m./p.m. is none.
     */
    private static int[] clock(String text, Token t) {
        java.util.regex.Matcher m = CLOCK.matcher(text).region(t.start(), Math.min(text.length(), t.end() + 8));
        // "8.30" is a clock only with a.m./p.m. after it (else a decimal); "20:00" and "20h30" are clocks
        if (!m.lookingAt() || m.end() < t.end() || m.group(4) == null && (m.group(2) == null || m.group(2).equals("."))) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hour > 24 || minute > 59) {
            return null;
        }
        if (m.group(4) != null) {
            if (hour > 12) {
                return null;
            }
            boolean pm = m.group(4).equalsIgnoreCase("p");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return new int[] {hour * 60 + minute, m.end()};
    }

    /** Whether two words name the same month ("jan" and "january", "sept" and "september"). */
    static boolean sameMonth(String a, String b) {
        String x = MONTHS.get(a);
        return x != null && x.equals(MONTHS.get(b));
    }

    /** {@link #QUALIFIERS} split into words, in the same order. */
    private static final List<String[]> QUALIFIER_WORDS = QUALIFIERS.stream().map(q -> q.split(" ")).toList();

    /** Month names and abbreviations mapped to one form: "Oct. 12" and "12 October" are one date. */
    private static final Map<String, String> MONTHS = months();

    private Numbers() {
    }

    private static Map<String, String> months() {
        Map<String, String> out = new java.util.HashMap<>();
        for (String m : List.of("january", "february", "march", "april", "june", "july", "august", "september",
                "october", "november", "december")) {
            out.put(m, m);
            out.put(m.substring(0, 3), m);
        }
        out.put("sept", "september");
        return Map.copyOf(out);
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("(?:st|nd|rd|th)$");

    /** A day of the month: 1-31, plain or ordinal ("5th"). */
    private static boolean isDay(Token t) {
        String n = t.norm();
        if (n.isEmpty() || !Character.isDigit(n.charAt(0))) {
            return false; // the common case, every word: no pattern run
        }
        String digits = ORDINAL.matcher(n).replaceFirst("");
        if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int d = Integer.parseInt(digits);
        return d >= 1 && d <= 31;
    }

    private static String dayOf(Token t) {
        return Integer.toString(Integer.parseInt(ORDINAL.matcher(t.norm()).replaceFirst("")));
    }

    /** Only spaces, an abbreviation's stop or the word "of" between a month and its day. */
    private static boolean dateGap(String text, Token a, Token b) {
        String gap = text.substring(a.end(), b.start()).strip();
        return gap.isEmpty() || gap.equals(".") || gap.equalsIgnoreCase("of") || gap.equals("the");
    }

    /** Number mentions of {@code text}, skipping tokens where {@code skip[i]} is true. */
    static List<NumberMention> find(String text, List<Token> tokens, boolean[] skip) {
        List<NumberMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!skip[i] && !t.number() && Lexicon.DATES.contains(t.norm())) {
                String month = MONTHS.get(t.norm());
                if (month != null && i + 1 < tokens.size() && !skip[i + 1] && isDay(tokens.get(i + 1))
                        && dateGap(text, t, tokens.get(i + 1))) {
                    Token day = tokens.get(i + 1);
                    out.add(new NumberMention("", month + " " + dayOf(day), t.start(), day.end()));
                    i += 2;
                    continue;
                }
                out.add(new NumberMention("", month != null ? month : t.norm(), t.start(), t.end()));
                i++;
                continue;
            }
            if (!skip[i] && t.number()) {
                int[] clock = clock(text, t);
                if (clock != null) {
                    int last = i;
                    while (last + 1 < tokens.size() && tokens.get(last + 1).end() <= clock[1]) {
                        last++;
                    }
                    out.add(new NumberMention("", String.format("t%02d:%02d", clock[0] / 60, clock[0] % 60),
                            t.start(), tokens.get(last).end()));
                    i = last + 1;
                    continue;
                }
            }
            int m = i + 1 < tokens.size() && tokens.get(i + 1).norm().equals("of") ? i + 2 : i + 1;
            if (!skip[i] && isDay(t) && m < tokens.size() && !skip[m] && MONTHS.containsKey(tokens.get(m).norm())
                    && (m == i + 2 || dateGap(text, t, tokens.get(m)))) {
                Token month = tokens.get(m);
                out.add(new NumberMention("", MONTHS.get(month.norm()) + " " + dayOf(t), t.start(), month.end()));
                i = m + 1;
                continue;
            }
            if (skip[i] || !t.number() || NumberLexicon.SCALES.containsKey(t.norm()) && !t.norm().equals("hundred")
                    && i > 0 && tokens.get(i - 1).number() || listMarker(text, t)) {
                i++;
                continue;
            }
            int end = i;
            BigDecimal value = value(t);
            while (value != null && end + 1 < tokens.size() && isThousandsGroup(text, tokens.get(end), tokens.get(end + 1))) {
                value = value.multiply(BigDecimal.valueOf(1000)).add(new BigDecimal(tokens.get(end + 1).norm()));
                end++;
            }
            while (value != null && end + 1 < tokens.size() && !skip[end + 1] && adjacent(text, tokens.get(end), tokens.get(end + 1))
                    && NumberLexicon.SCALES.containsKey(tokens.get(end + 1).norm()) && !tokens.get(end + 1).norm().equals("k")) {
                value = value.multiply(BigDecimal.valueOf(NumberLexicon.SCALES.get(tokens.get(end + 1).norm())));
                end++;
            }
            String canonical = value == null ? t.norm() : value.stripTrailingZeros().toPlainString();
            String unit = unitOf(text, tokens, skip, i, end);
            if (unit != null) {
                // "50 million euros" and "50 million dollars", "0.3 percent" and "0.3 percentage points" differ
                canonical += " " + unit;
            }
            int qStart = i;
            String qualifier = "";
            for (int k = 0; k < QUALIFIERS.size(); k++) {
                String[] words = QUALIFIER_WORDS.get(k);
                if (matchesBefore(text, tokens, skip, i, words)) {
                    qualifier = APPROXIMATE.contains(QUALIFIERS.get(k)) ? "about" : QUALIFIERS.get(k);
                    qStart = i - words.length;
                    break;
                }
            }
            NumberMention found = new NumberMention(qualifier, canonical, tokens.get(qStart).start(),
                    tokens.get(end).end());
            if (out.isEmpty() || !isConversion(text, out.get(out.size() - 1), found)) {
                out.add(found);
            }
            i = end + 1;
        }
        return out;
    }

    /** A figure and its unit, then an opening bracket: "3 metres (about 10 feet)", "€50 ($54)". */
    private static final java.util.regex.Pattern BEFORE_CONVERSION = java.util.regex.Pattern.compile(
            "\\s*(?:[\\p{L}.%]+\\s*){0,2}\\(\\s*[$€£¥]?\\s*");

    /**
     * Whether {@code m} restates {@code previous} in other units, in brackets right after it: a conversion added or
     * dropped is no change of the figure.
     */
    private static boolean isConversion(String text, NumberMention previous, NumberMention m) {
        if (m.start() < previous.end() || m.start() - previous.end() > 30) {
            return false;
        }
        int close = text.indexOf(')', m.end());
        int open = text.lastIndexOf('(', m.start());
        return close >= 0 && close - m.end() <= 20 && open >= previous.end()
                && BEFORE_CONVERSION.matcher(text.substring(previous.end(), m.start())).matches()
                && CONVERTED.matcher(text.substring(open, close + 1)).matches();
    }

    /**
     * A bracket that restates a measure in another unit: an approximator, a figure and a unit of length, area,
     * weight, volume, speed, temperature or money ("(about 10 feet)", "($54)"); "(approximately 43B bytes)" after
     * "9.8B tokens" counts something else.
     */
    private static final java.util.regex.Pattern CONVERTED = java.util.regex.Pattern.compile("(?iu)\\(\\s*(?:about|around|"
            + "approximately|approx\\.?|roughly|some|nearly|almost|c\\.|~|or)?\\s*(?:[$€£¥₹]\\s?[\\d.,]+\\s*(?:million|"
            + "billion|m|bn)?|[\\d.,]+\\s*(?:million|billion|m|bn)?\\s*(?:[$€£¥₹]|feet|foot|ft|inches|inch|in|metres|meters|metre"
            + "|meter|m|cm|mm|km|miles|mile|mi|kg|kilograms|kilos|lb|lbs|pounds|tonnes|tons|litres|liters|gallons|°\\s?[cf]"
            + "|mph|km/h|kmh|acres|hectares|ha|square (?:feet|metres|meters|miles|kilometres|kilometers)|sq\\.? ?(?:ft|m|mi|km)"
            + "|usd|eur|gbp|dollars|euros|pounds sterling|yen|rupees))\\s*\\)");

    /**
     * The marker of a numbered list's item ("5. ", "3) " at the start of a line): where the item sits in its list,
     * not a figure it asserts. A list renumbered when an item is inserted above moves it.
     */
    static boolean listMarker(String text, Token t) {
        String n = t.norm();
        if (n.isEmpty() || n.length() > 3 || !n.chars().allMatch(Character::isDigit) || t.end() >= text.length()) {
            return false;
        }
        char after = text.charAt(t.end());
        if (after != '.' && after != ')' || t.end() + 1 < text.length() && !Character.isWhitespace(text.charAt(t.end() + 1))) {
            return false;
        }
        for (int k = t.start() - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesBefore(String text, List<Token> tokens, boolean[] skip, int i, String[] words) {
        int first = i - words.length;
        if (first < 0) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            int idx = first + k;
            if (skip[idx] || !tokens.get(idx).norm().equals(words[k]) || !adjacent(text, tokens.get(idx), tokens.get(idx + 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean adjacent(String text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            if (!Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '$' && text.charAt(k) != '£'
                    && text.charAt(k) != '€') {
                return false;
            }
        }
        return true;
    }

    private static boolean isThousandsGroup(String text, Token a, Token b) {
        return b.start() - a.end() == 1 && Character.isSpaceChar(text.charAt(a.end()))
                && digits(a.norm(), 1, 3) && digits(b.norm(), 3, 3);
    }

    /** {@code s} is {@code min} to {@code max} digits 0-9 (what {@code \d} matches), nothing else. */
    private static boolean digits(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code norm} is a scale word ("million", "milhões", "Milliarden"): one for another is no respelling. */
    static boolean isScale(String norm) {
        return NumberLexicon.SCALES.containsKey(norm) && norm.length() > 2;
    }

    /** The currency letters that open {@code norm} before its digits ("n15" -> "n"), or null. */
    private static String prefixOf(String norm) {
        int k = 0;
        while (k < norm.length() && Character.isLetter(norm.charAt(k))) {
            k++;
        }
        if (k == 0 || k == norm.length() || !Character.isDigit(norm.charAt(k))) {
            return null;
        }
        String p = norm.substring(0, k);
        return PREFIXES.containsKey(p) ? p : null;
    }

    /** The numeric value of a token, or null when it has none ("10:32", "hundreds"). */
    static BigDecimal value(Token t) {
        String n = t.norm();
        String prefix = prefixOf(n);
        if (prefix != null) {
            n = n.substring(prefix.length());
        }
        Integer small = NumberLexicon.SMALL.get(n);
        if (small != null) {
            return BigDecimal.valueOf(small);
        }
        int dash = t.text().indexOf('-');
        if (dash > 0 && !Character.isDigit(t.text().charAt(0))) {
            Integer a = NumberLexicon.SMALL.get(t.text().substring(0, dash).toLowerCase());
            Integer b = NumberLexicon.SMALL.get(t.text().substring(dash + 1).toLowerCase());
            return a != null && b != null ? BigDecimal.valueOf(a + b) : null;
        }
        int k = 0;
        while (k < n.length() && (Character.isDigit(n.charAt(k)) || n.charAt(k) == '.')) {
            k++;
        }
        if (k == 0 || n.indexOf(':') >= 0) {
            return null;
        }
        String digits = n.substring(0, k);
        if (digits.endsWith(".") || digits.indexOf('.') != digits.lastIndexOf('.')) {
            return null;
        }
        BigDecimal v = new BigDecimal(digits);
        Long scale = NumberLexicon.SCALES.get(n.substring(k));
        return scale == null ? v : v.multiply(BigDecimal.valueOf(scale));
    }
}
