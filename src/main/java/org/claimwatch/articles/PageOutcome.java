package org.claimwatch.articles;

/**
 * What processing a fetched page led to: a version to store, the same text as the newest version, or a page
 * whose extraction was not OK ({@code status} is the verdict, {@code reason} says why).
 */
public record PageOutcome(Kind kind, NewVersion version, String status, String reason) {

    /** The three outcomes. */
    public enum Kind { NEW_VERSION, UNCHANGED, REJECTED }

    public static PageOutcome newVersion(NewVersion v) {
        return new PageOutcome(Kind.NEW_VERSION, v, "ok", null);
    }

    public static PageOutcome unchanged() {
        return new PageOutcome(Kind.UNCHANGED, null, "ok", null);
    }

    public static PageOutcome rejected(String verdict, String reason) {
        return new PageOutcome(Kind.REJECTED, null, verdict, reason);
    }
}
