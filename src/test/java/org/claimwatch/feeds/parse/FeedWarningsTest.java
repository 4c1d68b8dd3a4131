package org.claimwatch.feeds.parse;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A feed's status warnings: skipped items and dates that could not be read, with raw strings kept. */
class FeedWarningsTest {

    private static ParsedFeed parse(String body) throws FeedParseException {
        return FeedParser.parse(body.getBytes(StandardCharsets.UTF_8), null, "https://w.example/feed.xml");
    }

    @Test
    void aFeedWhoseItemsAllLackALinkSaysSoInsteadOfLookingEmpty() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>T</title><link>https://w.example/</link><description>d</description>
                <item><title>A</title><guid isPermaLink="false">a</guid></item>
                <item><title>B</title></item>
                <item><title>C</title><link>mailto:desk@w.example</link></item>
                </channel></rss>""");
        assertThat(feed.items()).isEmpty();
        assertThat(feed.skippedWithoutLink()).isEqualTo(3);
        assertThat(feed.warnings()).containsExactly("all 3 items skipped: no link");
    }

    @Test
    void someSkippedItemsAreCounted() throws Exception {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:f</id>
                  <entry><title>A</title><id>urn:1</id><link rel="self" href="https://w.example/1.atom"/></entry>
                  <entry><title>B</title><id>urn:2</id><link href="https://w.example/2"/></entry></feed>""");
        assertThat(feed.warnings()).containsExactly("1 item skipped: no link");
    }

    @Test
    void unreadableAndImpossibleDatesAreCountedAndKeepTheirRawString() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>T</title><link>https://w.example/</link><description>d</description>
                <item><link>https://w.example/1</link><pubDate>last Tuesday</pubDate></item>
                <item><link>https://w.example/2</link><pubDate>Thu, 01 Jan 2004 19:48:21 IST</pubDate></item>
                <item><link>https://w.example/3</link><pubDate>Tue, 31 Jun 2009 12:00:00 GMT</pubDate></item>
                <item><link>https://w.example/4</link><pubDate>Tue, 30 Jun 2009 12:00:00 GMT</pubDate></item>
                </channel></rss>""");
        assertThat(feed.warnings()).containsExactly("2 items with unreadable dates", "1 item with an impossible date");
        FeedItem first = feed.items().get(0);
        assertThat(first.published()).isNull();
        assertThat(first.publishedDate().raw()).isEqualTo("last Tuesday");
        assertThat(first.publishedDate().outcome()).isEqualTo(FeedDate.Outcome.UNREADABLE);
        assertThat(feed.items().get(2).publishedDate().outcome()).isEqualTo(FeedDate.Outcome.IMPOSSIBLE);
    }

    @Test
    void aCleanFeedHasNoWarnings() throws Exception {
        ParsedFeed feed = parse("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "t",
                 "items": [{"id": "1", "url": "https://w.example/1", "date_published": "2024-06-01T09:00:00Z"}]}""");
        assertThat(feed.warnings()).isEmpty();
    }
}
