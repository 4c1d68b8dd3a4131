package org.claimwatch.auth;

import java.util.Optional;

/**
 * Who may call what: the one table every request passes. Deny by default: a write endpoint nobody listed here
 * needs an admin. {@link Optional#empty()} means anyone, signed in or not.
 */
public final class AccessPolicy {

    private final boolean publicMode;

    /** With {@code publicMode}, visitors without login may read the live page's data and nothing else. */
    public AccessPolicy(boolean publicMode) {
        this.publicMode = publicMode;
    }

    public Optional<Role> required(String method, String path) {
        boolean read = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        if (path.equals("/health") || path.equals("/api/session") || path.startsWith("/api/session/")
                && !path.equals("/api/session/password")) {
            return Optional.empty();
        }
        if (!path.startsWith("/api/") && !path.startsWith("/eventbus") && !path.startsWith("/feeds/")
                && !path.startsWith("/metrics")) {
            return Optional.empty(); // the page itself: static files hold no data
        }
        if (publicMode && read && isLivePageData(path)) {
            return Optional.empty();
        }
        if (path.startsWith("/eventbus")) {
            return Optional.of(Role.VIEWER);
        }
        if (path.startsWith("/api/users") || path.startsWith("/api/audit") || path.startsWith("/api/settings")
                || path.startsWith("/api/routes") || path.startsWith("/metrics")) {
            return Optional.of(Role.ADMIN);
        }
        if (read && isSubscriptionListing(path)) {
            return Optional.of(Role.VIEWER); // the API answers viewers with the URL's origin only
        }
        if (path.startsWith("/api/subscriptions") || path.startsWith("/api/deliveries")) {
            return Optional.of(Role.EDITOR); // receivers' responses and full webhook URLs are an editor's business
        }
        if (read || path.equals("/api/session/password") || path.startsWith("/api/tokens")) {
            return Optional.of(Role.VIEWER);
        }
        if (path.startsWith("/api/feeds") || path.startsWith("/api/subscriptions") || path.startsWith("/api/deliveries")
                || path.startsWith("/api/stories") || path.startsWith("/api/opml") || path.startsWith("/api/articles")) {
            return Optional.of(Role.EDITOR);
        }
        return Optional.of(Role.ADMIN);
    }

    /** {@code /api/subscriptions} and {@code /api/subscriptions/{id}}, not their deliveries. */
    private static boolean isSubscriptionListing(String path) {
        return path.equals("/api/subscriptions") || path.matches("/api/subscriptions/[^/]+");
    }

    private static boolean isLivePageData(String path) {
        return path.startsWith("/eventbus") || path.equals("/api/changes") || path.equals("/api/events")
                || path.startsWith("/api/stats");
    }

    public boolean publicMode() {
        return publicMode;
    }
}
