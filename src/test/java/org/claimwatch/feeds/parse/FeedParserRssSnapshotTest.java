package org.claimwatch.feeds.parse;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class FeedParserRssSnapshotTest {

    private static final String FEED_URL = "http://www.washingtonpost.com/pb/national/?resType=rss";

    static ParsedFeed snapshot(String name) throws IOException, FeedParseException {
        try (InputStream in = FeedParserRssSnapshotTest.class.getResourceAsStream("/fixtures/feeds/" + name)) {
            return FeedParser.parse(in.readAllBytes(), "application/rss+xml", FEED_URL);
        }
    }

    @Test
    void firstSnapshotHasTwentyItems() throws Exception {
        ParsedFeed feed = snapshot("wapo-national-feed1.xml");
        assertThat(feed.title()).isEqualTo("National");
        assertThat(feed.siteUrl()).isEqualTo("http://www.washingtonpost.com/pb/national/");
        assertThat(feed.items()).hasSize(20);
    }

    @Test
    void secondSnapshotHasTwentyFourItems() throws Exception {
        assertThat(snapshot("wapo-national-feed2.xml").items()).hasSize(24);
    }

    @Test
    void firstItemHasTitleUrlAndDate() throws Exception {
        FeedItem first = snapshot("wapo-national-feed1.xml").items().get(0);
        assertThat(first.title())
                .isEqualTo("Suspect in Fort Lauderdale shooting charged with federal crimes, could face death penalty");
        assertThat(first.url()).isEqualTo("https://www.washingtonpost.com/news/post-nation/wp/2017/01/07/"
                + "fort-lauderdale-airport-gunman-lost-his-mind-in-iraq-family-says/");
        assertThat(first.guid()).isEqualTo(first.url());
        assertThat(first.published()).isNull();
        assertThat(first.contentHash()).hasSize(64);
    }

    @Test
    void changesBetweenSnapshotsAreDetectedByGuidAndHash() throws Exception {
        Map<String, FeedItem> before = byGuid(snapshot("wapo-national-feed1.xml"));
        Map<String, FeedItem> after = byGuid(snapshot("wapo-national-feed2.xml"));
        Set<String> added = after.keySet().stream().filter(g -> !before.containsKey(g)).collect(Collectors.toSet());
        Set<String> changed = after.keySet().stream()
                .filter(before::containsKey)
                .filter(g -> !before.get(g).contentHash().equals(after.get(g).contentHash()))
                .collect(Collectors.toSet());
        assertThat(added).hasSize(18);
        assertThat(changed).isEmpty();
        assertThat(after.keySet()).containsAll(Set.of(
                "https://www.washingtonpost.com/world/national-security/intelligence-chiefs-expected-in-new-york-to-"
                        + "brief-trump-on-russian-hacking/2017/01/06/5f591416-d41a-11e6-9cb0-54ab630851e8_story.html"));
    }

    @Test
    void editedTitleOfKnownGuidChangesOnlyThatHash() throws Exception {
        byte[] original;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/feeds/wapo-national-feed1.xml")) {
            original = in.readAllBytes();
        }
        String edited = new String(original, StandardCharsets.UTF_8).replace(
                "Suspect in Fort Lauderdale shooting charged with federal crimes, could face death penalty",
                "Suspect in Fort Lauderdale shooting charged; prosecutors may seek death penalty");
        Map<String, FeedItem> before = byGuid(FeedParser.parse(original, null, FEED_URL));
        Map<String, FeedItem> after = byGuid(FeedParser.parse(edited.getBytes(StandardCharsets.UTF_8), null, FEED_URL));
        Set<String> changed = after.keySet().stream()
                .filter(g -> !before.get(g).contentHash().equals(after.get(g).contentHash()))
                .collect(Collectors.toSet());
        assertThat(changed).containsExactly("https://www.washingtonpost.com/news/post-nation/wp/2017/01/07/"
                + "fort-lauderdale-airport-gunman-lost-his-mind-in-iraq-family-says/");
    }

    @Test
    void theSecondSnapshotHasEighteenItemsTheFirstLacks() throws Exception {
        Set<String> known = byGuid(snapshot("wapo-national-feed1.xml")).keySet();
        List<FeedItem> fresh = snapshot("wapo-national-feed2.xml").items().stream()
                .filter(i -> !known.contains(i.guid())).toList();
        assertThat(fresh).hasSize(18);
        assertThat(fresh.get(0).title()).isEqualTo(
                "Declassified report says Putin ‘ordered’ effort to undermine faith in U.S. election and help Trump");
    }

    private static Map<String, FeedItem> byGuid(ParsedFeed feed) {
        return feed.items().stream().collect(Collectors.toMap(FeedItem::guid, Function.identity()));
    }
}
