package org.claimwatch.feeds.discover;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Finds the feeds a site page advertises and lists the common feed paths of its site. Pure and thread-safe. */
public final class FeedDiscovery {

    /** Paths tried, in this order, when a page advertises no feed. */
    public static final List<String> COMMON_PATHS = List.of(
            "/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml", "/feeds/posts/default");

    private static final Set<String> FEED_TYPES = Set.of(
            "application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml");

    private FeedDiscovery() {
    }

    /**
     * The feeds {@code html} links to with {@code <link rel="alternate" type="application/rss+xml|atom+xml|feed+json">},
     * resolved against {@code pageUrl}, without duplicates; comment feeds come after the others.
     */
    public static List<FeedCandidate> discover(String html, String pageUrl) {
        Document doc = Jsoup.parse(html == null ? "" : html, pageUrl == null ? "" : pageUrl);
        Map<String, FeedCandidate> found = new LinkedHashMap<>();
        for (Element link : doc.select("link[rel][href][type]")) {
            if (!hasToken(link.attr("rel"), "alternate")) {
                continue;
            }
            String type = mediaType(link.attr("type"));
            if (!FEED_TYPES.contains(type)) {
                continue;
            }
            String url = link.absUrl("href");
            if (!isWeb(url)) {
                continue;
            }
            String title = link.attr("title").strip();
            found.putIfAbsent(url, new FeedCandidate(url, title.isEmpty() ? null : title, type));
        }
        List<FeedCandidate> candidates = new ArrayList<>(found.values());
        candidates.sort(Comparator.comparing(FeedDiscovery::isCommentFeed));
        return List.copyOf(candidates);
    }

    /** The {@link #COMMON_PATHS} on the site of {@code pageUrl}, as absolute URLs; empty for a non-http(s) URL. */
    public static List<String> commonPaths(String pageUrl) {
        URI page;
        try {
            page = new URI(pageUrl.strip());
        } catch (URISyntaxException e) {
            return List.of();
        }
        if (!isWeb(pageUrl.strip()) || page.getRawAuthority() == null) {
            return List.of();
        }
        String origin = page.getScheme().toLowerCase(Locale.ROOT) + "://" + page.getRawAuthority();
        List<String> urls = new ArrayList<>();
        for (String path : COMMON_PATHS) {
            urls.add(origin + path);
        }
        return List.copyOf(urls);
    }

    private static boolean isCommentFeed(FeedCandidate c) {
        String t = (c.title() == null ? "" : c.title()).toLowerCase(Locale.ROOT);
        return t.contains("comment") || c.url().toLowerCase(Locale.ROOT).contains("/comments/");
    }

    private static boolean hasToken(String rel, String token) {
        for (String part : rel.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (part.equals(token)) {
                return true;
            }
        }
        return false;
    }

    private static String mediaType(String type) {
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isWeb(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
