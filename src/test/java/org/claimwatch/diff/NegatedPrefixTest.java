package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word negated by its prefix and the same word after a negation are one claim ("unclear" / "not clear",
 * "unlikely" / "not likely", German "unklar" / "nicht klar", Dutch "onduidelijk" / "niet duidelijk"); adding or
 * removing the negation alone is a change. Written before the rule (session 16), from the class of tune case
 * e11-109, in our own wording.
 */
class NegatedPrefixTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'Officials said it was unclear whether the ferry had been overloaded.' | 'Officials said it was not clear whether the ferry had been overloaded.'",
        "'The minister said a deal was unlikely before the summer recess.' | 'The minister said a deal was not likely before the summer recess.'",
        "'Die Ursache des Brandes ist laut Polizei noch unklar.' | 'Die Ursache des Brandes ist laut Polizei noch nicht klar.'",
        "'Volgens de politie is de oorzaak nog onduidelijk.' | 'Volgens de politie is de oorzaak nog niet duidelijk.'",
    })
    void theSameNegationStaysSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'Officials said it was unclear whether the ferry had been overloaded.' | 'Officials said it was clear that the ferry had been overloaded.'",
        "'The minister said a deal was likely before the summer recess.' | 'The minister said a deal was not likely before the summer recess.'",
    })
    void aNegationAddedOrGoneAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isTrue();
    }
}
