package org.claimwatch.calendar;

import java.text.DateFormatSymbols;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The months' names in forty languages, full, short, genitive ("maja", "жовтня") and standalone, taken from the JDK's
 * CLDR locale data rather than listed by hand. A name that two languages give to two months ("listopad") is none.
 * Pure; the table is built once, on first use (about a tenth of a second).
 */
public final class MonthNames {

    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb",
            "fi", "pl", "cs", "sk", "sl", "hr", "sr", "ro", "hu", "bg", "ru", "uk", "el", "tr", "lt", "lv", "et", "id",
            "ms", "vi", "ca", "eu", "gl", "ga", "cy", "af", "sw", "sq", "is", "mt",
            // the languages written in other scripts (their names cannot be mistaken for a Latin word)
            "kk", "ky", "be", "mk", "mn", "ka", "hy", "he", "ar", "fa", "ur", "hi", "bn", "ta", "te", "mr", "ne", "am",
            "th", "ja", "zh", "ko",
            // languages of Africa in CLDR (Tigrinya's months carry the Ethiopic names Amharic pages write)
            "ha", "zu", "xh", "yo", "ig", "so", "rw", "mg", "wo", "om", "ti", "lg");

    private MonthNames() {
    }

    private static final class Table {
        static final Map<String, Integer> BY_NAME = build();

        private static Map<String, Integer> build() {
            Map<String, Set<Integer>> all = new HashMap<>();
            for (String lang : LANGUAGES) {
                Locale l = Locale.forLanguageTag(lang);
                DateFormatSymbols s = DateFormatSymbols.getInstance(l);
                for (int m = 0; m < 12; m++) {
                    add(all, s.getMonths()[m], m + 1, l);
                    add(all, s.getShortMonths()[m], m + 1, l);
                    add(all, Month.of(m + 1).getDisplayName(TextStyle.FULL_STANDALONE, l), m + 1, l);
                    add(all, Month.of(m + 1).getDisplayName(TextStyle.SHORT_STANDALONE, l), m + 1, l);
                }
            }
            add(all, "sept", 9, Locale.ENGLISH);
            Map<String, Integer> out = new HashMap<>();
            all.forEach((name, months) -> {
                if (months.size() == 1) {
                    out.put(name, months.iterator().next());
                }
            });
            return Map.copyOf(out);
        }

        private static void add(Map<String, Set<Integer>> all, String name, int month, Locale l) {
            String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace(".", "");
            if (n.length() >= 3 && !n.chars().allMatch(Character::isDigit)) {
                all.computeIfAbsent(n, k -> new HashSet<>()).add(month);
            }
        }
    }

    /** The month (1-12) {@code word} names in one of the languages, or null. */
    public static Integer month(String word) {
        return word == null || word.length() < 3 ? null : Table.BY_NAME.get(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }
}
