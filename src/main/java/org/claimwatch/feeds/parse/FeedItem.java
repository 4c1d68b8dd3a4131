package org.claimwatch.feeds.parse;

import java.time.Instant;
import java.util.Objects;

/**
 * One feed entry. {@code guid} is the entry's id (its link when it has none), {@code url} is absolute http(s),
 * {@code contentHash} (SHA-256 hex) changes when the link, title, summary/content or dates change.
 * {@code title}, {@code published} and {@code updated} may be null. Immutable.
 */
public record FeedItem(String guid, String url, String title, Instant published, Instant updated, String contentHash) {

    public FeedItem {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
