package org.claimwatch.feeds.parse;

import org.claimwatch.feeds.parse.DateZones.ImpossibleField;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Date fields checked one by one, never rolled over: 31 June, hour 25 or year 12004 are impossible, not another
 * date. Pure.
 */
final class DateFields {

    private DateFields() {
    }

    /** The day, checked: a four-digit year from 1, a month 1–12, a day that exists in that month. */
    static LocalDate day(int year, int month, int day) throws ImpossibleField {
        checkYear(year);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new ImpossibleField();
        }
    }

    /** The {@code ordinal}th day of {@code year} (1–365, or 366 in a leap year). */
    static LocalDate ordinalDay(int year, int ordinal) throws ImpossibleField {
        checkYear(year);
        try {
            return LocalDate.ofYearDay(year, ordinal);
        } catch (DateTimeException e) {
            throw new ImpossibleField();
        }
    }

    /**
     * The instant of a wall-clock time on {@code day} in {@code zone}. Hour 0–23, minute 0–59, second 0–59; a leap
     * second (23:59:60, RFC 3339) is read as 23:59:59. {@code fraction} is the digits after the decimal mark (may be
     * null), of any length: ".1234" is 123.4 ms.
     */
    static Instant instant(LocalDate day, int hour, int minute, int second, String fraction, ZoneId zone)
            throws ImpossibleField {
        if (hour > 23 || minute > 59 || second > 60 || second == 60 && (hour != 23 || minute != 59)) {
            throw new ImpossibleField();
        }
        LocalDateTime time = day.atTime(hour, minute, Math.min(second, 59), nanos(fraction));
        return time.atZone(zone).toInstant();
    }

    /** A two- or three-digit year as RFC 2822 4.3 reads it: 00–49 are 2000–2049, 50–999 are 1950–2899. */
    static int fullYear(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return y < 50 ? 2000 + y : 1900 + y;
        }
        return digits.length() == 3 ? 1900 + y : y;
    }

    /** An all-digit field as a number, or a number too large to be valid when it has more than nine digits. */
    static int number(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        if (fraction == null || fraction.isEmpty()) {
            return 0;
        }
        String nine = fraction.length() >= 9 ? fraction.substring(0, 9) : fraction + "0".repeat(9 - fraction.length());
        return Integer.parseInt(nine);
    }

    private static void checkYear(int year) throws ImpossibleField {
        if (year < 1 || year > 9999) {
            throw new ImpossibleField();
        }
    }
}
