package org.claimwatch.diff;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import org.claimwatch.calendar.IcuLanguages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The units a figure is counted in, as CLDR writes them in every language ICU4J carries: the word for percent
 * ("procentu", "prosenttia", "yüzde", "asilimia", "τοις εκατό") after or before the figure, and a currency's code
 * ("EUR"), its signs ("kr", "Kč", "zł", "₺", "$") and the nouns of its names ("kroner", "kronor", "korun", "pesos").
 * A unit is a key: {@link #PERCENT}, or a currency's ISO codes, lower case, one slash apart ("dkk/isk/nok/sek" for
 * "kr", which four currencies write). Two keys name the same unit when they share a code ({@link #compatible}): "kr"
 * and "kroner" do, "kr" and "euro" do not. Pure; the tables are built once, on first use.
 */
final class UnitWords {

    /** The key of percent. */
    static final String PERCENT = "pct";

    /** A word after a figure this many letters longer than a word for percent, starting with it, is one inflected. */
    private static final int MAX_ENDING = 3;

    private static final Tables TABLES = Tables.build();

    private UnitWords() {
    }

    /**
     * The unit named by {@code word} (lower case) written right after a figure, or by {@code word} and {@code next}
     * together ("por ciento", "τοις εκατό"; {@code next} nullable); {@code abbreviated} when a full stop follows the
     * word ("proc."), which may then shorten a word for percent. Null when neither names a unit.
     */
    static String after(String word, String next, boolean abbreviated) {
        if (next != null) {
            String two = TABLES.after.get(word + " " + next);
            if (two != null) {
                return two;
            }
        }
        String unit = TABLES.after.get(word);
        if (unit != null) {
            return unit;
        }
        return inflectedPercent(word, abbreviated) ? PERCENT : null;
    }

    /** The unit named by {@code word} written right before a figure ("yüzde 9", "asilimia 7"), or null. */
    static String before(String word) {
        return TABLES.before.get(word);
    }

    /** The currency whose ISO code is {@code code} as written (upper case: "EUR", "NOK"), or null. */
    static String code(String written) {
        if (written.length() != 3 || !written.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return null;
        }
        String lower = written.toLowerCase(Locale.ROOT);
        return TABLES.codes.contains(lower) ? lower : null;
    }

    /** The currencies a one-character sign stands for ('₺', '₪', '$'), or null. */
    static String sign(char c) {
        return TABLES.signs.get(c);
    }

    /** Whether the two keys can name one unit: equal, or currency keys with an ISO code in common. */
    static boolean compatible(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        for (String x : a.split("/")) {
            for (String y : b.split("/")) {
                if (x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code word} (lower case) is, or is a word of, a unit's name or sign ("kroner", "kr", "procento",
     * "ciento", "yüzde"), or the start of a word for percent before a full stop ("proc.").
     */
    static boolean isUnitWord(String word, boolean abbreviated) {
        return TABLES.parts.contains(word) || inflectedPercent(word, abbreviated);
    }

    /** Whether the word is a key this class gives (a unit's key, as {@link Numbers} appends it to a figure). */
    static boolean isKey(String s) {
        return s.equals(PERCENT) || TABLES.keys.contains(s);
    }

    /**
     * A word for percent with an ending of its language's cases ("procentiem", "prosenttiin"): it starts with a
     * word for percent of five letters or more and goes on for at most {@link #MAX_ENDING} letters; or, followed by
     * a full stop, it is the start of one ("proc.").
     */
    private static boolean inflectedPercent(String word, boolean abbreviated) {
        if (word.length() < 4) {
            return false;
        }
        for (String p : TABLES.percentWords) {
            if (word.startsWith(p) && word.length() - p.length() <= MAX_ENDING && p.length() >= 5
                    || abbreviated && p.startsWith(word) && word.length() < p.length()) {
                return true;
            }
        }
        return false;
    }

    /** The tables, built from CLDR. */
    private record Tables(Map<String, String> after, Map<String, String> before, Set<String> codes,
                          Map<Character, String> signs, Set<String> percentWords, Set<String> keys,
                          Set<String> parts) {

        /** Counts that take each plural form CLDR gives (one, two, few, many, other, fractions). */
        private static final double[] COUNTS = {1, 2, 3, 5, 21, 1.5};

        static Tables build() {
            Map<String, Set<String>> after = new HashMap<>();
            Map<String, Set<String>> before = new HashMap<>();
            Set<String> percentWords = new TreeSet<>();
            Map<Character, Set<String>> signs = new HashMap<>();
            Set<String> codes = new TreeSet<>();
            for (ULocale lang : IcuLanguages.all()) {
                try {
                    percent(lang, after, before, percentWords);
                } catch (RuntimeException missing) {
                    // a language whose data is missing: its words for percent are not known
                }
            }
            for (ULocale place : ULocale.getAvailableLocales()) {
                if (place.getCountry().isEmpty()) {
                    continue;
                }
                try {
                    Currency c = Currency.getInstance(place);
                    String code = c.getCurrencyCode().toLowerCase(Locale.ROOT);
                    codes.add(code);
                    symbol(c.getSymbol(place), code, after, signs);
                    symbol(c.getName(place, Currency.NARROW_SYMBOL_NAME, null), code, after, signs);
                } catch (RuntimeException missing) {
                    // a place without a currency of its own
                }
            }
            for (String code : codes) {
                Currency c = Currency.getInstance(code.toUpperCase(Locale.ROOT));
                symbol(c.getSymbol(ULocale.ENGLISH), code, after, signs);
            }
            for (ULocale lang : IcuLanguages.all()) {
                try {
                    names(lang, codes, after);
                } catch (RuntimeException missing) {
                    // a language whose data is missing: its currency names are not known
                }
            }
            Map<String, String> afterKeys = keys(after);
            Set<String> keys = new HashSet<>(afterKeys.values());
            Map<Character, String> signKeys = new HashMap<>();
            signs.forEach((ch, set) -> signKeys.put(ch, key(set)));
            keys.addAll(signKeys.values());
            keys.addAll(codes);
            Set<String> parts = new HashSet<>();
            for (String w : after.keySet()) {
                parts.addAll(List.of(w.split(" ")));
            }
            for (String w : before.keySet()) {
                parts.addAll(List.of(w.split(" ")));
            }
            return new Tables(Map.copyOf(afterKeys), Map.copyOf(keys(before)), Set.copyOf(codes),
                    Map.copyOf(signKeys), Set.copyOf(percentWords), Set.copyOf(keys), Set.copyOf(parts));
        }

        /** The language's words for percent, in its long and short forms and each plural form. */
        private static void percent(ULocale lang, Map<String, Set<String>> after, Map<String, Set<String>> before,
                                    Set<String> percentWords) {
            for (MeasureFormat.FormatWidth width : List.of(MeasureFormat.FormatWidth.WIDE, MeasureFormat.FormatWidth.SHORT)) {
                MeasureFormat f = MeasureFormat.getInstance(lang, width);
                for (double n : COUNTS) {
                    String s = f.formatMeasures(new Measure(n, MeasureUnit.PERCENT));
                    int first = -1;
                    int last = -1;
                    for (int i = 0; i < s.length(); i++) {
                        if (Character.isDigit(s.charAt(i))) {
                            first = first < 0 ? i : first;
                            last = i;
                        }
                    }
                    if (first < 0) {
                        continue;
                    }
                    String head = words(s.substring(0, first));
                    String tail = words(s.substring(last + 1));
                    if (!tail.isEmpty()) {
                        after.computeIfAbsent(tail, k -> new TreeSet<>()).add(PERCENT);
                        if (!tail.contains(" ")) {
                            percentWords.add(tail);
                        }
                    }
                    if (!head.isEmpty()) {
                        before.computeIfAbsent(head, k -> new TreeSet<>()).add(PERCENT);
                    }
                }
            }
        }

        /** The kinds of measure whose abbreviations a currency's sign must not be ("KM" is a currency and kilometres). */
        private static final List<String> MEASURE_TYPES = List.of("length", "mass", "speed", "volume", "area");

        /**
         * The words of the short English abbreviations of measures ("km", "ft", "kg"): a sign that is one of them
         * ("KM", "Ft") reads as the measure. The Latin abbreviations of other languages are mostly these.
         */
        private static final Set<String> MEASURES = measureWords(ULocale.ENGLISH);

        private static Set<String> measureWords(ULocale lang) {
            Set<String> out = new HashSet<>();
            MeasureFormat f = MeasureFormat.getInstance(lang, MeasureFormat.FormatWidth.SHORT);
            for (String type : MEASURE_TYPES) {
                for (MeasureUnit unit : MeasureUnit.getAvailable(type)) {
                    out.addAll(List.of(words(f.formatMeasures(new Measure(5, unit))).split(" ")));
                }
            }
            return out;
        }

        /**
         * A currency's sign in a place: one character that is no letter ('₺', '$') is a sign; two characters or more
         * with a letter ("kr.", "Kč", "zł", "US$") are a word after the figure. One letter alone ("R", "K") is too
         * often a letter.
         */
        private static void symbol(String symbol, String code, Map<String, Set<String>> after,
                                   Map<Character, Set<String>> signs) {
            if (symbol == null || symbol.isBlank()) {
                return;
            }
            String s = symbol.strip();
            if (s.length() == 1 && !Character.isLetterOrDigit(s.charAt(0))) {
                signs.computeIfAbsent(s.charAt(0), k -> new TreeSet<>()).add(code);
                return;
            }
            String w = words(s);
            if (w.codePointCount(0, w.length()) >= 2 && !w.contains(" ") && w.codePoints().anyMatch(Character::isLetter)
                    && !w.equalsIgnoreCase(code) && !MEASURES.contains(w)) {
                after.computeIfAbsent(w, k -> new TreeSet<>()).add(code);
            }
        }

        /**
         * The nouns of the language's currency names, in each plural form: a name of one word ("euro", "kronor"),
         * and in names of several words each word that two currencies' names or more share (the noun: "kroner" of
         * "danske kroner" and "norske kroner", "pesos" of "pesos mexicanos" and "pesos argentinos"), not the
         * adjective that tells them apart. Words of fewer than three letters are left out.
         */
        private static void names(ULocale lang, Set<String> codes, Map<String, Set<String>> after) {
            Set<String> plurals = PluralRules.forLocale(lang).getKeywords();
            Map<String, Set<String>> shared = new HashMap<>();
            for (String code : codes) {
                Currency c = Currency.getInstance(code.toUpperCase(Locale.ROOT));
                Set<String> names = new HashSet<>();
                names.add(c.getName(lang, Currency.LONG_NAME, null));
                for (String p : plurals) {
                    names.add(c.getName(lang, Currency.PLURAL_LONG_NAME, p, null));
                }
                for (String name : names) {
                    String w = words(name);
                    if (w.isEmpty() || w.equalsIgnoreCase(code)) {
                        continue;
                    }
                    if (!w.contains(" ")) {
                        if (w.length() >= 3) {
                            after.computeIfAbsent(w, k -> new TreeSet<>()).add(code);
                        }
                        continue;
                    }
                    for (String part : w.split(" ")) {
                        if (part.length() >= 3) {
                            shared.computeIfAbsent(part, k -> new TreeSet<>()).add(code);
                        }
                    }
                }
            }
            shared.forEach((word, set) -> {
                if (set.size() >= 2) {
                    after.computeIfAbsent(word, k -> new TreeSet<>()).addAll(set);
                }
            });
        }

        /** Lower-case words of {@code s}, one space apart, without punctuation, spaces of any width or digits. */
        private static String words(String s) {
            StringBuilder out = new StringBuilder();
            boolean space = false;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                        || Character.getType(cp) == Character.COMBINING_SPACING_MARK || cp == '$') {
                    if (space && out.length() > 0) {
                        out.append(' ');
                    }
                    space = false;
                    out.appendCodePoint(Character.toLowerCase(cp));
                } else {
                    space = true;
                }
            }
            return out.toString();
        }

        private static Map<String, String> keys(Map<String, Set<String>> sets) {
            Map<String, String> out = new HashMap<>();
            sets.forEach((w, set) -> out.put(w, key(set)));
            return out;
        }

        private static String key(Set<String> set) {
            List<String> sorted = new ArrayList<>(new TreeSet<>(set));
            return String.join("/", sorted);
        }
    }
}
