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

    /** The day (1 Monday - 7 Sunday) {@code name} (one word or a CLDR name of several, "thứ tư") names, or null. */
    public static Integer day(String name) {
        return name == null || name.length() < 2 ? null : Table.BY_NAME.get(key(name));
    }
}
