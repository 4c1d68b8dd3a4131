package org.claimwatch.feeds.parse;

import java.time.Instant;
import java.util.Objects;

/**
 * A date as a feed wrote it: the raw string (kept for display) and the instant it names, which is null unless
 * {@code outcome} is {@link Outcome#PARSED}. Immutable.
 */
public record FeedDate(String raw, Instant instant, Outcome outcome) {

    /** What reading the raw string gave. */
    public enum Outcome {
        /** A date that exists, read in full. */
        PARSED,
        /** The form is a date's, but a field cannot be (31 June, hour 25, a five-digit year, offset +25:00). */
        IMPOSSIBLE,
        /** No date form this parser knows. */
        UNREADABLE
    }

    public FeedDate {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(outcome, "outcome");
        if ((instant != null) != (outcome == Outcome.PARSED)) {
            throw new IllegalArgumentException("an instant is present exactly when the outcome is PARSED");
        }
    }

    static FeedDate parsed(String raw, Instant instant) {
        return new FeedDate(raw, instant, Outcome.PARSED);
    }

    static FeedDate impossible(String raw) {
        return new FeedDate(raw, null, Outcome.IMPOSSIBLE);
    }

    static FeedDate unreadable(String raw) {
        return new FeedDate(raw, null, Outcome.UNREADABLE);
    }

    public boolean isParsed() {
        return outcome == Outcome.PARSED;
    }
}
