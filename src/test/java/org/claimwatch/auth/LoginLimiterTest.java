package org.claimwatch.auth;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginLimiterTest {

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-24T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MutableClock clock = new MutableClock();
    private final LoginLimiter limiter = new LoginLimiter(clock, 3, 5, Duration.ofMinutes(15));

    @Test
    void locksAnAccountAfterTooManyFailuresUntilTheWindowPasses() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.lockedFor("Alice", "10.0.0.1")).isZero();
            limiter.failed("alice", "10.0.0.1");
        }
        assertThat(limiter.lockedFor("ALICE", "10.0.0.9")).isEqualTo(Duration.ofMinutes(15));
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(limiter.lockedFor("alice", "10.0.0.9")).isZero();
    }

    @Test
    void locksAnAddressTryingManyAccounts() {
        for (int i = 0; i < 5; i++) {
            limiter.failed("user" + i, "10.0.0.2");
        }
        assertThat(limiter.lockedFor("someone-else", "10.0.0.2")).isPositive();
        assertThat(limiter.lockedFor("someone-else", "10.0.0.3")).isZero();
    }

    @Test
    void successClearsTheAccountCount() {
        limiter.failed("bob", "10.0.0.4");
        limiter.failed("bob", "10.0.0.4");
        limiter.succeeded("bob");
        limiter.failed("bob", "10.0.0.4");
        assertThat(limiter.lockedFor("bob", "10.0.0.5")).isZero();
    }
}
