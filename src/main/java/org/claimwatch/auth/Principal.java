package org.claimwatch.auth;

/**
 * Who is calling: a signed-in user (by session cookie or API token). {@code sessionHash} and {@code csrfToken} are
 * null for token calls, which need no CSRF token (browsers never send them by themselves).
 */
public record Principal(long userId, String username, Role role, boolean mustChangePassword, String sessionHash,
                        String csrfToken) {

    public boolean viaSession() {
        return sessionHash != null;
    }
}
