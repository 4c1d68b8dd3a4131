package org.claimwatch.alerts;

import java.util.ArrayList;
import java.util.List;

/**
 * A delivery leased for sending, with its subscription's target and secrets, and the subscription's recent
 * request count ({@code sentInWindow}: attempts in the last minute plus requests in flight from any instance, the
 * window freeing in {@code windowResetSeconds}) and
 * {@code backlog} of pending alerts for the throttle. {@link #toString()} never shows the secrets.
 */
public record DueDelivery(long id, long subscriptionId, String eventId, String type, String body, int attempts,
                          Integer maxAttempts, String url, String format, String secret, String previousSecret,
                          long sentInWindow, double windowResetSeconds, long backlog) {

    /** The secrets to sign with: the current one, and the previous one while a rotation overlaps. */
    public List<String> secrets() {
        List<String> out = new ArrayList<>(2);
        out.add(secret);
        if (previousSecret != null) {
            out.add(previousSecret);
        }
        return out;
    }

    @Override
    public String toString() {
        return "DueDelivery[id=" + id + ", subscription=" + subscriptionId + ", event=" + eventId + ", type=" + type
                + ", attempts=" + attempts + "]";
    }
}
