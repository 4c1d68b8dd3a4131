package org.claimwatch.feeds.parse;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Feed forms from Atom (RFC 4287, Atom 0.3), RSS 2.0, RSS 1.0 with Dublin Core and XML Base, with literal inputs. */
class FeedFormsTest {

    private static final String FEED_URL = "https://news.example.com/feeds/main.xml";

    private static ParsedFeed parse(String body) throws FeedParseException {
        return FeedParser.parse(body.getBytes(StandardCharsets.UTF_8), null, FEED_URL);
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void atom03TitlesInBase64ModeAreDecoded() throws Exception {
        ParsedFeed feed = parse("""
                <feed version="0.3" xmlns="http://purl.org/atom/ns#">
                  <title mode="base64">%s</title><link rel="alternate" type="text/html" href="https://o.example/"/>
                  <entry><title type="text/html" mode="base64">%s</title>
                    <link rel="alternate" type="text/html" href="https://o.example/e/1"/>
                    <id>tag:o.example,2024:1</id><issued>2024-01-01T08:00:00Z</issued></entry>
                </feed>""".formatted(b64("Old Atom news"), b64("Council <b>votes</b> 7-2")));
        assertThat(feed.title()).isEqualTo("Old Atom news");
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Council votes 7-2");
    }

    @Test
    void atom10TitlesWithTypeBase64AreDecoded() throws Exception {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title type="base64">%s</title><id>urn:f</id>
                  <entry><title type="base64">%s</title><link href="https://a.example/1"/><id>urn:1</id>
                  <updated>2024-05-01T11:00:00Z</updated></entry></feed>""".formatted(b64("Base news"), b64("Rates up")));
        assertThat(feed.title()).isEqualTo("Base news");
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Rates up");
    }

    @Test
    void base64ContentChangesTheHashLikeItsDecodedText() throws Exception {
        String template = """
                <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>t</title>
                  <entry><title>Same</title><link rel="alternate" href="https://o.example/1"/><id>urn:1</id>
                    <content type="text/plain" mode="base64">%s</content></entry></feed>""";
        FeedItem four = parse(template.formatted(b64("Four people died."))).items().get(0);
        FeedItem five = parse(template.formatted(b64("Five people died."))).items().get(0);
        assertThat(four.contentHash()).isNotEqualTo(five.contentHash());
    }

    @Test
    void rssChannelWithoutTitleTakesDcTitle() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
                  <dc:title>Dublin Core Daily</dc:title><link>https://d.example/</link><description>d</description>
                  <item><dc:title>Only a dc:title</dc:title><link>https://d.example/1</link></item>
                </channel></rss>""");
        assertThat(feed.title()).isEqualTo("Dublin Core Daily");
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Only a dc:title");
    }

    @Test
    void rdfChannelWithoutTitleTakesDcTitle() throws Exception {
        ParsedFeed feed = parse("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://r.example/"><dc:title>RDF by DC</dc:title><link>https://r.example/</link>
                    <description>d</description></channel>
                  <item rdf:about="https://r.example/9"><title>Flood</title><link>https://r.example/9</link></item>
                </rdf:RDF>""");
        assertThat(feed.title()).isEqualTo("RDF by DC");
    }

    @Test
    void atomLinkGivenAsElementTextIsTheItemUrl() throws Exception {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:f</id>
                  <link>https://text.example/</link>
                  <entry><title>Text link</title><link>https://text.example/story/1</link><id>urn:1</id>
                  <updated>2024-05-01T11:00:00Z</updated></entry></feed>""");
        assertThat(feed.siteUrl()).isEqualTo("https://text.example/");
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly("https://text.example/story/1");
    }

