package org.claimwatch.feeds.parse;

import java.util.List;

/**
 * One parsed feed. {@code title} and {@code siteUrl} may be null; {@code items} keep document order;
 * {@code skippedWithoutLink} counts the entries dropped because no http(s) link could be made for them. Immutable.
 */
public record ParsedFeed(String title, String siteUrl, List<FeedItem> items, int skippedWithoutLink) {

    public ParsedFeed {
        items = List.copyOf(items);
    }

    public ParsedFeed(String title, String siteUrl, List<FeedItem> items) {
        this(title, siteUrl, items, 0);
    }

    /**
     * Readable warnings for the feed's status, empty when there is nothing to say: "all 12 items skipped: no link",
     * "3 items with unreadable dates", "1 item with an impossible date".
     */
    public List<String> warnings() {
        return FeedWarnings.of(this);
    }
}
