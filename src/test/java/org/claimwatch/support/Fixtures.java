package org.claimwatch.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Feeds and article pages built from the seed articles in {@code src/test/resources/fixtures/seeds}. */
public final class Fixtures {

    public static final List<String> SEEDS = List.of("000_1b74732b20eaeb3a", "001_4a97c181142f56f4",
            "002_57689197f019bb9c", "003_47cd22b97e75be95", "004_dd1c6c10d092cc48");

    private Fixtures() {
    }

    public static String seed(int index) {
        return resource("/fixtures/seeds/" + SEEDS.get(index) + ".txt");
    }

    public static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A news page around {@code bodyHtml}, with the navigation and footer boilerplate real pages have. */
    public static String articlePage(String title, String bodyHtml) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>"
                + "<article><h1>" + title + "</h1>" + paragraphs(bodyHtml) + "</article>"
                + "<footer><p>© The Test Gazette. All rights reserved.</p></footer></body></html>";
    }

    /**
     * An article page: {@code paragraphs} (text, one paragraph each) then seed 2's paragraphs in the article, and a
     * related-stories sidebar box after it with one link, {@code asideLink}.
     */
    public static String articleWithAside(String title, List<String> paragraphs, String asideLink) {
        StringBuilder ps = new StringBuilder();
        for (String t : paragraphs) {
            ps.append("<p>").append(t).append("</p>");
        }
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>"
                + ps + paragraphs(seed(2)) + "</article><aside class=\"related-stories sidebar\"><h3>More stories</h3>"
                + "<ul><li><a href=\"/x\">" + asideLink + "</a></li></ul></aside><footer><p>© The Test Gazette.</p>"
                + "</footer></body></html>";
    }

    /** Splits a seed's text on blank lines into paragraphs. */
    public static String paragraphs(String bodyHtml) {
        StringBuilder sb = new StringBuilder();
        for (String block : bodyHtml.split("\\n\\s*\\n")) {
            if (!block.isBlank()) {
                sb.append("<p>").append(block.strip()).append("</p>\n");
            }
        }
        return sb.toString();
    }

    /** An RSS 2.0 feed whose items link to {@code links} (absolute URLs) with the given titles. */
    public static String rss(String title, List<String> links, List<String> titles) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>").append(title).append("</title><link>http://127.0.0.1/</link><description>test</description>");
        for (int i = 0; i < links.size(); i++) {
            sb.append("<item><title>").append(titles.get(i)).append("</title><link>").append(links.get(i))
                    .append("</link><guid>").append(links.get(i)).append("</guid>")
                    .append("<pubDate>Tue, 19 Nov 2024 10:00:00 GMT</pubDate></item>");
        }
        return sb.append("</channel></rss>").toString();
    }
}
