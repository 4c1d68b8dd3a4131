package org.claimwatch.net;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;

/**
 * A completed HTTP GET: final status (2xx or 304), the URL finally fetched, the target of the first permanent
 * redirect when there was one (null otherwise), the response headers and the (decompressed, size-capped) body.
 */
public record FetchResult(int status, String finalUrl, String permanentRedirect, MultiMap headers, Buffer body) {

    public boolean notModified() {
        return status == 304;
    }

    /** The charset named by the Content-Type header, or null. */
    public String charset() {
        String type = headers.get("content-type");
        if (type == null) {
            return null;
        }
        for (String part : type.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").trim();
            }
        }
        return null;
    }
}
