package org.claimwatch.feeds.parse;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FeedParserFormatsTest {

    private static final String FEED_URL = "https://news.example.com/feeds/main.xml";

    private static ParsedFeed parse(String body, String contentType) throws FeedParseException {
        return FeedParser.parse(body.getBytes(StandardCharsets.UTF_8), contentType, FEED_URL);
    }

    @Test
    void rss091WithNetscapeDoctypeIsParsedWithoutLoadingTheDtd() throws Exception {
        ParsedFeed feed = parse("""
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Old Times</title><link>https://old.example.com/</link>
                <description>d</description><language>en</language>
                <item><title>Council votes</title><link>https://old.example.com/a/1</link>
                <description>The council voted 7-2.</description></item>
                </channel></rss>""", "text/xml");
        assertThat(feed.title()).isEqualTo("Old Times");
        assertThat(feed.siteUrl()).isEqualTo("https://old.example.com/");
        assertThat(feed.items()).extracting(FeedItem::guid, FeedItem::url, FeedItem::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "https://old.example.com/a/1", "https://old.example.com/a/1", "Council votes"));
    }

    @Test
    void rss092ItemsAreRead() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="0.92"><channel><title>T</title><link>https://a.example/</link><description>d</description>
                <item><title>One</title><link>https://a.example/1</link></item>
                <item><title>Two</title><link>https://a.example/2</link></item>
                </channel></rss>""", null);
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly("https://a.example/1", "https://a.example/2");
    }

    @Test
    void rss10RdfItemsUseDcDate() throws Exception {
        ParsedFeed feed = parse("""
                <?xml version="1.0" encoding="utf-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://r.example/"><title>RDF news</title><link>https://r.example/</link>
                    <description>d</description></channel>
                  <item rdf:about="https://r.example/story/9"><title>Flood</title><link>https://r.example/story/9</link>
                    <dc:date>2024-03-01T10:15:00Z</dc:date></item>
                </rdf:RDF>""", "application/rdf+xml");
        assertThat(feed.title()).isEqualTo("RDF news");
        FeedItem item = feed.items().get(0);
        assertThat(item.url()).isEqualTo("https://r.example/story/9");
        assertThat(item.published()).isEqualTo(Instant.parse("2024-03-01T10:15:00Z"));
    }

    @Test
    void rss20GuidIsKeptAndPubDateParsed() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>T</title><link>https://a.example/</link><description>d</description>
                <item><title>Budget</title><link>https://a.example/budget?x=1</link>
                <guid isPermaLink="false">budget-2024-42</guid>
                <pubDate>Tue, 05 Mar 2024 14:30:00 GMT</pubDate></item>
                </channel></rss>""", "application/rss+xml; charset=utf-8");
        FeedItem item = feed.items().get(0);
        assertThat(item.guid()).isEqualTo("budget-2024-42");
        assertThat(item.url()).isEqualTo("https://a.example/budget?x=1");
        assertThat(item.published()).isEqualTo(Instant.parse("2024-03-05T14:30:00Z"));
    }

    @Test
    void rss20PermalinkGuidWithoutLinkBecomesTheUrl() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>T</title><link>https://a.example/</link><description>d</description>
                <item><title>Only guid</title><guid>https://a.example/only-guid</guid></item>
                </channel></rss>""", null);
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly("https://a.example/only-guid");
    }

    @Test
    void rss20RelativeLinksResolveAgainstTheFeedUrl() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>T</title><link>/</link><description>d</description>
                <item><title>A</title><link>/politics/a.html</link></item>
                <item><title>B</title><link>b.html</link></item>
                </channel></rss>""", null);
        assertThat(feed.siteUrl()).isEqualTo("https://news.example.com/");
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly(
                "https://news.example.com/politics/a.html", "https://news.example.com/feeds/b.html");
    }

    @Test
    void itemsWithoutAnyHttpLinkAreDropped() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>T</title><link>https://a.example/</link><description>d</description>
                <item><title>No link</title><guid isPermaLink="false">x-1</guid></item>
                <item><title>Script</title><link>javascript:alert(1)</link></item>
                <item><title>Ok</title><link>https://a.example/ok</link></item>
                </channel></rss>""", null);
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Ok");
    }

    @Test
    void atom03IssuedAndModifiedAreRead() throws Exception {
        ParsedFeed feed = parse("""
                <feed version="0.3" xmlns="http://purl.org/atom/ns#">
                  <title>Atom 0.3</title><link rel="alternate" type="text/html" href="https://o.example/"/>
                  <modified>2024-01-02T00:00:00Z</modified>
                  <entry><title>Entry</title><link rel="alternate" type="text/html" href="https://o.example/e/1"/>
                    <id>tag:o.example,2024:1</id><issued>2024-01-01T08:00:00Z</issued>
                    <modified>2024-01-01T09:00:00Z</modified></entry>
                </feed>""", "application/atom+xml");
        assertThat(feed.title()).isEqualTo("Atom 0.3");
        FeedItem item = feed.items().get(0);
        assertThat(item.guid()).isEqualTo("tag:o.example,2024:1");
        assertThat(item.url()).isEqualTo("https://o.example/e/1");
        assertThat(item.published()).isEqualTo(Instant.parse("2024-01-01T08:00:00Z"));
        assertThat(item.updated()).isEqualTo(Instant.parse("2024-01-01T09:00:00Z"));
    }

    @Test
    void atom10EntryWithRelativeLinkAndDates() throws Exception {
        ParsedFeed feed = parse("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Atom news</title><link href="https://news.example.com/"/><id>urn:x</id>
                  <updated>2024-05-01T12:00:00Z</updated>
                  <entry><title>Election</title><link rel="alternate" href="/2024/05/election"/>
                    <link rel="enclosure" href="https://cdn.example/x.mp3"/>
                    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                    <published>2024-05-01T10:00:00+02:00</published><updated>2024-05-01T11:00:00Z</updated>
                    <summary>Turnout was 61%.</summary></entry>
                </feed>""", "application/atom+xml");
        FeedItem item = feed.items().get(0);
        assertThat(item.guid()).isEqualTo("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
        assertThat(item.url()).isEqualTo("https://news.example.com/2024/05/election");
        assertThat(item.published()).isEqualTo(Instant.parse("2024-05-01T08:00:00Z"));
        assertThat(item.updated()).isEqualTo(Instant.parse("2024-05-01T11:00:00Z"));
    }

    @Test
    void atomUpdatedDateAloneChangesTheContentHash() throws Exception {
        String template = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:f</id><updated>%s</updated>
                  <entry><title>Same</title><link href="https://a.example/1"/><id>urn:1</id>
                  <updated>%s</updated><summary>Same text.</summary></entry></feed>""";
        FeedItem before = parse(template.formatted("2024-05-01T11:00:00Z", "2024-05-01T11:00:00Z"), null).items().get(0);
        FeedItem after = parse(template.formatted("2024-05-01T11:00:00Z", "2024-05-02T09:00:00Z"), null).items().get(0);
        assertThat(after.guid()).isEqualTo(before.guid());
        assertThat(after.contentHash()).isNotEqualTo(before.contentHash());
    }

    @Test
    void summaryChangeAloneChangesTheContentHash() throws Exception {
        String template = """
                <rss version="2.0"><channel><title>T</title><link>https://a.example/</link><description>d</description>
                <item><title>Same</title><link>https://a.example/1</link><description>%s</description></item>
                </channel></rss>""";
        FeedItem before = parse(template.formatted("Four people died."), null).items().get(0);
        FeedItem after = parse(template.formatted("Five people died."), null).items().get(0);
        assertThat(after.contentHash()).isNotEqualTo(before.contentHash());
    }

    @Test
    void jsonFeed11ItemsAreRead() throws Exception {
        ParsedFeed feed = parse("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "JSON news",
                 "home_page_url": "https://j.example/",
                 "items": [
                   {"id": "42", "url": "https://j.example/42", "title": "Rates", "content_text": "Up 0.25 points.",
                    "date_published": "2024-06-01T09:00:00-04:00", "date_modified": "2024-06-01T15:00:00Z"},
                   {"id": "43", "external_url": "/43", "content_html": "<p>No title</p>"}
                 ]}""", "application/feed+json");
        assertThat(feed.title()).isEqualTo("JSON news");
        assertThat(feed.siteUrl()).isEqualTo("https://j.example/");
        assertThat(feed.items()).extracting(FeedItem::guid).containsExactly("42", "43");
        FeedItem first = feed.items().get(0);
        assertThat(first.published()).isEqualTo(Instant.parse("2024-06-01T13:00:00Z"));
        assertThat(first.updated()).isEqualTo(Instant.parse("2024-06-01T15:00:00Z"));
        assertThat(feed.items().get(1).url()).isEqualTo("https://news.example.com/43");
        assertThat(feed.items().get(1).title()).isNull();
    }

    @Test
    void jsonFeed10WithoutIdFallsBackToUrl() throws Exception {
        ParsedFeed feed = parse("""
                {"version": "https://jsonfeed.org/version/1", "title": "t",
                 "items": [{"url": "https://j.example/a", "title": "A"}]}""", "application/json");
        assertThat(feed.items()).extracting(FeedItem::guid).containsExactly("https://j.example/a");
    }

    @Test
    void jsonWithoutItemsIsNotAFeed() {
        assertThat(error("{\"name\": \"not a feed\"}", "application/json"))
                .isEqualTo("not a feed: the JSON has no \"items\" list, so it is not a JSON Feed");
    }

    @Test
    void brokenJsonNamesTheLine() {
        assertThat(error("{\"version\": \"https://jsonfeed.org/version/1.1\",\n\"items\": [,]}", "application/json"))
                .startsWith("malformed JSON at line 2, column");
    }

    @Test
    void unescapedAmpersandsAreRepairedLeniently() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>Tom & Jerry News</title><link>https://t.example/</link>
                <description>d</description>
                <item><title>Salt & pepper</title><link>https://t.example/a?x=1&y=2</link></item>
                </channel></rss>""", null);
        assertThat(feed.title()).isEqualTo("Tom & Jerry News");
        assertThat(feed.items()).extracting(FeedItem::title, FeedItem::url).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Salt & pepper", "https://t.example/a?x=1&y=2"));
    }

    @Test
    void missingCloseTagsAreRepairedLeniently() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>T</title><link>https://t.example/</link><description>d</description>
                <item><title>First</title><link>https://t.example/1</link>
                <item><title>Second</title><link>https://t.example/2</link></item>
                """, null);
        assertThat(feed.items()).extracting(FeedItem::url).contains("https://t.example/1", "https://t.example/2");
    }

    @Test
    void htmlEntitiesUndefinedInXmlAreDecodedLeniently() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>Caf&eacute;&nbsp;news</title><link>https://c.example/</link>
                <description>d</description>
                <item><title>Cr&egrave;me</title><link>https://c.example/1</link></item></channel></rss>""", null);
        assertThat(feed.title()).isEqualTo("Café\u00a0news");
        assertThat(feed.items().get(0).title()).isEqualTo("Crème");
    }

    @Test
    void junkBeforeTheXmlIsSkipped() throws Exception {
        ParsedFeed feed = parse("""
                Warning: headers already sent in /var/www/feed.php on line 3
                <?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://p.example/</link>
                <description>d</description><item><title>A</title><link>https://p.example/a</link></item>
                </channel></rss>""", "text/xml");
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly("https://p.example/a");
    }

    @Test
    void repeatedGuidsKeepTheFirstItem() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>T</title><link>https://a.example/</link><description>d</description>
                <item><title>First</title><link>https://a.example/1</link></item>
                <item><title>Again</title><link>https://a.example/1</link></item>
                </channel></rss>""", null);
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("First");
    }

    private static String error(String body, String contentType) {
        try {
            parse(body, contentType);
        } catch (FeedParseException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a FeedParseException");
    }
}
