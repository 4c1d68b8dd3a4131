package org.claimwatch.tracker;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpmlWriterTest {

    @Test
    void writesOneRssOutlinePerFeed() {
        String opml = OpmlWriter.write("claimwatch feeds", List.of(
                new OpmlWriter.Feed("https://a.example/rss", "A & B News", "https://a.example/"),
                new OpmlWriter.Feed("https://c.example/feed", null, null)));
        assertThat(opml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><opml version=\"2.0\"><head><title>"
                + "claimwatch feeds</title></head><body>"
                + "<outline type=\"rss\" text=\"A &amp; B News\" title=\"A &amp; B News\" xmlUrl=\"https://a.example/rss\""
                + " htmlUrl=\"https://a.example/\"/>"
                + "<outline type=\"rss\" text=\"https://c.example/feed\" title=\"https://c.example/feed\""
                + " xmlUrl=\"https://c.example/feed\"/></body></opml>");
    }
}
