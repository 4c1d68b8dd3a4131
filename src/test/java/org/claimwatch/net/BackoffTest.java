package org.claimwatch.net;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    private static final Backoff BACKOFF = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1));
    private static final Instant NOW = Instant.parse("2024-03-01T08:00:00Z");

    @Test
    void ceilingDoublesFromBase() {
        assertThat(BACKOFF.ceiling(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(BACKOFF.ceiling(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(BACKOFF.ceiling(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(BACKOFF.ceiling(6)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void ceilingStopsAtCapEvenForHugeAttempts() {
        assertThat(BACKOFF.ceiling(7)).isEqualTo(Duration.ofHours(1));
        assertThat(BACKOFF.ceiling(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void jitterSpansUpperHalfOfCeiling() {
        assertThat(BACKOFF.delay(3, 0.0)).isEqualTo(Duration.ofMinutes(2));
        assertThat(BACKOFF.delay(3, 0.5)).isEqualTo(Duration.ofMinutes(3));
        assertThat(BACKOFF.delay(3, 0.999999)).isBetween(Duration.ofSeconds(239), Duration.ofMinutes(4));
    }

    @Test
    void randomDelayStaysWithinBounds() {
        for (int i = 0; i < 200; i++) {
            assertThat(BACKOFF.delay(4)).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(8));
        }
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThatThrownBy(() -> BACKOFF.ceiling(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BACKOFF.delay(1, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retryAfterSeconds() {
        assertThat(Backoff.retryAfter("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(Backoff.retryAfter(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void retryAfterHttpDate() {
        assertThat(Backoff.retryAfter("Fri, 01 Mar 2024 08:30:00 GMT", NOW)).contains(Duration.ofMinutes(30));
    }

    @Test
    void retryAfterObsoleteDateForms() {
        assertThat(Backoff.retryAfter("Friday, 01-Mar-24 09:00:00 GMT", NOW)).contains(Duration.ofHours(1));
        assertThat(Backoff.retryAfter("Fri Mar  1 08:00:10 2024", NOW)).contains(Duration.ofSeconds(10));
    }

    @Test
    void retryAfterDateInThePastIsZero() {
        assertThat(Backoff.retryAfter("Thu, 29 Feb 2024 08:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void unreadableRetryAfterIsEmpty() {
        assertThat(Backoff.retryAfter(null, NOW)).isEmpty();
        assertThat(Backoff.retryAfter("", NOW)).isEmpty();
        assertThat(Backoff.retryAfter("-5", NOW)).isEmpty();
        assertThat(Backoff.retryAfter("soon", NOW)).isEmpty();
        assertThat(Backoff.retryAfter("99999999999999999999999", NOW)).isEmpty();
    }
}
