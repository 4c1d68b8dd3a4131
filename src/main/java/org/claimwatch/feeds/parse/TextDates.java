package org.claimwatch.feeds.parse;

import org.claimwatch.feeds.parse.DateZones.ImpossibleField;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates with a month name, read token by token in any order real feeds use: RFC 822/2822 ("Thu, 01 Jan 2004
 * 19:48:21 GMT") with its common faults (no time, no seconds, "Fri,24", "13 Feb, 2012", full month and day names),
 * JavaScript's Date.toString(), C asctime and the Unix date command, "January 1, 2004 7:48 PM". Pure.
 *
 * <p>The day of the week is ignored (feeds often get it wrong, the date is what they mean). The first one- or
 * two-digit number is the day, a later one a two-digit year (RFC 2822's century rule); a four-digit number is the
 * year. Any token that is not a weekday, month, number, time, AM/PM or zone makes the string unreadable.
 */
final class TextDates {

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final List<String> WEEKDAYS =
            List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?([+-].*|Z)?");
    private static final Pattern SLASHED_DAY = Pattern.compile("(\\d{4})([/-])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern COMMENT = Pattern.compile("\\([^)]*\\)");

    private TextDates() {
    }

    /** The instant, or null when {@code s} is not such a date. Throws when the form fits but a field cannot be. */
    static Instant read(String s) throws ImpossibleField {
        Fields f = new Fields();
        String text = COMMENT.matcher(s).replaceAll(" ").replace(',', ' ').strip();
        for (String token : text.split("\\s+")) {
            if (!f.take(token)) {
                return null;
            }
        }
        if (f.month == 0 || f.day == null || f.year == null) {
            return null;
        }
        LocalDate day = f.month < 0
                ? DateFields.day(DateFields.fullYear(f.year), -f.month, DateFields.number(f.day))
                : DateFields.day(DateFields.fullYear(f.year), f.month, DateFields.number(f.day));
        ZoneId zone = f.zone == null ? ZoneOffset.UTC : DateZones.parse(f.zone);
        if (zone == null) {
            return null;
        }
        return DateFields.instant(day, f.hour(), f.minute, f.second, f.fraction, zone);
    }

    /** The fields met so far; {@code month} is negative when it came from a numeric Y/M/D token. */
    private static final class Fields {
        int month;
        String day;
        String year;
        Integer hour;
        int minute;
        int second;
        String fraction;
        String zone;
        String meridiem;

        boolean take(String token) throws ImpossibleField {
            String lower = token.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".") && lower.length() > 1) {
                lower = lower.substring(0, lower.length() - 1);
            }
            int m = nameIndex(MONTHS, lower);
            if (m >= 0) {
                if (month != 0) {
                    return false;
                }
                month = m + 1;
                return true;
            }
            if (nameIndex(WEEKDAYS, lower) >= 0) {
                return true;
            }
            if (DIGITS.matcher(token).matches()) {
                return number(token);
            }
            Matcher time = TIME.matcher(token);
            if (time.matches()) {
                return time(time);
            }
            Matcher slashed = SLASHED_DAY.matcher(token);
            if (slashed.matches()) {
                if (year != null || month != 0 || day != null) {
                    return false;
                }
                year = slashed.group(1);
                month = -Integer.parseInt(slashed.group(3));
                day = slashed.group(4);
                return true;
            }
            if (lower.equals("am") || lower.equals("pm") || lower.equals("a.m") || lower.equals("p.m")) {
                if (meridiem != null) {
                    return false;
                }
                meridiem = lower.substring(0, 1);
                return true;
            }
            return zone(token);
        }

        private boolean number(String token) {
            if (token.length() <= 2 && day == null) {
                day = token;
            } else if (year == null && (token.length() >= 3 || day != null)) {
                year = token;
            } else {
                return false;
            }
            return true;
        }

        private boolean time(Matcher m) {
            if (hour != null) {
                return false;
            }
            hour = Integer.parseInt(m.group(1));
            minute = Integer.parseInt(m.group(2));
            second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            fraction = m.group(4);
            return m.group(5) == null || zone(m.group(5));
        }

        private boolean zone(String token) {
            if (!DateZones.looksLikeZone(token)) {
                return false;
            }
            if (zone == null) {
                zone = token;
                return true;
            }
            // "GMT +0200": the name and its offset written apart
            String upper = zone.toUpperCase(Locale.ROOT);
            if ((upper.equals("GMT") || upper.equals("UTC") || upper.equals("UT"))
                    && (token.startsWith("+") || token.startsWith("-"))) {
                zone = token;
                return true;
            }
            return false;
        }

        int hour() throws ImpossibleField {
            int h = hour == null ? 0 : hour;
            if (meridiem == null) {
                return h;
            }
            if (hour == null || h < 1 || h > 12) {
                throw new ImpossibleField();
            }
            return meridiem.equals("p") ? h % 12 + 12 : h % 12;
        }
    }

    /** The index of the name that {@code token} abbreviates (at least three letters), or -1. */
    private static int nameIndex(List<String> names, String token) {
        if (token.length() < 3) {
            return -1;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).startsWith(token)) {
                return i;
            }
        }
        return -1;
    }
}
