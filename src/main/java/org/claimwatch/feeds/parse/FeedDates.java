package org.claimwatch.feeds.parse;

import org.claimwatch.feeds.parse.DateZones.ImpossibleField;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Feed dates, strictly validated: numeric forms ({@link IsoDates}) first, then forms with a month name
 * ({@link TextDates}). An impossible date is never rolled over into another; what cannot be read keeps its raw
 * string. Pure and thread-safe.
 */
public final class FeedDates {

    private static final int MAX_LENGTH = 100;

    private FeedDates() {
    }

    /** Reads {@code raw} (may be null); null when it is null or blank. Yearless forms take the current UTC year. */
    public static FeedDate read(String raw) {
        return read(raw, Year.now(ZoneOffset.UTC).getValue());
    }

    /** Reads {@code raw} (may be null); null when it is null or blank; "--MM-DD" names a day of {@code currentYear}. */
    public static FeedDate read(String raw, int currentYear) {
        String s = FeedItems.blankToNull(raw);
        if (s == null) {
            return null;
        }
        if (s.length() > MAX_LENGTH) {
            return FeedDate.unreadable(s);
        }
        try {
            Instant instant = IsoDates.read(s, currentYear);
            if (instant == null) {
                instant = TextDates.read(s);
            }
            return instant == null ? FeedDate.unreadable(s) : FeedDate.parsed(s, instant);
        } catch (ImpossibleField e) {
            return FeedDate.impossible(s);
        }
    }

    /** The instant {@code text} names, or null when it is blank, impossible or unreadable. */
    static Instant parse(String text) {
        FeedDate date = read(text);
        return date == null ? null : date.instant();
    }

    static Instant of(Date date) {
        return date == null ? null : date.toInstant();
    }
}
