package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A content word put in place of another changes the claim unless it respells it, abbreviates it, is a neutral verb
 * of speech for another or shares a WordNet sense with it. Written after the rule (session 14); each alerting case
 * is silent without {@link ContentSwap}, each silent case alerts without its exception.
 */
class ContentSwapTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"The tribunal ruled that the strike by the dock workers was legal.\" | \"The tribunal ruled that the strike by the dock workers was illegal.\"",
        "\"Exports to the region grew faster than the ministry had forecast.\" | \"Exports to the region grew more slowly than the ministry had forecast.\"",
        "\"Investigators blamed the derailment on a broken rail.\" | \"Investigators blamed the derailment on driver error.\"",
        "\"The court upheld the appeal against the mayor's election.\" | \"The court rejected the appeal against the mayor's election.\"",
        "\"The library in the old town is accepting donated books again.\" | \"The library in the old town is no longer accepting donated books.\"",
        "\"Two climbers remain missing after the avalanche on the north face.\" | \"Two climbers died after the avalanche on the north face.\"",
    })
    void aContentWordReplacedAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"The union said the talks with the port authority had collapsed.\" | \"The union said the negotiations with the port authority had collapsed.\"",
        "\"The council will purchase twelve electric buses next year, the mayor said.\" | \"The council will buy twelve electric buses next year, the mayor said.\"",
        "\"Lt. Col. Maria Lopes said the convoy had reached the border.\" | \"Lieutenant Colonel Maria Lopes said the convoy had reached the border.\"",
        "\"The spokesman said the ferry would resume sailing on Monday.\" | \"The spokesman stated the ferry would resume sailing on Monday.\"",
        "\"The programme will reach every school in the district by June.\" | \"The program will reach every school in the district by June.\"",
        "\"Rescuers searched the rubble of the collapsed warehouse through the night.\" | \"Rescuers searched the debris of the collapsed warehouse through the night.\"",
        "\"The storm probably damaged the pier, the harbour master said.\" | \"The storm likely damaged the pier, the harbour master said.\"",
    })
    void aWordForTheSameThingStaysSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isFalse();
    }
}
