package org.claimwatch.diff;

/** What changed in a claim between two versions. */
public enum ChangeKind {
    NUMBER_CHANGED, QUOTE_CHANGED, QUOTE_ADDED, QUOTE_REMOVED, ATTRIBUTION_CHANGED, HEDGE_CHANGED,
    CLAIM_ADDED, CLAIM_REMOVED, CLAIM_REWORDED,
    /** The article's headline changed (before/after are the two headlines). */
    HEADLINE_CHANGED,
    /** An editorial note appeared ("Correction: ...", "An earlier version of this article misstated ..."). */
    CORRECTION_ADDED,
    /** An editorial note disappeared. */
    CORRECTION_REMOVED;

    /** The kind seen when the two versions are swapped. */
    public ChangeKind mirror() {
        return switch (this) {
            case QUOTE_ADDED -> QUOTE_REMOVED;
            case QUOTE_REMOVED -> QUOTE_ADDED;
            case CLAIM_ADDED -> CLAIM_REMOVED;
            case CLAIM_REMOVED -> CLAIM_ADDED;
            case CORRECTION_ADDED -> CORRECTION_REMOVED;
            case CORRECTION_REMOVED -> CORRECTION_ADDED;
            default -> this;
        };
    }
}
