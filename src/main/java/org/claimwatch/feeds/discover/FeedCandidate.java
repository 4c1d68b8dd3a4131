package org.claimwatch.feeds.discover;

import java.util.Objects;

/**
 * A feed a page offers: absolute http(s) {@code url}, its {@code title} (may be null) and its media {@code type}
 * in lower case, e.g. {@code application/rss+xml}. Immutable.
 */
public record FeedCandidate(String url, String title, String type) {

    public FeedCandidate {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(type, "type");
    }
}
