package org.claimwatch.alerts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleTest {

    @Test
    void withinTheBudgetEachAlertIsSent() {
        assertThat(Throttle.plan(10, 3, 7)).isEqualTo(Throttle.Plan.SEND);
    }

    @Test
    void overTheBudgetTheBacklogBecomesOneDigest() {
        assertThat(Throttle.plan(10, 3, 8)).isEqualTo(Throttle.Plan.DIGEST);
    }

    @Test
    void withNoBudgetLeftEverythingWaits() {
        assertThat(Throttle.plan(10, 10, 1)).isEqualTo(Throttle.Plan.WAIT);
    }

    @Test
    void aSingleAlertIsNeverADigest() {
        assertThat(Throttle.plan(1, 0, 1)).isEqualTo(Throttle.Plan.SEND);
    }
}
