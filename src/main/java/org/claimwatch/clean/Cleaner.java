package org.claimwatch.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans an article page down to its main text. Pure and thread-safe.
 * First version: paragraphs of the page's {@code <article>} (or body); the cleaning issue replaces it.
 */
public final class Cleaner {

    private static final int MIN_CHARS = 200;

    private Cleaner() {
    }

    /** Cleans raw page bytes; {@code httpCharset} (may be null) is the charset from the HTTP header. */
    public static CleanedArticle clean(byte[] html, String url, String httpCharset) {
        String decoded = new String(html, httpCharset == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(httpCharset));
        return clean(decoded, url);
    }

    public static CleanedArticle clean(String html, String url) {
        Document doc;
        try {
            doc = Jsoup.parse(html, url == null ? "" : url);
        } catch (RuntimeException e) {
            return new CleanedArticle(Verdict.PARSE_ERROR, e.getMessage(), null, null, null, null, url, null, null, null, List.of());
        }
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Element p : root.select("p, h2, h3")) {
            String text = p.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(new Paragraph(text, !p.normalName().equals("p")));
            }
        }
        if (paragraphs.isEmpty() && !root.text().isBlank()) {
            paragraphs.add(new Paragraph(root.text().strip(), false));
        }
        int chars = paragraphs.stream().mapToInt(p -> p.text().length()).sum();
        Verdict verdict = chars < MIN_CHARS ? Verdict.TOO_SHORT : Verdict.OK;
        String reason = verdict == Verdict.OK ? null : "main text has " + chars + " characters, fewer than " + MIN_CHARS;
        String title = doc.title().isBlank() ? null : doc.title().strip();
        return new CleanedArticle(verdict, reason, title, null, null, null, url, null, null, null, paragraphs);
    }
}
