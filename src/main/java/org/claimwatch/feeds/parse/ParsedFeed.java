package org.claimwatch.feeds.parse;

import java.util.List;

/**
 * One parsed feed. {@code title} and {@code siteUrl} may be null; {@code items} keep document order. Immutable.
 */
public record ParsedFeed(String title, String siteUrl, List<FeedItem> items) {

    public ParsedFeed {
        items = List.copyOf(items);
    }
}
