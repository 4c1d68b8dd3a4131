package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clock time written in figures or in words ("2:30 p.m." / "half past two in the afternoon", "12 noon" / "noon",
 * "20.45 uur" / "kwart voor negen 's avonds") is one figure; another time is a change. Written before the rule
 * (session 16), from the class of tune cases e11-100, e11-101 and e30-039, in our own wording.
 */
class TimesRespelledTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'The march will start at 12 noon on Saturday, the organisers said.' | 'The march will start at noon on Saturday, the organisers said.'",
        "'Trading resumed at 2:30 p.m. after the halt, the exchange said.' | 'Trading resumed at half past two in the afternoon after the halt, the exchange said.'",
        "'De trein vertrekt om 20.45 uur uit Utrecht, meldt de NS.' | 'De trein vertrekt om kwart voor negen ''s avonds uit Utrecht, meldt de NS.'",
        "'The polls close at 10pm, the election office said.' | 'The polls close at 10 o''clock in the evening, the election office said.'",
    })
    void theSameTimeStaysSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'Trading resumed at 2:30 p.m. after the halt, the exchange said.' | 'Trading resumed at half past three in the afternoon after the halt, the exchange said.'",
        "'The march will start at 12 noon on Saturday, the organisers said.' | 'The march will start at midnight on Saturday, the organisers said.'",
    })
    void anotherTimeAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isTrue();
    }
}
