package org.claimwatch.diff;

import org.claimwatch.calendar.MonthNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar dates a sentence writes, whatever the format: ISO ("2026-04-30"), numeric ("12.03.2026", "05/05/26":
 * both readings of day and month when both fit), or with a month's name in any of forty languages, its genitive and
 * short forms too ("30 April 2026", "April 30th", "12. März", "5 maja 2026", "9 Ekim 2025"; {@link MonthNames}).
 * {@link #sameFigures} tells two sentences apart only by how their dates are written. Pure.
 */
final class DatesRead {

    /** A day: year 0 when the text gives none. */
    record Day(int year, int month, int day) {
    }

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.,/])(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})(?![\\d.,/]\\d)");
    /** A day and a month without a year ("12/3", "3/12"): both readings; a slash only (a dot makes a decimal). */
    private static final Pattern SHORT_NUMERIC = Pattern.compile("(?<![\\d.,/])(\\d{1,2})/(\\d{1,2})(?![\\d/]|[.,]\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d.,])(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+|of\\s+)?"
            + "(\\p{L}+)\\.?(?:,?\\s+(?:de\\s+)?(\\d{4}))?(?!\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<!\\p{L})(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?![\\d.,]\\d)(?:,?\\s+(\\d{4}))?(?!\\d)");

    private DatesRead() {
    }

    /** A date found: its span and the days it may be (two for "05/06/2026"). */
    record Found(int start, int end, List<Day> readings) {
    }

    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), List.of(day(m.group(1), m.group(2), m.group(3))));
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            List<Day> r = new ArrayList<>();
            r.add(day(m.group(3), String.valueOf(b), String.valueOf(a)));
            if (a <= 12 && a != b) {
                r.add(day(m.group(3), String.valueOf(a), String.valueOf(b)));
            }
            add(out, m.start(), m.end(), r);
        }
        m = SHORT_NUMERIC.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            List<Day> r = new ArrayList<>();
            r.add(day(null, String.valueOf(b), String.valueOf(a)));
            if (a <= 12 && a != b) {
                r.add(day(null, String.valueOf(a), String.valueOf(b)));
            }
            add(out, m.start(), m.end(), r);
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            Integer month = MonthNames.month(m.group(2));
            if (month != null) {
                add(out, m.start(), m.end(), List.of(day(m.group(3), String.valueOf(month), m.group(1))));
            }
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            Integer month = MonthNames.month(m.group(1));
            if (month != null) {
                add(out, m.start(), m.end(), List.of(day(m.group(3), String.valueOf(month), m.group(2))));
            }
        }
        out.removeIf(f -> f.readings().isEmpty());
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    private static void add(List<Found> out, int start, int end, List<Day> readings) {
        for (Found f : out) {
            if (start < f.end() && f.start() < end) {
                return; // one reading per stretch of text: the first pattern that took it
            }
        }
        List<Day> valid = readings.stream().filter(d -> d.month() >= 1 && d.month() <= 12 && d.day() >= 1
                && d.day() <= 31).toList();
        out.add(new Found(start, end, valid));
    }

    private static Day day(String year, String month, String day) {
        int y = year == null ? 0 : Integer.parseInt(year);
        return new Day(y > 0 && y < 100 ? 2000 + y : y, Integer.parseInt(month), Integer.parseInt(day));
    }

    /**
     * Whether {@code a} and {@code b} state the same figures once their dates are read: each has the same dates
     * (a year given on one side only is no difference) and the same other numbers.
     */
    static boolean sameFigures(String a, String b) {
        List<Found> da = find(a);
        List<Found> db = find(b);
        if (da.isEmpty() && db.isEmpty() || da.size() != db.size()) {
            return false;
        }
        boolean[] used = new boolean[db.size()];
        for (Found x : da) {
            boolean matched = false;
            for (int k = 0; k < db.size() && !matched; k++) {
                if (!used[k] && sameDay(x, db.get(k))) {
                    used[k] = true;
                    matched = true;
                }
            }
            if (!matched) {
                return false;
            }
        }
        return numbers(blank(a, da)).equals(numbers(blank(b, db)));
    }

    private static boolean sameDay(Found x, Found y) {
        for (Day p : x.readings()) {
            for (Day q : y.readings()) {
                if (p.month() == q.month() && p.day() == q.day()
                        && (p.year() == q.year() || p.year() == 0 || q.year() == 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String blank(String text, List<Found> dates) {
        StringBuilder sb = new StringBuilder(text);
        for (Found f : dates) {
            for (int i = f.start(); i < f.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    private static List<String> numbers(String text) {
        return Facts.of(text, text, List.of()).canonicalNumbers(true);
    }
}
