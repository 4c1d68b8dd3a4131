package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CharsetSnifferTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String BODY = "<p>Caf\u00e9 owners said \u201cna\u00efve\u201d pricing \u2014 costs rose.</p>";
    private static final String TEXT = "Caf\u00e9 owners said \u201cna\u00efve\u201d pricing \u2014 costs rose.";

    private static String firstParagraph(CleanedArticle a) {
        return a.paragraphs().isEmpty() ? "" : a.paragraphs().get(0).text();
    }

    @Test
    void metaCharsetDecidesWhenNoHttpCharset() {
        byte[] page = ("<html><head><meta charset=\"windows-1252\"></head><body>" + BODY + "</body></html>")
                .getBytes(CP1252);
        assertThat(CharsetSniffer.decode(page, null)).contains(TEXT);
    }

    @Test
    void httpEquivContentTypeIsHonoured() {
        byte[] page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "</head><body><p>Caf\u00e9 na\u00efve</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(CharsetSniffer.decode(page, null)).contains("Caf\u00e9 na\u00efve");
    }

    @Test
    void httpCharsetWinsOverMeta() {
        byte[] page = ("<html><head><meta charset=\"utf-8\"></head><body>" + BODY + "</body></html>").getBytes(CP1252);
        assertThat(CharsetSniffer.decode(page, "windows-1252")).contains(TEXT);
    }

    @Test
    void byteOrderMarkWinsOverEverything() {
        byte[] html = ("<html><body>" + BODY + "</body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[html.length + 3];
        page[0] = (byte) 0xEF;
        page[1] = (byte) 0xBB;
        page[2] = (byte) 0xBF;
        System.arraycopy(html, 0, page, 3, html.length);
        String decoded = CharsetSniffer.decode(page, "windows-1252");
        assertThat(decoded).startsWith("<html>").contains(TEXT);
    }

    @Test
    void undeclaredWindows1252PageIsDetected() {
        byte[] page = ("<html><body>" + BODY + "</body></html>").getBytes(CP1252);
        assertThat(CharsetSniffer.decode(page, null)).contains(TEXT);
    }

    @Test
    void utf8BytesWinOverAWrongSingleByteMetaCharset() {
        byte[] page = ("<html><head><meta charset=\"iso-8859-1\"></head><body>" + BODY + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.decode(page, null)).contains(TEXT);
    }

    @Test
    void undeclaredUtf8PageIsDetected() {
        byte[] page = ("<html><body>" + BODY + "</body></html>").getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.decode(page, null)).contains(TEXT);
    }

    @Test
    void cleanerProducesNoMojibakeOnAWindows1252Page() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><article>" + BODY
                + "</article></body></html>";
        CleanedArticle a = Cleaner.clean(html.getBytes(CP1252), "https://news.example/a", null);
        assertThat(firstParagraph(a)).isEqualTo(TEXT);
    }
}
