package org.claimwatch.alerts;

/**
 * What one delivery attempt got: the HTTP status (0 when there was no response), the latency, an error
 * (null on a response), a size-capped excerpt of the response body, and the {@code Retry-After} header.
 */
public record SendResult(int status, long latencyMs, String error, String excerpt, String retryAfter) {

    /** True for a 2xx answer. */
    public boolean delivered() {
        return status >= 200 && status < 300;
    }
}
