package org.claimwatch.feeds.parse;

import org.claimwatch.net.BlockedAddressException;
import org.claimwatch.net.NetworkGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs every file of src/test/resources/hostile through FeedParser and checks the outcome listed for it. */
class HostileCorpusTest {

    private static final String FEED_URL = "https://hostile.example/feeds/rss.xml";
    private static final List<String> EXPANSION_MARKERS =
            List.of("root:", "EXPANDED-ENTITY", "lollol", "aaaaaaaaaa", "xxe-secret");

    static Stream<String> corpus() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("EXPECTED.properties"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static Path dir() throws URISyntaxException {
        return Path.of(HostileCorpusTest.class.getResource("/hostile/EXPECTED.properties").toURI()).getParent();
    }

    private static Properties expected() throws IOException {
        Properties p = new Properties();
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/hostile/EXPECTED.properties")) {
            p.load(in);
        }
        return p;
    }

    static ParsedFeed parse(String name) throws Exception {
        return FeedParser.parse(Files.readAllBytes(dir().resolve(name)), null, FEED_URL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void outcomeMatchesExpectationAndNothingIsExpanded(String name) throws Exception {
        String expectation = expected().getProperty(name);
        assertThat(expectation).as("expectation for %s in EXPECTED.properties", name).isNotNull();
        String seen;
        try {
            ParsedFeed feed = parse(name);
            seen = "items: " + feed.items().size();
            assertThat(seen).isEqualTo(expectation);
            assertThat(allText(feed)).doesNotContain(EXPANSION_MARKERS);
        } catch (FeedParseException e) {
            seen = "error: " + e.getMessage();
            assertThat(seen).startsWith(expectation);
            assertThat(e.getMessage()).doesNotContain(EXPANSION_MARKERS).hasSizeLessThan(400);
        }
    }

    @Test
    void everyExpectationHasItsFile() throws Exception {
        assertThat(corpus().toList()).containsExactlyInAnyOrderElementsOf(expected().stringPropertyNames());
    }

    @Test
    void wrongDeclaredCharsetStillGivesTheRightText() throws Exception {
        ParsedFeed feed = parse("wrong-charset-declared.xml");
        assertThat(feed.title()).isEqualTo("Café");
        assertThat(feed.items().get(0).title()).isEqualTo("Über café");
    }

    @Test
    void latin1BytesUnderUtf8DeclarationAreDecodedAsLatin1() throws Exception {
        assertThat(parse("wrong-charset-utf8-declared-latin1-bytes.xml").items().get(0).title()).isEqualTo("Über café");
    }

    @Test
    void latin1BytesWithoutDeclarationAreDecodedAsLatin1() throws Exception {
        assertThat(parse("missing-charset-latin1.xml").items().get(0).title()).isEqualTo("Über café");
    }

    @Test
    void utf16WithBomIsDecoded() throws Exception {
        assertThat(parse("utf16-with-bom.xml").items().get(0).title()).isEqualTo("Über café");
    }

    @Test
    void controlCharactersAreDropped() throws Exception {
        ParsedFeed feed = parse("control-characters.xml");
        assertThat(feed.title()).isEqualTo("Bell and tab");
        assertThat(feed.items().get(0).title()).isEqualTo("Nullbyte");
    }

    @Test
    void brokenRssKeepsTextAndLinks() throws Exception {
        ParsedFeed feed = parse("invalid-xml-broken-rss.xml");
        assertThat(feed.title()).isEqualTo("Tom & Jerry");
        assertThat(feed.items()).extracting(FeedItem::url)
                .containsExactly("https://hostile.example/a?x=1&y=2", "https://hostile.example/b");
    }

    @Test
    void undeclaredEntityStaysLiteral() throws Exception {
        assertThat(parse("undeclared-entity-reference.xml").items().get(0).title()).isEqualTo("&xxe; and &");
    }

    @Test
    void doctypeAfterTheRootIsNotExpanded() throws Exception {
        assertThat(parse("xxe-doctype-after-root.xml").items().get(0).title()).isEqualTo("&xlate;");
    }

    @Test
    void externalDtdIsNeitherLoadedNorUsed() throws Exception {
        ParsedFeed feed = parse("xxe-external-dtd-only.xml");
        assertThat(feed.title()).isEqualTo("External DTD");
        assertThat(feed.items().get(0).title()).isEqualTo("&ent;");
    }

    @Test
    void markupInTitlesIsReducedToText() throws Exception {
        assertThat(parse("html-in-titles.xml").items().get(0).title()).isEqualTo("Bold & more");
    }

    @Test
    void atomWithoutNamespaceIsReadLeniently() throws Exception {
        ParsedFeed feed = parse("atom-without-namespace.xml");
        assertThat(feed.title()).isEqualTo("No ns");
        assertThat(feed.items()).extracting(FeedItem::guid, FeedItem::url)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("e1", "https://hostile.example/e"));
    }

    @Test
    void relativeLinksBecomeAbsolute() throws Exception {
        assertThat(parse("relative-links.xml").items()).extracting(FeedItem::url).containsExactly(
                "https://hostile.example/2024/story-a",
                "https://hostile.example/feeds/story-b.html",
                "https://cdn.hostile.example/story-c",
                "https://hostile.example/up/story-d");
    }

    @Test
    void itemsPointingToPrivateAddressesAreRefusedByTheGuard() throws Exception {
        NetworkGuard guard = NetworkGuard.strict();
        List<String> refusals = new ArrayList<>();
        for (FeedItem item : parse("private-address-items.xml").items()) {
            assertThatThrownBy(() -> guard.check(item.url(), List.of()))
                    .isInstanceOf(BlockedAddressException.class)
                    .satisfies(e -> refusals.add(e.getMessage()));
        }
        assertThat(refusals).hasSize(6).allSatisfy(m -> assertThat(m).startsWith("blocked: "));
        assertThat(refusals.get(1)).contains("a cloud metadata address (169.254.169.254)");
    }

    private static String allText(ParsedFeed feed) {
        StringBuilder sb = new StringBuilder().append(feed.title()).append(feed.siteUrl());
        for (FeedItem item : feed.items()) {
            sb.append(item.guid()).append(item.url()).append(item.title());
        }
        return sb.toString();
    }
}
