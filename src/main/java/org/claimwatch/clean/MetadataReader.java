package org.claimwatch.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/** Reads title, byline, dates, canonical URL, language, site name and lead image from a parsed page. Thread-safe. */
final class MetadataReader {

    private MetadataReader() {
    }

    static PageMetadata read(Document doc, List<String> jsonLdBlocks, String url) {
        JsonLdReader.Entity ld = JsonLdReader.read(jsonLdBlocks);
        String title = first(ld == null ? null : ld.headline(), meta(doc, "og:title"), meta(doc, "twitter:title"),
                headingTitle(doc), blankToNull(doc.title()));
        String byline = first(ld == null ? null : ld.author(), meta(doc, "author"), meta(doc, "article:author"),
                meta(doc, "parsely-author"), meta(doc, "dc.creator"));
        String published = first(ld == null ? null : ld.published(), meta(doc, "article:published_time"),
                meta(doc, "datePublished"), meta(doc, "pubdate"), meta(doc, "date"), meta(doc, "dc.date"),
                timeAttr(doc));
        String modified = first(ld == null ? null : ld.modified(), meta(doc, "article:modified_time"),
                meta(doc, "og:updated_time"), meta(doc, "dateModified"));
        String canonical = first(link(doc, "canonical"), meta(doc, "og:url"), blankToNull(url));
        String language = first(blankToNull(doc.selectFirst("html") == null ? null
                : doc.selectFirst("html").attr("lang")), meta(doc, "og:locale"), meta(doc, "content-language"));
        String siteName = first(meta(doc, "og:site_name"), ld == null ? null : ld.publisher(),
                meta(doc, "application-name"));
        String image = first(meta(doc, "og:image"), meta(doc, "twitter:image"), ld == null ? null : ld.image());
        return new PageMetadata(title, byline, published, modified, canonical, language, siteName, image,
                ld == null ? null : ld.articleBody(), ld == null ? null : ld.type(), meta(doc, "og:type"),
                ld != null && ld.paywalled());
    }

    /** The content of the first meta tag whose property, name or itemprop equals {@code key}, or null. */
    static String meta(Document doc, String key) {
        Element head = doc.head();
        for (Element m : head.getElementsByTag("meta")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop")) || key.equalsIgnoreCase(m.attr("http-equiv"))) {
                String c = blankToNull(m.attr("content"));
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String link(Document doc, String rel) {
        for (Element l : doc.getElementsByTag("link")) {
            if (rel.equalsIgnoreCase(l.attr("rel"))) {
                String href = blankToNull(l.absUrl("href"));
                return href != null ? href : blankToNull(l.attr("href"));
            }
        }
        return null;
    }

    private static String headingTitle(Document doc) {
        Element h1 = doc.body() == null ? null : doc.body().getElementsByTag("h1").first();
        return h1 == null ? null : blankToNull(h1.text());
    }

    private static String timeAttr(Document doc) {
        Element t = doc.body() == null ? null : doc.body().selectFirst("time[datetime]");
        return t == null ? null : blankToNull(t.attr("datetime"));
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
