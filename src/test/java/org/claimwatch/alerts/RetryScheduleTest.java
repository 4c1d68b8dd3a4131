package org.claimwatch.alerts;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    private final RetrySchedule schedule = RetrySchedule.defaults();

    @Test
    void firstRetryWaitsTheBaseWithoutJitterAtMidpoint() {
        assertThat(schedule.next(1, 0.5, Optional.empty())).contains(Duration.ofSeconds(30));
    }

    @Test
    void waitsDoubleEachAttempt() {
        assertThat(schedule.next(4, 0.5, Optional.empty())).contains(Duration.ofSeconds(240));
    }

    @Test
    void jitterStaysWithinAQuarter() {
        assertThat(schedule.next(1, 0.0, Optional.empty())).contains(Duration.ofMillis(22_500));
        assertThat(schedule.next(1, 0.999999, Optional.empty()).orElseThrow()).isLessThan(Duration.ofMillis(37_501));
    }

    @Test
    void waitsAreCappedAtTheMaximumDelay() {
        assertThat(schedule.next(11, 0.5, Optional.empty())).contains(Duration.ofHours(6));
    }

    @Test
    void retryAfterReplacesTheBackoff() {
        assertThat(schedule.next(1, 0.5, Optional.of(Duration.ofSeconds(120)))).contains(Duration.ofSeconds(120));
    }

    @Test
    void retryAfterIsCappedAtADay() {
        assertThat(schedule.next(1, 0.5, Optional.of(Duration.ofDays(30)))).contains(Duration.ofHours(24));
    }

    @Test
    void noRetryAfterTheLastAttempt() {
        assertThat(schedule.next(12, 0.5, Optional.empty())).isEmpty();
        assertThat(schedule.next(12, 0.5, Optional.of(Duration.ofSeconds(1)))).isEmpty();
    }

    @Test
    void defaultScheduleSpansAboutADay() {
        assertThat(schedule.span()).isEqualTo(Duration.ofSeconds(30 + 60 + 120 + 240 + 480 + 960 + 1920 + 3840
                + 7680 + 15360 + 21600));
        assertThat(schedule.span()).isBetween(Duration.ofHours(14), Duration.ofHours(30));
    }
}
