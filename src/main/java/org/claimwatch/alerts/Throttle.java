package org.claimwatch.alerts;

/** Per-subscription rate limit: what to do with due deliveries given the requests of the last minute. Pure. */
public final class Throttle {

    /** Send the due deliveries one by one, merge the backlog into one digest, or wait for the window. */
    public enum Plan { SEND, DIGEST, WAIT }

    private Throttle() {
    }

    /**
     * {@code limitPerMinute} requests allowed per minute, {@code sentInWindow} made in the last minute,
     * {@code backlog} pending alerts of the subscription: within budget each goes out, over it the backlog is
     * grouped into one digest (never dropped), and with no budget left everything waits.
     */
    public static Plan plan(int limitPerMinute, long sentInWindow, long backlog) {
        long budget = limitPerMinute - sentInWindow;
        if (budget <= 0) {
            return Plan.WAIT;
        }
        return backlog > budget && backlog > 1 ? Plan.DIGEST : Plan.SEND;
    }
}
