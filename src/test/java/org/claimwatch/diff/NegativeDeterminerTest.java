package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim negated by its determiner ("a risk" / "no risk", "some evidence" / "no evidence"), in the languages whose
 * negative determiners are words of their own, or by the bare negation of Spanish ("no"), alerts like "not" does.
 * Our own wording, written before the rule (from a miss of the tune corpus volatile-batch56, v56-041).
 */
class NegativeDeterminerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"Inspectors said the crack posed a danger to passing ships.\" | \"Inspectors said the crack posed no danger to passing ships.\"",
        "\"The audit found evidence of fraud in the housing fund.\" | \"The audit found no evidence of fraud in the housing fund.\"",
        "\"Police said one person was hurt in the blast.\" | \"Police said nobody was hurt in the blast.\"",
        "\"El ministerio confirmó el cierre de la planta.\" | \"El ministerio no confirmó el cierre de la planta.\"",
        "\"Myndighetene fant spor av olje i elven.\" | \"Myndighetene fant ingen spor av olje i elven.\"",
        "\"L'enquête a trouvé une faille dans le système.\" | \"L'enquête n'a trouvé aucune faille dans le système.\"",
        "\"L'ispezione ha rilevato un rischio per i residenti.\" | \"L'ispezione non ha rilevato nessun rischio per i residenti.\"",
        "\"La perícia encontrou um defeito na barragem.\" | \"La perícia não encontrou nenhum defeito na barragem.\"",
    })
    void aNegatedClaimAlerts(String before, String after) {
        DiffResult r = LinePairs.between(before, after);
        assertThat(r.significant()).as(before + " -> " + after + ": " + r.changes()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"The mayor said there was no risk to residents.\" | \"The mayor said there was no risk to the residents.\"",
        // Portuguese "no" is "in the": dropping it is no negation dropped
        "\"O incêndio começou no armazém da empresa, segundo os bombeiros.\" | \"O incêndio começou num armazém da empresa, segundo os bombeiros.\"",
        "\"Ticket No. 4512 won Friday's draw, the lottery said.\" | \"Ticket No. 4512 won Friday’s draw, the lottery said.\"",
    })
    void theSameNegationKeptIsNoChange(String before, String after) {
        DiffResult r = LinePairs.between(before, after);
        assertThat(r.significant()).as(before + " -> " + after + ": " + r.changes()).isFalse();
    }
}
