package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date written another way ("12/3" and "12 de marzo", "12/03/2025" and "12 March 2025") is the same date: its figures
 * and its month's name are the date's, and rewriting them changes no claim; another day or month alerts. A Portuguese
 * "no" ("in the") is no negation whether or not the sentence has an "ã" or a "ç". Written before the fix (session 21),
 * our own wording; the class is the date-format pairs of TUNE edits-batch80. First run: 4 of 4 silent pairs alerted,
 * 0 of 4 changes missed.
 */
class DateFormatsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Η δίκη θα αρχίσει στις 18 Απριλίου στο Μικτό Ορκωτό Δικαστήριο. | Η δίκη θα αρχίσει στις 18/4 στο Μικτό Ορκωτό Δικαστήριο.",
        "O julgamento foi marcado para 18/4, no Tribunal de Justiça. | O julgamento foi marcado para 18 de abril, no Tribunal de Justiça.",
        "The inquest was adjourned until 18/04/2025 at the coroner's court. | The inquest was adjourned until 18 April 2025 at the coroner's court.",
        "El juicio comenzará el 18/4 en la Audiencia de Sevilla. | El juicio comenzará el 18 de abril en la Audiencia de Sevilla.",
    })
    void aDateWrittenAnotherWayIsSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(after).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "El juicio comenzará el 18/4 en la Audiencia de Sevilla. | El juicio comenzará el 19 de abril en la Audiencia de Sevilla.",
        "The inquest was adjourned until 18 April 2025 at the coroner's court. | The inquest was adjourned until 18/05/2025 at the coroner's court.",
        "O julgamento foi marcado para 18/4, no Tribunal de Justiça. | O julgamento não foi marcado para 18/4, no Tribunal de Justiça.",
        "El juez aceptó la demanda el 18 de abril. | El juez no aceptó la demanda el 18 de abril.",
    })
    void anotherDateOrANegationAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(after).isTrue();
    }
}
