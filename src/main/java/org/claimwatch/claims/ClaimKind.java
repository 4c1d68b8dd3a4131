package org.claimwatch.claims;

/** What a claim asserts; a sentence may carry several claims of different kinds. */
public enum ClaimKind {
    QUANTITY, QUOTE, ATTRIBUTION, HEDGE, STATEMENT
}
