package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quotation moved to the other side of its attribution, its words unchanged, is the same quote; moved and reworded,
 * it alerts. Written before the rule (session 16), from the class of tune case e39-120, in our own wording.
 */
class QuoteMovedTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'\"We will appeal the ruling,\" club chairman Omar Haddad said.' | 'Club chairman Omar Haddad said: \"We will appeal the ruling.\"'",
        "'« Nous ferons appel », a déclaré le maire, Paul Lenoir.' | 'Le maire, Paul Lenoir, a déclaré : « Nous ferons appel. »'",
    })
    void theSameWordsMovedStaySilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'\"We will appeal the ruling,\" club chairman Omar Haddad said.' | 'Club chairman Omar Haddad said: \"We will accept the ruling.\"'",
    })
    void movedAndRewordedAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isTrue();
    }
}
