package org.claimwatch.alerts;

import java.time.Duration;
import java.util.Optional;

/**
 * When a failed delivery is tried again: exponential backoff from {@code base} doubling per attempt, capped at
 * {@code maxDelay}, jittered ±25 %; a {@code Retry-After} wait replaces it (capped at a day); after
 * {@code maxAttempts} attempts, none. Immutable and thread-safe.
 */
public record RetrySchedule(Duration base, Duration maxDelay, int maxAttempts) {

    private static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(24);

    public RetrySchedule {
        if (base.isNegative() || base.isZero() || maxDelay.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("base > 0, maxDelay >= base and maxAttempts >= 1 are required");
        }
    }

    /** 30 s doubling to 6 h, 12 attempts: the last retry comes about 24 h after the first attempt. */
    public static RetrySchedule defaults() {
        return new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(6), 12);
    }

    /**
     * The wait after attempt number {@code attemptsMade} (1 = the first failed) or empty when it was the last;
     * {@code random} in [0,1) picks the jitter; {@code retryAfter} is the receiver's request, if any.
     */
    public Optional<Duration> next(int attemptsMade, double random, Optional<Duration> retryAfter) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get();
            return Optional.of(asked.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : asked);
        }
        int exponent = Math.min(Math.max(attemptsMade - 1, 0), 40);
        double raw = Math.min(base.toMillis() * Math.pow(2, exponent), maxDelay.toMillis());
        double jittered = raw * (0.75 + 0.5 * random);
        return Optional.of(Duration.ofMillis(Math.round(jittered)));
    }

    /** The sum of the un-jittered waits: how long a delivery is retried before it is dead-lettered. */
    public Duration span() {
        Duration total = Duration.ZERO;
        for (int i = 1; i < maxAttempts; i++) {
            total = total.plusMillis((long) Math.min(base.toMillis() * Math.pow(2, Math.min(i - 1, 40)),
                    maxDelay.toMillis()));
        }
        return total;
    }
}