    @Test
    void atomLinkPriorityPrefersAlternateHtmlOverSelfEnclosureAndOtherTypes() throws Exception {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:f</id>
                  <link rel="self" href="https://p.example/feed.xml"/><link href="https://p.example/"/>
                  <entry><title>A</title><id>urn:1</id><updated>2024-05-01T11:00:00Z</updated>
                    <link rel="self" href="https://p.example/entries/1.atom"/>
                    <link rel="enclosure" href="https://p.example/1.mp3"/>
                    <link rel="alternate" type="application/pdf" href="https://p.example/1.pdf"/>
                    <link rel="alternate" type="text/html" href="https://p.example/1.html"/></entry>
                  <entry><title>B</title><id>urn:2</id><updated>2024-05-01T11:00:00Z</updated>
                    <link rel="edit" href="https://p.example/edit/2"/><link href="https://p.example/2.html"/></entry>
                  <entry><title>C</title><id>urn:3</id><updated>2024-05-01T11:00:00Z</updated>
                    <link rel="related" href="https://other.example/c"/>
                    <link rel="http://www.iana.org/assignments/relation/alternate" href="https://p.example/3.html"/>
                  </entry>
                </feed>""");
        assertThat(feed.siteUrl()).isEqualTo("https://p.example/");
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly(
                "https://p.example/1.html", "https://p.example/2.html", "https://p.example/3.html");
    }

    @Test
    void atomXmlBaseAppliesOnEveryLevel() throws Exception {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example/root/">
                  <title>t</title><id>urn:f</id><link href="home/"/>
                  <entry xml:base="section/"><title>A</title><id>urn:1</id><updated>2024-05-01T11:00:00Z</updated>
                    <link href="a.html"/></entry>
                  <entry><title>B</title><id>urn:2</id><updated>2024-05-01T11:00:00Z</updated>
                    <link xml:base="/other/" href="b.html"/></entry>
                  <entry xml:base="https://elsewhere.example/x/"><title>C</title><id>urn:3</id>
                    <updated>2024-05-01T11:00:00Z</updated><link href="../c.html"/></entry>
                </feed>""");
        assertThat(feed.siteUrl()).isEqualTo("https://base.example/root/home/");
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly(
                "https://base.example/root/section/a.html", "https://base.example/other/b.html",
                "https://elsewhere.example/c.html");
    }

    @Test
    void relativeXmlBaseResolvesAgainstTheFeedUrl() throws Exception {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="/news/"><title>t</title><id>urn:f</id>
                  <entry><title>A</title><id>urn:1</id><updated>2024-05-01T11:00:00Z</updated>
                    <link href="a.html"/></entry></feed>""");
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly("https://news.example.com/news/a.html");
    }

    @Test
    void rssXmlBaseOnChannelAndItem() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel xml:base="https://cdn.example/site/"><title>T</title><link>./</link>
                  <description>d</description>
                  <item><title>A</title><link>a.html</link></item>
                  <item xml:base="https://other.example/"><title>B</title><link>b.html</link></item>
                </channel></rss>""");
        assertThat(feed.siteUrl()).isEqualTo("https://cdn.example/site/");
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly(
                "https://cdn.example/site/a.html", "https://other.example/b.html");
    }

    @Test
    void rssRelativeLinksAndPermalinkGuidsResolveAgainstTheFeedUrl() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>T</title><link>/</link><description>d</description>
                  <item><title>A</title><link>../2024/a.html</link></item>
                  <item><title>B</title><guid isPermaLink="true">/2024/b.html</guid></item>
                  <item><title>C</title><link>//cdn.news.example.com/c.html</link></item>
                  <item><title>D</title><link>?id=4</link></item>
                </channel></rss>""");
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly(
                "https://news.example.com/2024/a.html", "https://news.example.com/2024/b.html",
                "https://cdn.news.example.com/c.html", "https://news.example.com/feeds/main.xml?id=4");
    }

    @Test
    void brokenAtomStillHonoursXmlBaseAndTextLinks() throws Exception {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://b.example/dir/"><title>Tom & Jerry</title>
                  <entry><title>A & B</title><id>urn:1</id><link href="a.html"/></entry>
                  <entry><title>C</title><id>urn:2</id><link>https://b.example/c.html</link></entry>
                </feed>""");
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly(
                "https://b.example/dir/a.html", "https://b.example/c.html");
    }
}
