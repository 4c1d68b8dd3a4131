package org.claimwatch.feeds.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Gathers a feed's items as a reader finds them: later repeats of a guid dropped, link-less items counted. */
final class FeedCollector {

    private final List<FeedItem> items = new ArrayList<>();
    private final Set<String> guids = new HashSet<>();
    private int skippedWithoutLink;

    /** Adds {@code item} unless its guid came before; an empty one is an entry without a usable link. */
    void offer(Optional<FeedItem> item) {
        if (item.isEmpty()) {
            skippedWithoutLink++;
        } else if (guids.add(item.get().guid())) {
            items.add(item.get());
        }
    }

    ParsedFeed feed(String title, String siteUrl) {
        return new ParsedFeed(title, siteUrl, items, skippedWithoutLink);
    }
}
