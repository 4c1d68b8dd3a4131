package org.claimwatch.calendar;

import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The weekdays' names in the languages of {@link MonthNames}, full, short and standalone ("Thứ Tư", "Çarşamba",
 * "środa", "Mi."), from the JDK's CLDR locale data. A name that two languages give to two days is none. Pure; the
 * table is built once, on first use.
 */
public final class DayNames {

    private DayNames() {
    }

    private static final class Table {
        static final Map<String, Integer> BY_NAME = build();

        private static Map<String, Integer> build() {
            Map<String, Set<Integer>> all = new HashMap<>();
            for (String lang : MonthNames.LANGUAGES) {
                Locale l = Locale.forLanguageTag(lang);
                DateFormatSymbols s = DateFormatSymbols.getInstance(l);
                for (DayOfWeek d : DayOfWeek.values()) {
                    int slot = d.getValue() % 7 + 1; // DateFormatSymbols counts from Sunday = 1
                    add(all, s.getWeekdays()[slot], d.getValue());
                    add(all, s.getShortWeekdays()[slot], d.getValue());
                    add(all, d.getDisplayName(TextStyle.FULL_STANDALONE, l), d.getValue());
                    add(all, d.getDisplayName(TextStyle.SHORT_STANDALONE, l), d.getValue());
                }
            }
            Map<String, Integer> out = new HashMap<>();
            all.forEach((name, days) -> {
                if (days.size() == 1) {
                    out.put(name, days.iterator().next());
                }
            });
            return Map.copyOf(out);
        }

        private static void add(Map<String, Set<Integer>> all, String name, int day) {
            String n = key(name);
            if (n.length() >= 2 && !n.chars().allMatch(Character::isDigit)) {
                all.computeIfAbsent(n, k -> new HashSet<>()).add(day);
            }
        }
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace(".", "");
    }

    /** A case ending a weekday's name may carry ("tiistai-na", "wtor-ek"): this many letters at most. */
    private static final int MAX_ENDING = 3;
    /** Names shorter than this take no ending here: too many words start with them ("mar", "lun"). */
    private static final int MIN_STEM = 5;

    /**
     * The day {@code word} names, with a case ending of up to {@value #MAX_ENDING} letters after a name of
     * {@value #MIN_STEM} letters or more ("tiistaina", "torstaina": on Tuesday, on Thursday), or null.
     */
    public static Integer dayWithEnding(String word) {
        Integer exact = day(word);
        if (exact != null || word == null) {
            return exact;
        }
        String w = key(word);
        for (int cut = 1; cut <= MAX_ENDING && w.length() - cut >= MIN_STEM; cut++) {
            Integer d = Table.BY_NAME.get(w.substring(0, w.length() - cut));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The day (1 Monday - 7 Sunday) {@code name} (one word or a CLDR name of several, "thứ tư") names, or null. */
    public static Integer day(String name) {
        return name == null || name.length() < 2 ? null : Table.BY_NAME.get(key(name));
    }
}
