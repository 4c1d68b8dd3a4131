package org.claimwatch.articles;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The re-check plan on a fixed clock: decaying steps by age, reset on change, stop at the end, fixed override. */
class RecheckPlanTest {

    private static final Instant FIRST_SEEN = Instant.parse("2026-11-01T00:00:00Z");

    private static RecheckPlan defaultsAt(String now) {
        return RecheckPlan.of(0, List.of(), Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    @Test
    void youngArticleIsCheckedEveryFifteenMinutes() {
        assertThat(defaultsAt("2026-11-01T01:05:00Z").afterUnchanged(FIRST_SEEN, null)).isEqualTo(10 * 60);
    }

    @Test
    void dayOldArticleIsCheckedHourly() {
        assertThat(defaultsAt("2026-11-01T05:10:00Z").afterUnchanged(FIRST_SEEN, null)).isEqualTo(50 * 60);
    }

    @Test
    void weekOldArticleIsCheckedDaily() {
        assertThat(defaultsAt("2026-11-08T06:00:00Z").afterUnchanged(FIRST_SEEN, null)).isEqualTo(18 * 3600);
    }

    @Test
    void monthOldArticleIsNoLongerChecked() {
        assertThat(defaultsAt("2026-12-01T00:00:01Z").afterUnchanged(FIRST_SEEN, null)).isEqualTo(RecheckPlan.STOP);
    }

    @Test
    void aRecentChangeResetsToFrequentChecks() {
        Instant changed = Instant.parse("2026-11-20T00:00:00Z");
        assertThat(defaultsAt("2026-11-20T00:20:00Z").afterUnchanged(FIRST_SEEN, changed)).isEqualTo(10 * 60);
    }

    @Test
    void afterAChangeTheNextCheckIsTheFirstStep() {
        assertThat(defaultsAt("2026-11-25T12:00:00Z").afterChange()).isEqualTo(15 * 60);
    }

    @Test
    void configuredStepsReplaceTheDefaults() {
        RecheckPlan plan = RecheckPlan.of(0, List.of(new long[] {60, 10}, new long[] {600, 120}),
                Clock.fixed(Instant.parse("2026-11-01T00:02:00Z"), ZoneOffset.UTC));
        assertThat(plan.afterUnchanged(FIRST_SEEN, null)).isEqualTo(120);
        assertThat(plan.afterChange()).isEqualTo(10);
    }

    @Test
    void fixedIntervalOverridesTheSteps() {
        RecheckPlan plan = RecheckPlan.of(30, List.of(), Clock.fixed(Instant.parse("2026-12-25T00:00:00Z"), ZoneOffset.UTC));
        assertThat(plan.afterUnchanged(FIRST_SEEN, null)).isEqualTo(30);
        assertThat(plan.afterChange()).isEqualTo(30);
    }
}
