package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step called off, put off or halted ("vote to strike" to "call off strike", "will open" to "postponed the
 * opening") changed what the claim says will happen; the same step in other words ("called off" and "cancelled") did
 * not. English. Written before the rule (session 18), our own wording: first run, 1 of 3 changes missed (the strike called
 * off) and 1 of 2 rewordings alerted ("postponed" to "put off").
 */
class CalledOffTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tram drivers in Porto vote to strike over rosters | Tram drivers in Porto call off strike over rosters",
        "The festival will open on Friday with a concert in the old port. | The festival has postponed its opening concert in the old port.",
        "Work on the northern bypass resumed in March, the council said. | Work on the northern bypass was suspended in March, the council said.",
    })
    void aStepCalledOffOrPutOffAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The union called off Monday's strike after talks overnight. | The union cancelled Monday's strike after talks overnight.",
        "The match was postponed because of the storm. | The match was put off because of the storm.",
    })
    void theSameStepInOtherWordsIsSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isFalse();
    }
}
