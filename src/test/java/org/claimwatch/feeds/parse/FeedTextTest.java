package org.claimwatch.feeds.parse;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FeedTextTest {

    @Test
    void headerCharsetIsUsedForNonLatinSingleByteEncodings() {
        byte[] body = "<rss><channel><title>Новости</title></channel></rss>".getBytes(Charset.forName("windows-1251"));
        assertThat(FeedText.decode(body, "text/xml; charset=windows-1251")).contains("Новости");
    }

    @Test
    void prologEncodingIsUsedWithoutHeader() {
        byte[] body = "<?xml version=\"1.0\" encoding=\"KOI8-R\"?><rss><title>Мир</title></rss>"
                .getBytes(Charset.forName("KOI8-R"));
        assertThat(FeedText.decode(body, null)).contains("Мир");
    }

    @Test
    void utf8BomIsRemoved() {
        byte[] text = "<rss/>".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[text.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(text, 0, body, 3, text.length);
        assertThat(FeedText.decode(body, null)).isEqualTo("<rss/>");
    }

    @Test
    void latin1DeclaredButCp1252QuotesAreDecodedAsWindows1252() {
        byte[] body = {'<', 'a', '>', (byte) 0x93, 'q', (byte) 0x94, '<', '/', 'a', '>'};
        assertThat(FeedText.decode(body, "text/xml; charset=ISO-8859-1")).isEqualTo("<a>\u201cq\u201d</a>");
    }

    @Test
    void unknownCharsetNameFallsBackToUtf8() {
        byte[] body = "<a>é</a>".getBytes(StandardCharsets.UTF_8);
        assertThat(FeedText.decode(body, "text/xml; charset=x-no-such-charset")).isEqualTo("<a>é</a>");
    }

    @Test
    void sniffsKinds() {
        assertThat(FeedText.sniff("  {\"items\": []}", null)).isEqualTo(FeedText.Kind.JSON);
        assertThat(FeedText.sniff("<?xml version=\"1.0\"?><rss/>", "text/html")).isEqualTo(FeedText.Kind.XML);
        assertThat(FeedText.sniff("<!-- c --><!DOCTYPE html><html></html>", null)).isEqualTo(FeedText.Kind.HTML);
        assertThat(FeedText.sniff(" \n ", null)).isEqualTo(FeedText.Kind.EMPTY);
        assertThat(FeedText.sniff("Bad Gateway", "text/plain")).isEqualTo(FeedText.Kind.OTHER);
    }
}
