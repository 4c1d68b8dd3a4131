package org.claimwatch.articles.schedule;

import java.time.Duration;
import java.util.Objects;

/** While an article is younger than {@code until}, re-check it {@code every} so often. Immutable. */
public record RecheckStep(Duration until, Duration every) {

    public RecheckStep {
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(every, "every");
        if (until.isNegative() || until.isZero() || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("a re-check step needs positive durations: until " + until
                    + ", every " + every);
        }
    }

    public static RecheckStep of(Duration until, Duration every) {
        return new RecheckStep(until, every);
    }
}
