package org.claimwatch.feeds.parse;

import java.time.Instant;
import java.util.Objects;

/**
 * One feed entry. {@code guid} is the entry's id (its link when it has none), {@code url} is absolute http(s),
 * {@code contentHash} (SHA-256 hex) changes when the link, title, summary/content or dates change.
 * {@code title}, {@code publishedDate} and {@code updatedDate} may be null; a date that could not be read keeps its
 * raw string there, with a null instant. Immutable.
 */
public record FeedItem(String guid, String url, String title, FeedDate publishedDate, FeedDate updatedDate,
                       String contentHash) {

    public FeedItem {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** The publication instant, or null when absent, impossible or unreadable. */
    public Instant published() {
        return publishedDate == null ? null : publishedDate.instant();
    }

    /** The update instant, or null when absent, impossible or unreadable. */
    public Instant updated() {
        return updatedDate == null ? null : updatedDate.instant();
    }

    /** Whether a date is present that could not be read as an instant (impossible or unreadable). */
    public boolean hasDateOutcome(FeedDate.Outcome outcome) {
        return publishedDate != null && publishedDate.outcome() == outcome
                || updatedDate != null && updatedDate.outcome() == outcome;
    }
}
