package org.claimwatch.alerts;

import java.net.URI;

/** Webhook target URLs as shown to people who may not change them: the path and query often hold a credential. */
public final class TargetUrls {

    private TargetUrls() {
    }

    /** {@code scheme://host[:port]/…}: only the origin of {@code url}; "…" alone when it cannot be parsed. */
    public static String redact(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "…";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/…";
        } catch (Exception e) {
            return "…";
        }
    }
}
