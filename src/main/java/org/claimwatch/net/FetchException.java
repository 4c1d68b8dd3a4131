package org.claimwatch.net;

import java.time.Duration;

/**
 * A fetch that failed, with a message fit to show an editor, the HTTP status when there was one (else 0), a short
 * {@code kind} for metrics (e.g. {@code timeout}, {@code too_large}) and the server's Retry-After when it sent one.
 */
public final class FetchException extends Exception {

    private final int status;
    private final String kind;
    private final Duration retryAfter;

    public FetchException(String message, int status) {
        this(message, status, status > 0 ? "http_" + status / 100 + "xx" : "network", null);
    }

    public FetchException(String message, int status, String kind) {
        this(message, status, kind, null);
    }

    public FetchException(String message, int status, String kind, Duration retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    /** A short error class for metrics and logs. */
    public String kind() {
        return kind;
    }

    /** How long the server asked us to wait (429/503 Retry-After), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
