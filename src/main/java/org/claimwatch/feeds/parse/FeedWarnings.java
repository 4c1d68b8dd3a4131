package org.claimwatch.feeds.parse;

import java.util.ArrayList;
import java.util.List;

/** The readable warnings of a parsed feed (see {@link ParsedFeed#warnings()}). Pure. */
final class FeedWarnings {

    private FeedWarnings() {
    }

    static List<String> of(ParsedFeed feed) {
        List<String> out = new ArrayList<>();
        int skipped = feed.skippedWithoutLink();
        if (skipped > 0) {
            out.add(feed.items().isEmpty()
                    ? (skipped == 1 ? "the only item was skipped: no link" : "all " + skipped + " items skipped: no link")
                    : count(skipped, "item", "items") + " skipped: no link");
        }
        int unreadable = 0;
        int impossible = 0;
        for (FeedItem item : feed.items()) {
            unreadable += item.hasDateOutcome(FeedDate.Outcome.UNREADABLE) ? 1 : 0;
            impossible += item.hasDateOutcome(FeedDate.Outcome.IMPOSSIBLE) ? 1 : 0;
        }
        if (unreadable > 0) {
            out.add(unreadable == 1 ? "1 item with an unreadable date" : unreadable + " items with unreadable dates");
        }
        if (impossible > 0) {
            out.add(impossible == 1 ? "1 item with an impossible date" : impossible + " items with impossible dates");
        }
        return List.copyOf(out);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
