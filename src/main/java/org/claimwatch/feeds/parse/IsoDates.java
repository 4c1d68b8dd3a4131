package org.claimwatch.feeds.parse;

import org.claimwatch.feeds.parse.DateZones.ImpossibleField;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numeric dates: RFC 3339, W3C-DTF (year, year-month, day, minutes, seconds, fractions), ISO 8601 extended and basic
 * forms, ordinal days, the old two-digit-year and truncated forms of ISO 8601:1988/2000, SQL timestamps
 * ("2004-07-08 23:56:58") and Y/M/D with slashes. Pure.
 *
 * <p>Readings chosen for ambiguous forms: two digit pairs "03-12" are YY-MM (ISO 8601:2000 5.2.1.3), never MM-DD;
 * six digits are YYMMDD, five are YYDDD; a two-digit year takes RFC 2822's century rule (00–49 → 20xx); a date
 * without a zone is UTC; "--MM-DD" is that day of {@code currentYear}. Day-first or month-first forms with slashes
 * ("01/02/2004") are not read: either reading could be wrong.
 */
final class IsoDates {

    private static final Pattern YMD = Pattern.compile("(\\d{4,})([-/])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern YM = Pattern.compile("(\\d{4,})-(\\d{2})");
    private static final Pattern YO = Pattern.compile("(\\d{4,})-(\\d{3})");
    private static final Pattern BASIC_YMD = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern BASIC_YO = Pattern.compile("(\\d{4})(\\d{3})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YY_MD = Pattern.compile("(\\d{2})(-?)(\\d{2})\\2(\\d{2})");
    private static final Pattern YY_O = Pattern.compile("(\\d{2})-?(\\d{3})");
    private static final Pattern YY_M = Pattern.compile("-?(\\d{2})-(\\d{2})|-(\\d{2})(\\d{2})");
    private static final Pattern MD = Pattern.compile("--(\\d{2})-?(\\d{2})");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?(.*)|(\\d{2})(\\d{2})(?:(\\d{2})(?:[.,](\\d+))?)?(.*)");

    private IsoDates() {
    }

    /** The instant, or null when {@code s} has no numeric date form. Throws when the form fits but a field cannot be. */
    static Instant read(String s, int currentYear) throws ImpossibleField {
        int end = 0;
        while (end < s.length() && isDatePart(s.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return null;
        }
        String date = s.substring(0, end);
        String rest = s.substring(end);
        LocalDate day = fullDay(date, currentYear);
        if (day == null) {
            return rest.isEmpty() ? partialDay(date) : null;
        }
        if (rest.isEmpty()) {
            return day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        }
        char sep = rest.charAt(0);
        if (sep != 'T' && sep != 't' && !Character.isWhitespace(sep)) {
            return null;
        }
        return time(day, rest.substring(1).strip());
    }

    private static boolean isDatePart(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '/';
    }

    private static LocalDate fullDay(String d, int currentYear) throws ImpossibleField {
        Matcher m;
        if ((m = YMD.matcher(d)).matches()) {
            return DateFields.day(DateFields.number(m.group(1)), num(m, 3), num(m, 4));
        }
        if ((m = YO.matcher(d)).matches()) {
            return DateFields.ordinalDay(DateFields.number(m.group(1)), num(m, 2));
        }
        if ((m = BASIC_YMD.matcher(d)).matches()) {
            return DateFields.day(num(m, 1), num(m, 2), num(m, 3));
        }
        if ((m = BASIC_YO.matcher(d)).matches()) {
            return DateFields.ordinalDay(num(m, 1), num(m, 2));
        }
        if ((m = YY_MD.matcher(d)).matches()) {
            return DateFields.day(DateFields.fullYear(m.group(1)), num(m, 3), num(m, 4));
        }
        if ((m = YY_O.matcher(d)).matches()) {
            return DateFields.ordinalDay(DateFields.fullYear(m.group(1)), num(m, 2));
        }
        if ((m = MD.matcher(d)).matches()) {
            return DateFields.day(currentYear, num(m, 1), num(m, 2));
        }
        return null;
    }

    /** Year-month and year alone (W3C-DTF's coarser precisions), read as their first day. */
    private static Instant partialDay(String d) throws ImpossibleField {
        Matcher m;
        LocalDate day = null;
        if ((m = YM.matcher(d)).matches()) {
            day = DateFields.day(DateFields.number(m.group(1)), num(m, 2), 1);
        } else if ((m = YY_M.matcher(d)).matches()) {
            int g = m.group(1) != null ? 1 : 3;
            day = DateFields.day(DateFields.fullYear(m.group(g)), num(m, g + 1), 1);
        } else if (YEAR.matcher(d).matches()) {
            day = DateFields.day(Integer.parseInt(d), 1, 1);
        }
        return day == null ? null : day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    private static Instant time(LocalDate day, String t) throws ImpossibleField {
        Matcher m = TIME.matcher(t);
        if (!m.matches()) {
            return null;
        }
        int g = m.group(1) != null ? 1 : 6;
        ZoneId zone = DateZones.parse(m.group(g + 4));
        if (zone == null) {
            return null;
        }
        int second = m.group(g + 2) == null ? 0 : num(m, g + 2);
        return DateFields.instant(day, num(m, g), num(m, g + 1), second, m.group(g + 3), zone);
    }

    private static int num(Matcher m, int group) {
        return DateFields.number(m.group(group));
    }
}
