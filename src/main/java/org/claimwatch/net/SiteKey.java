package org.claimwatch.net;

import java.util.Locale;
import java.util.Set;

/**
 * An approximation of the registrable domain without the public-suffix list: the last two host labels, or three
 * under a two-level country suffix such as {@code co.uk}. IP literals are their own site.
 */
final class SiteKey {

    private static final Set<String> SECOND_LEVELS = Set.of(
            "co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go", "gob", "nic", "mil", "nom", "ltd", "plc");

    private SiteKey() {
    }

    static String of(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("[") || h.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return h;
        }
        String[] labels = h.split("\\.");
        if (labels.length <= 2) {
            return h;
        }
        String tld = labels[labels.length - 1];
        String second = labels[labels.length - 2];
        int keep = tld.length() == 2 && SECOND_LEVELS.contains(second) ? 3 : 2;
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, labels.length - keep); i < labels.length; i++) {
            sb.append(sb.length() == 0 ? "" : ".").append(labels[i]);
        }
        return sb.toString();
    }

    static boolean sameSite(String a, String b) {
        return of(a).equals(of(b));
    }
}
