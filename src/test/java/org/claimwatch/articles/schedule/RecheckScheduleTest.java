package org.claimwatch.articles.schedule;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecheckScheduleTest {

    private static final Instant FIRST_SEEN = Instant.parse("2024-03-01T08:00:00Z");

    private static RecheckSchedule at(String now) {
        return RecheckSchedule.defaults(Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    @Test
    void newArticleIsCheckedEveryFifteenMinutes() {
        assertThat(at("2024-03-01T08:00:00Z").nextCheck(FIRST_SEEN, null))
                .contains(Instant.parse("2024-03-01T08:15:00Z"));
        assertThat(at("2024-03-01T09:20:00Z").nextCheck(FIRST_SEEN, null))
                .contains(Instant.parse("2024-03-01T09:30:00Z"));
    }

    @Test
    void lastQuarterHourBeforeThreeHoursLandsOnTheBoundary() {
        assertThat(at("2024-03-01T10:50:00Z").nextCheck(FIRST_SEEN, null))
                .contains(Instant.parse("2024-03-01T11:00:00Z"));
    }

    @Test
    void afterThreeHoursHourly() {
        assertThat(at("2024-03-01T11:00:00Z").nextCheck(FIRST_SEEN, null))
                .contains(Instant.parse("2024-03-01T12:00:00Z"));
        assertThat(at("2024-03-01T11:07:00Z").nextCheck(FIRST_SEEN, null))
                .contains(Instant.parse("2024-03-01T12:00:00Z"));
    }

    @Test
    void afterOneDayEveryFourHours() {
        assertThat(at("2024-03-02T09:00:00Z").nextCheck(FIRST_SEEN, null))
                .contains(Instant.parse("2024-03-02T12:00:00Z"));
    }

    @Test
    void afterThreeDaysDaily() {
        assertThat(at("2024-03-05T10:00:00Z").nextCheck(FIRST_SEEN, null))
                .contains(Instant.parse("2024-03-06T08:00:00Z"));
    }

    @Test
    void lastCheckIsAtThirtyDaysThenStop() {
        assertThat(at("2024-03-30T09:00:00Z").nextCheck(FIRST_SEEN, null))
                .contains(Instant.parse("2024-03-31T08:00:00Z"));
        assertThat(at("2024-03-31T08:00:00Z").nextCheck(FIRST_SEEN, null)).isEmpty();
        assertThat(at("2024-05-01T00:00:00Z").nextCheck(FIRST_SEEN, null)).isEmpty();
    }

    @Test
    void changeResetsToFrequentChecks() {
        Instant changed = Instant.parse("2024-03-10T12:00:00Z");
        assertThat(at("2024-03-10T12:05:00Z").nextCheck(FIRST_SEEN, changed))
                .contains(Instant.parse("2024-03-10T12:15:00Z"));
    }

    @Test
    void changeAfterThirtyDaysRevivesTheSchedule() {
        Instant changed = Instant.parse("2024-04-15T00:00:00Z");
        assertThat(at("2024-04-15T01:00:00Z").nextCheck(FIRST_SEEN, changed))
                .contains(Instant.parse("2024-04-15T01:15:00Z"));
    }

    @Test
    void clockBehindFirstSeenStillGivesFirstInterval() {
        assertThat(at("2024-03-01T07:59:00Z").nextCheck(FIRST_SEEN, null))
                .contains(Instant.parse("2024-03-01T08:15:00Z"));
    }

    @Test
    void explicitNowOverridesTheClock() {
        assertThat(at("2030-01-01T00:00:00Z").nextCheck(FIRST_SEEN, null, Instant.parse("2024-03-01T08:01:00Z")))
                .contains(Instant.parse("2024-03-01T08:15:00Z"));
    }

    @Test
    void customStepsAreUsed() {
        RecheckSchedule schedule = RecheckSchedule.of(List.of(
                RecheckStep.of(Duration.ofMinutes(30), Duration.ofMinutes(5)),
                RecheckStep.of(Duration.ofHours(2), Duration.ofMinutes(30))),
                Clock.fixed(Instant.parse("2024-03-01T08:31:00Z"), ZoneOffset.UTC));
        assertThat(schedule.nextCheck(FIRST_SEEN, null)).contains(Instant.parse("2024-03-01T09:00:00Z"));
        assertThat(schedule.nextCheck(FIRST_SEEN, null, Instant.parse("2024-03-01T10:00:00Z"))).isEqualTo(Optional.empty());
    }

    @Test
    void stepsMustEndAtIncreasingAges() {
        assertThatThrownBy(() -> RecheckSchedule.of(List.of(
                RecheckStep.of(Duration.ofHours(3), Duration.ofMinutes(15)),
                RecheckStep.of(Duration.ofHours(3), Duration.ofHours(1))), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("re-check steps must end at increasing ages: PT3H then PT3H");
    }

    @Test
    void intervalByAge() {
        RecheckSchedule schedule = RecheckSchedule.defaults(Clock.systemUTC());
        assertThat(schedule.interval(Duration.ofHours(2))).isEqualTo(Duration.ofMinutes(15));
        assertThat(schedule.interval(Duration.ofHours(5))).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.interval(Duration.ofDays(2))).isEqualTo(Duration.ofHours(4));
        assertThat(schedule.interval(Duration.ofDays(10))).isEqualTo(Duration.ofDays(1));
    }
}
