package org.claimwatch.auth;

import java.util.Locale;

/** What a user may do: viewers read, editors change feeds/subscriptions/stories, admins also manage users. */
public enum Role {
    VIEWER, EDITOR, ADMIN;

    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "viewer" / "editor" / "admin"; null for anything else. */
    public static Role parse(String s) {
        if (s == null) {
            return null;
        }
        for (Role r : values()) {
            if (r.wire().equals(s.trim().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        return null;
    }
}
