package org.claimwatch.web;

import org.claimwatch.http.ApiErrors;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Validation of URLs editors type (feeds, webhook targets): absolute http(s) with a host, or a 400. */
public final class HttpUrls {

    private HttpUrls() {
    }

    /** The parsed URL; {@code what} names it in the error, e.g. "the feed URL". */
    public static URI requireAbsoluteHttp(String url, String what) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ApiErrors.badRequest("not a valid URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw ApiErrors.badRequest(what + " must be an absolute http or https URL");
        }
        return uri;
    }
}
