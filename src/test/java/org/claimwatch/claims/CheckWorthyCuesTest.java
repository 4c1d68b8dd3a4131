package org.claimwatch.claims;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimwatch.claims.CheckWorthyCues.Cue.COMPARISON;
import static org.claimwatch.claims.CheckWorthyCues.Cue.OWN_RECORD;
import static org.claimwatch.claims.CheckWorthyCues.Cue.REPORTED;
import static org.claimwatch.claims.CheckWorthyCues.Cue.TREND;

/**
 * The phrase classes behind the check-worthiness misses of issue 16 (reported speech, a speaker's own record,
 * qualitative comparisons and trends about the world), found without any number. Literal sentences written here.
 */
class CheckWorthyCuesTest {

    @Test
    void reportedSpeechAndStances() {
        assertThat(CheckWorthyCues.of("The minister said the plant would close.")).contains(REPORTED);
        assertThat(CheckWorthyCues.of("The governor opposed the new pipeline.")).contains(REPORTED);
        assertThat(CheckWorthyCues.of("According to the agency, exports collapsed.")).contains(REPORTED);
    }

    @Test
    void aSpeakersOwnRecord() {
        assertThat(CheckWorthyCues.of("I vetoed that bill twice.")).contains(OWN_RECORD);
        assertThat(CheckWorthyCues.of("We have cut taxes for working families.")).contains(OWN_RECORD);
        assertThat(CheckWorthyCues.of("I voted against the war.")).contains(OWN_RECORD);
        assertThat(CheckWorthyCues.of("I wanted to thank my wife.")).doesNotContain(OWN_RECORD);
        assertThat(CheckWorthyCues.of("I think we can do better.")).doesNotContain(OWN_RECORD);
    }

    @Test
    void qualitativeComparisonsAndTrendsAboutTheWorld() {
        assertThat(CheckWorthyCues.of("It is the poorest province in the region.")).contains(COMPARISON);
        assertThat(CheckWorthyCues.of("Crime is higher than it was under the last mayor.")).contains(COMPARISON);
        assertThat(CheckWorthyCues.of("Air pollution is rising in the valley.")).contains(TREND);
        assertThat(CheckWorthyCues.of("Wages have doubled since then.")).contains(TREND);
    }

    @Test
    void courtesiesAndOpinionsCarryNoCue() {
        assertThat(CheckWorthyCues.of("Thank you all for being here tonight.")).isEmpty();
        assertThat(CheckWorthyCues.of("I hope you enjoy the evening.")).isEmpty();
        assertThat(CheckWorthyCues.of("The best is yet to come.")).doesNotContain(TREND, REPORTED, OWN_RECORD);
    }
}
