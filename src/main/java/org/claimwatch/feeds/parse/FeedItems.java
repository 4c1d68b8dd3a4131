package org.claimwatch.feeds.parse;

import org.jsoup.Jsoup;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** Builds {@link FeedItem}s the same way for every format: guid fallback, absolute URL, content hash. */
final class FeedItems {

    private FeedItems() {
    }

    /**
     * An item from raw fields (each may be null), or empty when no absolute http(s) URL can be made from the link
     * or, failing that, from a URL-shaped guid.
     */
    static Optional<FeedItem> item(String feedUrl, String guid, String link, String title, String body,
                                   FeedDate published, FeedDate updated) {
        String id = blankToNull(guid);
        String url = resolve(feedUrl, link);
        if (url == null && id != null && looksLikeUrl(id)) {
            url = resolve(feedUrl, id);
        }
        if (url == null) {
            return Optional.empty();
        }
        String cleanTitle = plainText(title);
        String hash = hash(url, cleanTitle, blankToNull(body), instantOrRaw(published), instantOrRaw(updated));
        return Optional.of(new FeedItem(id != null ? id : url, url, cleanTitle, published, updated, hash));
    }

    /** {@code ref} made absolute against {@code base} (both may be null), or null unless it is http(s). */
    static String resolve(String base, String ref) {
        String r = blankToNull(ref);
        if (r == null) {
            return null;
        }
        r = r.replace(" ", "%20");
        String resolved = UriRefs.resolve(base, r);
        if (resolved == null) {
            resolved = resolveUrl(base, r);
        }
        if (resolved == null) {
            return null;
        }
        String lower = resolved.toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("http://") || lower.startsWith("https://");
        return web && resolved.length() > lower.indexOf("//") + 2 ? resolved : null;
    }

    private static String resolveUrl(String base, String ref) {
        try {
            URL url = base == null ? new URL(ref) : new URL(new URL(base.strip()), ref);
            return url.toString();
        } catch (MalformedURLException e) {
            return null;
        }
    }

    private static boolean looksLikeUrl(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("/");
    }

    /** What a date adds to the content hash: its instant, or its raw string when it has none. */
    private static Object instantOrRaw(FeedDate date) {
        return date == null ? null : date.instant() != null ? date.instant() : date.raw();
    }

    static String hash(String url, String title, String body, Object published, Object updated) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[] {url, title, body, published, updated}) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Text with any HTML markup and entities resolved (titles are often HTML), or null when blank. */
    static String plainText(String s) {
        String t = blankToNull(s);
        if (t == null || t.indexOf('<') < 0 && t.indexOf('&') < 0) {
            return t;
        }
        return blankToNull(Jsoup.parseBodyFragment(t).text());
    }

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
