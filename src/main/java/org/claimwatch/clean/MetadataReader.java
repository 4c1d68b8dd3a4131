package org.claimwatch.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads title, byline, dates, canonical URL, language, site name and lead image from a parsed page. Thread-safe. */
final class MetadataReader {

    private static final String[] KEY_ATTRIBUTES = {"property", "name", "itemprop", "http-equiv"};

    private MetadataReader() {
    }

    static PageMetadata read(Document doc, List<String> jsonLdBlocks, String url) {
        JsonLdReader.Entity ld = JsonLdReader.read(jsonLdBlocks);
        PageTags tags = PageTags.of(doc);
        Map<String, String> m = metaTags(tags.metas());
        String title = first(ld == null ? null : ld.headline(), m.get("og:title"), m.get("twitter:title"),
                tags.firstH1() == null ? null : blankToNull(tags.firstH1().text()),
                blankToNull(doc.title()));
        String byline = first(ld == null ? null : ld.author(), m.get("author"), m.get("article:author"),
                m.get("parsely-author"), m.get("dc.creator"));
        String published = first(ld == null ? null : ld.published(), m.get("article:published_time"),
                m.get("datepublished"), m.get("pubdate"), m.get("date"), m.get("dc.date"),
                tags.firstTime() == null ? null : blankToNull(tags.firstTime().attr("datetime")));
        String modified = first(ld == null ? null : ld.modified(), m.get("article:modified_time"),
                m.get("og:updated_time"), m.get("datemodified"));
        String canonical = first(href(tags.canonical()), m.get("og:url"), blankToNull(url));
        String language = first(blankToNull(tags.html() == null ? null : tags.html().attr("lang")),
                m.get("og:locale"), m.get("content-language"));
        String siteName = first(m.get("og:site_name"), ld == null ? null : ld.publisher(),
                m.get("application-name"));
        String image = first(m.get("og:image"), m.get("twitter:image"), ld == null ? null : ld.image());
        return new PageMetadata(title, byline, published, modified, canonical, language, siteName, image,
                ld == null ? null : ld.articleBody(), ld == null ? null : ld.type(), m.get("og:type"),
                ld != null && ld.paywalled());
    }

    /** The content of each meta tag by its lower-cased property, name, itemprop or http-equiv; first one wins. */
    static Map<String, String> metaTags(List<Element> metas) {
        Map<String, String> out = new HashMap<>();
        for (Element meta : metas) {
            String content = blankToNull(meta.attr("content"));
            if (content == null) {
                continue;
            }
            for (String attr : KEY_ATTRIBUTES) {
                String key = meta.attr(attr);
                if (!key.isEmpty()) {
                    out.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return out;
    }

    private static String href(Element link) {
        if (link == null) {
            return null;
        }
        String href = blankToNull(link.absUrl("href"));
        return href != null ? href : blankToNull(link.attr("href"));
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
