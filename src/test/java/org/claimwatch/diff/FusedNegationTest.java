package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word negated by a prefix fused to it (Czech and Slovak "ne-": "přiznal" / "nepřiznal"; English and German
 * "un-", "dis-": "authorised" / "unauthorised", "bedingte" / "unbedingte") alerts, as "not" written apart does. Our own wording, written before the rule (from a miss of the tune corpus volatile-batch60, v60-083).
 */
class FusedNegationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"Starosta potvrdil uzavření mostu do pátku.\" | \"Starosta nepotvrdil uzavření mostu do pátku.\"",
        "\"Polícia vylúčila cudzie zavinenie.\" | \"Polícia nevylúčila cudzie zavinenie.\"",
        "\"Obžalovaná se ke krádeži nepřiznala.\" | \"Obžalovaná se ke krádeži přiznala.\"",
        // added after: the negating prefixes of English and German (tune corpus volatile-batch65, v65-047)
        "\"Das Gericht verhängte eine bedingte Strafe von 18 Monaten.\" | \"Das Gericht verhängte eine unbedingte Strafe von 18 Monaten.\"",
        "\"The council said the march through the centre was authorised.\" | \"The council said the march through the centre was unauthorised.\"",
        "\"Police described the gathering as peaceful and orderly.\" | \"Police described the gathering as peaceful and disorderly.\"",
    })
    void aFusedNegationAddedOrDroppedAlerts(String before, String after) {
        DiffResult r = LinePairs.between(before, after);
        assertThat(r.significant()).as(before + " -> " + after + ": " + r.changes()).isTrue();
    }
}
