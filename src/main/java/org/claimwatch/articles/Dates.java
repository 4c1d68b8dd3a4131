package org.claimwatch.articles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the day of an article's published time as metadata states it (ISO-8601), or null. */
final class Dates {

    private Dates() {
    }

    static LocalDate day(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return OffsetDateTime.parse(published).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(published.substring(0, 10));
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
