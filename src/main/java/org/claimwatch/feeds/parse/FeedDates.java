package org.claimwatch.feeds.parse;

import com.rometools.rome.io.impl.DateParser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

/** Lenient parsing of feed dates: RFC 3339/ISO 8601, RFC 822/1123, then ROME's list of masks. */
final class FeedDates {

    private FeedDates() {
    }

    /** The instant {@code text} names, or null when it is blank or unparseable. */
    static Instant parse(String text) {
        String s = FeedItems.blankToNull(text);
        if (s == null || s.length() > 100) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        Date date = DateParser.parseDate(s, Locale.US);
        return date == null ? null : date.toInstant();
    }

    static Instant of(Date date) {
        return date == null ? null : date.toInstant();
    }
}
