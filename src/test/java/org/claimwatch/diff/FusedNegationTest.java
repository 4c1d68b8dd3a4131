package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verb negated by a prefix fused to it (Czech and Slovak "ne-": "přiznal" / "nepřiznal") alerts, as "not" written
 * apart does. Our own wording, written before the rule (from a miss of the tune corpus volatile-batch60, v60-083).
 */
class FusedNegationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"Starosta potvrdil uzavření mostu do pátku.\" | \"Starosta nepotvrdil uzavření mostu do pátku.\"",
        "\"Polícia vylúčila cudzie zavinenie.\" | \"Polícia nevylúčila cudzie zavinenie.\"",
        "\"Obžalovaná se ke krádeži nepřiznala.\" | \"Obžalovaná se ke krádeži přiznala.\"",
    })
    void aFusedNegationAddedOrDroppedAlerts(String before, String after) {
        DiffResult r = LinePairs.between(before, after);
        assertThat(r.significant()).as(before + " -> " + after + ": " + r.changes()).isTrue();
    }
}
