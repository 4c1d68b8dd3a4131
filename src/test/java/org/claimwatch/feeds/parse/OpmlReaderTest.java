package org.claimwatch.feeds.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpmlReaderTest {

    @Test
    void readsNestedOutlinesOnceEachInOrder() throws Exception {
        List<OpmlReader.Entry> entries = OpmlReader.read("<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body>"
                + "<outline text=\"World\"><outline text=\"A\" xmlUrl=\"https://a.example/rss\"/>"
                + "<outline title=\"B\" text=\"b\" xmlURL=\"https://b.example/atom\"/></outline>"
                + "<outline text=\"again\" xmlUrl=\"https://a.example/rss\"/><outline text=\"no url\"/></body></opml>");
        assertThat(entries).containsExactly(new OpmlReader.Entry("https://a.example/rss", "A"),
                new OpmlReader.Entry("https://b.example/atom", "B"));
    }

    @Test
    void malformedOrForeignFilesAreRefusedWithAReason() {
        assertThatThrownBy(() -> OpmlReader.read("<opml><body><outline")).isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("not a valid OPML file: malformed XML");
        assertThatThrownBy(() -> OpmlReader.read("<rss><channel/></rss>")).hasMessageContaining("root element is <rss>");
        assertThatThrownBy(() -> OpmlReader.read("<opml version=\"2.0\"><head/></opml>")).hasMessageContaining("no <body>");
        assertThatThrownBy(() -> OpmlReader.read(" ")).hasMessage("the OPML file is empty");
        assertThatThrownBy(() -> OpmlReader.read("<!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opml><body/></opml>"))
                .hasMessageContaining("entity declarations are not allowed");
    }
}
