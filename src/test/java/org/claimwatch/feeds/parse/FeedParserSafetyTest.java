package org.claimwatch.feeds.parse;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Entities are never expanded nor fetched, ROME's own defaults agree, and big inputs do not blow up. */
class FeedParserSafetyTest {

    private static final String FEED_URL = "https://safe.example/rss";

    private static ParsedFeed parse(String xml) throws FeedParseException {
        return FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml", FEED_URL);
    }

    @Test
    void fileEntityIsRefusedAndTheFileNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>&s;</title><link>https://safe.example/</link>"
                + "<description>d</description></channel></rss>";
        assertThatThrownBy(() -> parse(xml))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("entity declarations are not allowed")
                .hasMessageNotContaining("TOP-SECRET-MARKER");
    }

    @Test
    void externalDtdOnLoopbackIsNeverFetched() throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            int port = server.socket().getLocalPort();
            String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://127.0.0.1:" + port + "/evil.dtd\">"
                    + "<rss version=\"2.0\"><channel><title>t</title><link>https://safe.example/</link>"
                    + "<description>d</description><item><title>&e;</title><link>https://safe.example/1</link>"
                    + "</item></channel></rss>";
            ParsedFeed feed = parse(xml);
            assertThat(feed.items()).extracting(FeedItem::title).containsExactly("&e;");
            assertThat(server.accept()).as("connection to the DTD server").isNull();
        }
    }

    @Test
    void romesOwnInputRefusesDoctypesByDefault() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"EXPANDED\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title><link>https://safe.example/</link>"
                + "<description>d</description></channel></rss>";
        SyndFeedInput input = new SyndFeedInput();
        assertThat(input.isAllowDoctypes()).isFalse();
        assertThatThrownBy(() -> input.build(new StringReader(xml))).isInstanceOf(FeedException.class);
    }

    @Test
    void tenMegabyteFeedIsParsed() throws Exception {
        StringBuilder sb = new StringBuilder("<rss version=\"2.0\"><channel><title>Big</title>"
                + "<link>https://safe.example/</link><description>d</description>");
        String filler = "x".repeat(400);
        int items = 0;
        while (sb.length() < 10_000_000) {
            sb.append("<item><title>Item ").append(items).append("</title><link>https://safe.example/")
                    .append(items).append("</link><description>").append(filler).append("</description></item>");
            items++;
        }
        sb.append("</channel></rss>");
        assertThat(parse(sb.toString()).items()).hasSize(items);
    }

    @Test
    void tenMegabyteBrokenFeedGoesThroughTheLenientPath() throws Exception {
        StringBuilder sb = new StringBuilder("<rss version=\"2.0\"><channel><title>Big & broken</title>"
                + "<link>https://safe.example/</link><description>d</description>");
        String filler = "salt & pepper ".repeat(30);
        int items = 0;
        while (sb.length() < 10_000_000) {
            sb.append("<item><title>Item ").append(items).append("</title><link>https://safe.example/")
                    .append(items).append("</link><description>").append(filler).append("</description></item>");
            items++;
        }
        assertThat(parse(sb.toString()).items()).hasSize(items);
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        String xml = "<rss version=\"2.0\"><channel><title>Deep</title>" + "<x>".repeat(1_000_000);
        assertThatCodeReturnsFeedOrReadableError(xml);
    }

    @Test
    void tenMegabytesOfOneTextNodeIsParsed() throws Exception {
        String xml = "<rss version=\"2.0\"><channel><title>Long</title><link>https://safe.example/</link>"
                + "<description>d</description><item><title>One</title><link>https://safe.example/1</link>"
                + "<description>" + "y".repeat(10_000_000) + "</description></item></channel></rss>";
        assertThat(parse(xml).items()).hasSize(1);
    }

    private static void assertThatCodeReturnsFeedOrReadableError(String xml) {
        try {
            ParsedFeed feed = parse(xml);
            assertThat(feed.title()).isEqualTo("Deep");
        } catch (FeedParseException e) {
            assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(400);
        }
    }
}
