package org.claimwatch.net;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One spelling per article URL: lower-case scheme and host, no default port, no fragment, no tracking parameters,
 * remaining query parameters sorted. Pure and thread-safe.
 */
public final class UrlCanonicalizer {

    /** Query parameter names (lower case) dropped as tracking; any name starting with {@code utm_} is dropped too. */
    public static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
            "li_fat_id", "mc_cid", "mc_eid", "igshid", "igsh", "ref_src", "ref_url", "cmpid", "_ga", "_gl", "ocid",
            "mkt_tok", "_hsenc", "_hsmi", "hsctatracking", "vero_id", "oly_anon_id", "oly_enc_id", "rb_clickid",
            "s_cid", "wt.mc_id", "wt_mc", "ncid", "sr_share", "smid", "smtyp", "at_medium", "at_campaign",
            "at_custom1", "at_custom2", "at_custom3", "at_custom4", "__twitter_impression", "spm");

    private UrlCanonicalizer() {
    }

    /**
     * The canonical form of an absolute http(s) {@code url}.
     *
     * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
     */
    public static String canonical(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = Hosts.of(uri).toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = Hosts.port(uri);
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        StringBuilder sb = new StringBuilder(url.length());
        sb.append(scheme).append("://");
        String authority = uri.getRawAuthority();
        if (authority.lastIndexOf('@') >= 0) {
            sb.append(authority, 0, authority.lastIndexOf('@') + 1);
        }
        sb.append(host);
        if (!defaultPort) {
            sb.append(':').append(port);
        }
        String path = uri.getRawPath();
        sb.append(path == null || path.isEmpty() ? "/" : upperCaseEscapes(path));
        String query = canonicalQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            sb.append('?').append(query);
        }
        return sb.toString();
    }

    /**
     * The page's own canonical URL ({@code <link rel="canonical">}, else {@code og:url}), canonicalised, when it is
     * absolute http(s) (relative ones are resolved), on the same site as {@code fetchedUrl} (or {@code fetchedUrl} is an AMP cache), and not just
     * the site's home page standing in for an article; empty otherwise.
     */
    public static Optional<String> fromPage(String html, String fetchedUrl) {
        URI fetched;
        try {
            fetched = parse(fetchedUrl);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Document doc = Jsoup.parse(html == null ? "" : html, fetchedUrl);
        List<String> declared = new ArrayList<>();
        for (Element link : doc.select("link[rel][href]")) {
            if (hasToken(link.attr("rel"), "canonical")) {
                declared.add(link.absUrl("href"));
            }
        }
        for (Element meta : doc.select("meta[property=og:url][content], meta[name=og:url][content]")) {
            declared.add(meta.absUrl("content"));
        }
        for (String candidate : declared) {
            Optional<String> accepted = accept(candidate.strip(), fetched);
            if (accepted.isPresent()) {
                return accepted;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> accept(String candidate, URI fetched) {
        URI target;
        try {
            target = parse(candidate);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String targetHost = Hosts.of(target).toLowerCase(Locale.ROOT);
        String fetchedHost = Hosts.of(fetched).toLowerCase(Locale.ROOT);
        boolean ampCache = fetchedHost.endsWith(".cdn.ampproject.org") || fetchedHost.endsWith(".ampproject.net");
        if (!ampCache && !SiteKey.sameSite(targetHost, fetchedHost)) {
            return Optional.empty();
        }
        boolean targetIsHome = target.getRawPath() == null || target.getRawPath().isEmpty()
                || target.getRawPath().equals("/");
        boolean fetchedIsHome = fetched.getRawPath() == null || fetched.getRawPath().isEmpty()
                || fetched.getRawPath().equals("/");
        if (targetIsHome && !fetchedIsHome && target.getRawQuery() == null) {
            return Optional.empty();
        }
        return Optional.of(canonical(candidate));
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("not a URL: it is empty");
        }
        URI uri;
        try {
            uri = new URI(escapeIllegal(asciiHost(url.strip())));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        if (Hosts.of(uri) == null) {
            throw new IllegalArgumentException("URL has no host: " + url);
        }
        return uri;
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name)) {
                continue;
            }
            kept.add(upperCaseEscapes(pair));
        }
        kept.sort(Comparator.comparing((String p) -> p.indexOf('=') < 0 ? p : p.substring(0, p.indexOf('=')))
                .thenComparing(Comparator.naturalOrder()));
        return String.join("&", kept);
    }

    /** Rewrites an internationalised host name to its ASCII (punycode) form; other URLs are returned as they are. */
    private static String asciiHost(String url) {
        int start = url.indexOf("://");
        if (start < 0) {
            return url;
        }
        start += 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        int hostStart = url.lastIndexOf('@', end - 1) >= start ? url.lastIndexOf('@', end - 1) + 1 : start;
        int hostEnd = url.indexOf(':', hostStart);
        hostEnd = hostEnd < 0 || hostEnd > end || url.charAt(hostStart) == '[' ? end : hostEnd;
        String host = url.substring(hostStart, hostEnd);
        if (host.chars().allMatch(c -> c < 0x80)) {
            return url;
        }
        try {
            return url.substring(0, hostStart) + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + url.substring(hostEnd);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Percent-encodes characters {@link URI} rejects (spaces, non-ASCII, {@code |}, ...), as browsers do. */
    private static String escapeIllegal(String url) {
        StringBuilder sb = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean legal = c > 0x20 && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0
                    && (c != '%' || isEscape(url, i));
            if (legal) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            int cp = url.codePointAt(i);
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                sb.append('%').append(String.format("%02X", b & 0xFF));
            }
            i += Character.charCount(cp) - 1;
        }
        return sb == null ? url : sb.toString();
    }

    private static boolean isEscape(String s, int at) {
        return at + 2 < s.length() && isHex(s.charAt(at + 1)) && isHex(s.charAt(at + 2));
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static String upperCaseEscapes(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s);
        for (int i = sb.indexOf("%"); i >= 0 && i + 2 < sb.length(); i = sb.indexOf("%", i + 1)) {
            sb.setCharAt(i + 1, Character.toUpperCase(sb.charAt(i + 1)));
            sb.setCharAt(i + 2, Character.toUpperCase(sb.charAt(i + 2)));
        }
        return sb.toString();
    }

    private static boolean hasToken(String rel, String token) {
        for (String part : rel.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (part.equals(token)) {
                return true;
            }
        }
        return false;
    }
}
