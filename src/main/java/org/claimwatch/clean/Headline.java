package org.claimwatch.clean;

import java.net.URI;
import java.util.Locale;

/**
 * An article's headline from its page title (JSON-LD headline, og:title, h1 or &lt;title&gt;, as {@link MetadataReader}
 * picks it) with the site-name suffix or prefix removed ("Floods kill 12 | The Daily Example" → "Floods kill 12"),
 * else the feed item's title. Pure.
 */
public final class Headline {

    private static final int MAX_SITE_WORDS = 5;

    private Headline() {
    }

    /** The headline: the page's title without the site's name, else {@code feedTitle}; empty when neither has one. */
    public static String of(String pageTitle, String siteName, String url, String feedTitle) {
        String t = clean(pageTitle);
        if (t.isEmpty()) {
            return clean(feedTitle);
        }
        String stripped = withoutSite(t, siteName, host(url));
        return stripped.isEmpty() ? clean(feedTitle).isEmpty() ? t : clean(feedTitle) : stripped;
    }

    private static String withoutSite(String title, String siteName, String host) {
        String t = title;
        for (int pass = 0; pass < 2; pass++) {
            int last = separator(t, true);
            int first = separator(t, false);
            if (last > 0 && isSite(t.substring(last + 1).strip(), siteName, host)) {
                t = t.substring(0, last).strip();
            } else if (first > 0 && isSite(t.substring(0, first).strip(), siteName, host)) {
                t = t.substring(first + 1).strip();
            } else {
                break;
            }
        }
        return t;
    }

    /** The index of the last (or first) " | ", " - ", " – ", " — ", " · ", " : " style separator, or -1. */
    private static int separator(String t, boolean last) {
        int found = -1;
        for (int i = 1; i < t.length() - 1; i++) {
            boolean sep = "|-–—·•»".indexOf(t.charAt(i)) >= 0 && t.charAt(i - 1) == ' ' && t.charAt(i + 1) == ' '
                    || t.charAt(i) == ':' && t.charAt(i + 1) == ' ';
            if (sep) {
                found = i;
                if (!last) {
                    return i;
                }
            }
        }
        return found;
    }

    private static boolean isSite(String part, String siteName, String host) {
        String p = squash(part);
        if (p.isEmpty() || part.split("\\s+").length > MAX_SITE_WORDS) {
            return false;
        }
        String s = squash(siteName == null ? "" : siteName);
        if (!s.isEmpty() && (p.equals(s) || p.startsWith(s) || s.startsWith(p) && p.length() >= 3)) {
            return true;
        }
        return !host.isEmpty() && p.length() >= 3 && (host.contains(p) || p.contains(host));
    }

    /** The host's main label: "www.dailyexample.co.uk" → "dailyexample". */
    private static String host(String url) {
        try {
            String h = url == null ? null : URI.create(url.strip()).getHost();
            if (h == null) {
                return "";
            }
            String[] labels = h.toLowerCase(Locale.ROOT).split("\\.");
            String best = "";
            for (String l : labels) {
                if (!l.equals("www") && !l.equals("co") && !l.equals("com") && l.length() > best.length()) {
                    best = l;
                }
            }
            return best;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String squash(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        String out = b.toString();
        return out.startsWith("the") && out.length() > 6 ? out.substring(3) : out;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
