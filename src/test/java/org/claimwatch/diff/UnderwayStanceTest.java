package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work under way that is now done ("is being demolished" to "was demolished") changed how far along the claim is,
 * like a plan that happened; the same stage reworded does not. Written before the rule (session 18), our own wording;
 * the class is TUNE edits-batch39's one remaining miss. First run: 2 of 2 changes missed.
 */
class UnderwayStanceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The old grain silo is being demolished to make way for 200 flats. | The old grain silo was demolished to make way for 200 flats.",
        "The ferry terminal's roof is being replaced after the storm. | The ferry terminal's roof has been replaced after the storm.",
    })
    void workUnderWayNowDoneAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The old grain silo is being demolished to make way for 200 flats. | The old grain silo is being demolished to make room for 200 flats.",
    })
    void theSameStageRewordedIsSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isFalse();
    }
}
