package org.claimwatch.stories;

/**
 * Status of a claim group: AGREED (values within tolerance, stances alike), DISPUTED (values differ beyond the
 * tolerance at the same time, a fixed past figure given differently, or an assertion contradicted), UPDATED (a
 * later source revises a running figure), SINGLE (only one article says it so far).
 */
public enum GroupStatus {
    DISPUTED, UPDATED, AGREED, SINGLE
}
