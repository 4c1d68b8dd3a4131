package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A share written as a fraction or as its percentage is one figure ("half" / "50 per cent", "a quarter" / "25%"), in
 * the languages of the number words; another share is a change. Written before the rule (session 16), from the class
 * of tune cases e11-129 and e11-130, in our own wording.
 */
class FractionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'Half of the budget will go to schools, the mayor said.' | 'Fifty per cent of the budget will go to schools, the mayor said.'",
        "'A quarter of the staff will be offered buyouts, the firm said.' | '25% of the staff will be offered buyouts, the firm said.'",
        "'La mitad de los fondos irá a vivienda, según el ministerio.' | 'El 50% de los fondos irá a vivienda, según el ministerio.'",
        // added before the rewording rule (it alerted as a word swap, the class of tune e11-130)
        "'A third of the fleet is grounded, the airline said.' | 'Thirty-three per cent of the fleet is grounded, the airline said.'",
    })
    void theSameShareStaysSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'Half of the budget will go to schools, the mayor said.' | 'Forty per cent of the budget will go to schools, the mayor said.'",
        "'A quarter of the staff will be offered buyouts, the firm said.' | 'A third of the staff will be offered buyouts, the firm said.'",
    })
    void anotherShareAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isTrue();
    }
}
