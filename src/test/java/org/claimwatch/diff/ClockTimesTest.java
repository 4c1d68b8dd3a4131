package org.claimwatch.diff;

import org.claimwatch.claims.Claims;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A time of day written another way is the same time; a time that moved is a change; a decimal is no time. */
class ClockTimesTest {

    private static final String HEAD = "The council approved the new bridge on a vote of seven to two.\n\n";

    private static boolean alerts(String before, String after) {
        return VersionDiff.compare(Claims.analyze(HEAD + before, null), Claims.analyze(HEAD + after, null))
                .significant();
    }

    @Test
    void oneTimeInTwoNotationsIsNoChange() {
        assertThat(alerts("The prime minister will address the nation at 8 p.m. on Sunday, her office said.",
                "The prime minister will address the nation at 20:00 on Sunday, her office said.")).isFalse();
        assertThat(alerts("Polls close at 9pm across the country, the electoral commission said.",
                "Polls close at 9:00 PM across the country, the electoral commission said.")).isFalse();
        assertThat(alerts("The summit opens at 8.30am in Brussels, officials said.",
                "The summit opens at 8:30 a.m. in Brussels, officials said.")).isFalse();
    }

    @Test
    void aTimeThatMovedIsAChange() {
        assertThat(alerts("The prime minister will address the nation at 8 p.m. on Sunday, her office said.",
                "The prime minister will address the nation at 9 p.m. on Sunday, her office said.")).isTrue();
        assertThat(alerts("The summit opens at 08:30 in Brussels, officials said.",
                "The summit opens at 10:30 in Brussels, officials said.")).isTrue();
        assertThat(alerts("Inflation eased to 2.30 per cent in May, the statistics office said.",
                "Inflation eased to 2.45 per cent in May, the statistics office said.")).isTrue();
    }
}
