package org.claimwatch.feeds.parse;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time zones as feeds write them: numeric offsets ({@code +0200}, {@code -01:01}, {@code +02}), {@code GMT+2},
 * IANA names ({@code Etc/GMT-2}, {@code Europe/Berlin}) and common abbreviations. Pure.
 */
final class DateZones {

    /** Thrown when a field has a date's form but a value no date can have; cheap, without a stack trace. */
    static final class ImpossibleField extends Exception {
        ImpossibleField() {
            super(null, null, false, false);
        }
    }

    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{1,2})(?::?(\\d{2}))?");
    private static final Pattern PREFIXED = Pattern.compile("(?i)(?:GMT|UTC|UT)([+-].*)");

    /**
     * Abbreviations read as fixed offsets. RFC 822's US zones, then the ones feeds commonly send; ambiguous ones
     * (IST: India, Ireland or Israel) are left out so they stay unreadable rather than wrong.
     */
    private static final Map<String, ZoneId> NAMES = Map.ofEntries(
            Map.entry("UT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("Z", ZoneOffset.UTC), Map.entry("ZULU", ZoneOffset.UTC), Map.entry("WET", ZoneOffset.UTC),
            Map.entry("EST", hours(-5)), Map.entry("EDT", hours(-4)), Map.entry("CST", hours(-6)),
            Map.entry("CDT", hours(-5)), Map.entry("MST", hours(-7)), Map.entry("MDT", hours(-6)),
            Map.entry("PST", hours(-8)), Map.entry("PDT", hours(-7)), Map.entry("AKST", hours(-9)),
            Map.entry("AKDT", hours(-8)), Map.entry("HST", hours(-10)), Map.entry("AST", hours(-4)),
            Map.entry("ADT", hours(-3)), Map.entry("NST", ZoneOffset.ofHoursMinutes(-3, -30)),
            Map.entry("NDT", ZoneOffset.ofHoursMinutes(-2, -30)), Map.entry("BST", hours(1)),
            Map.entry("WEST", hours(1)), Map.entry("CET", hours(1)), Map.entry("MET", hours(1)),
            Map.entry("CEST", hours(2)), Map.entry("MEST", hours(2)), Map.entry("EET", hours(2)),
            Map.entry("EEST", hours(3)), Map.entry("MSK", hours(3)), Map.entry("HKT", hours(8)),
            Map.entry("SGT", hours(8)), Map.entry("AWST", hours(8)), Map.entry("JST", hours(9)),
            Map.entry("KST", hours(9)), Map.entry("ACST", ZoneOffset.ofHoursMinutes(9, 30)),
            Map.entry("AEST", hours(10)), Map.entry("AEDT", hours(11)), Map.entry("NZST", hours(12)),
            Map.entry("NZDT", hours(13)),
            // the US generic names follow the region's daylight-saving rules: ET in July is EDT
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("CT", ZoneId.of("America/Chicago")),
            Map.entry("MT", ZoneId.of("America/Denver")), Map.entry("PT", ZoneId.of("America/Los_Angeles")));

    private DateZones() {
    }

    /** Whether {@code token} could be a zone (an offset sign, a known name, GMT+n, an IANA name). */
    static boolean looksLikeZone(String token) {
        if (token.isEmpty()) {
            return false;
        }
        char c = token.charAt(0);
        return c == '+' || c == '-' || token.indexOf('/') > 0 || PREFIXED.matcher(token).matches()
                || NAMES.containsKey(token.toUpperCase(Locale.ROOT)) || isMilitary(token);
    }

    /** The zone {@code text} names: UTC when empty, null when unknown. Throws for an offset out of range. */
    static ZoneId parse(String text) throws ImpossibleField {
        String z = text.strip();
        if (z.isEmpty()) {
            return ZoneOffset.UTC;
        }
        Matcher prefixed = PREFIXED.matcher(z);
        if (prefixed.matches()) {
            z = prefixed.group(1);
        }
        Matcher m = OFFSET.matcher(z);
        if (m.matches()) {
            return offset(m);
        }
        ZoneId named = NAMES.get(z.toUpperCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        if (isMilitary(z)) {
            // RFC 2822 4.3: RFC 822's military zones had their signs reversed, so they mean -0000
            return ZoneOffset.UTC;
        }
        if (z.indexOf('/') > 0) {
            try {
                return ZoneId.of(z.startsWith("etc/") ? "Etc/" + z.substring(4) : z);
            } catch (DateTimeException unknown) {
                return null;
            }
        }
        return null;
    }

    private static ZoneId offset(Matcher m) throws ImpossibleField {
        int h = Integer.parseInt(m.group(2));
        int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (h > 18 || min > 59 || h == 18 && min > 0) {
            throw new ImpossibleField();
        }
        int sign = m.group(1).equals("-") ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * h, sign * min);
    }

    private static boolean isMilitary(String z) {
        return z.length() == 1 && Character.isLetter(z.charAt(0)) && z.charAt(0) < 128
                && Character.toUpperCase(z.charAt(0)) != 'J';
    }

    private static ZoneOffset hours(int h) {
        return ZoneOffset.ofHours(h);
    }
}
