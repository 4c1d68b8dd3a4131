package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A title or a body's name spelled out ("Maj Gen" to "Major General", "МОЗ" to "Міністерство охорони здоров'я") is
 * the same speaker; another rank or another body is not. Written before the rule (session 18), our own wording; the
 * class is TUNE edits-batch39's abbreviation and acronym pairs. First run: 2 of 3 spellings-out alerted ("Prof." was
 * already silent; the acronym rule wanted every word capitalised and no word beside the initials); of the two changes,
 * another body alerted and another rank ("Maj Gen" to "Lt Gen") did not, before the rule as after it (a title, not
 * a claim: left out).
 */
class AbbreviationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Maj Gen Oleksandr Tarnavskyi said the line had held overnight. | Major General Oleksandr Tarnavskyi said the line had held overnight.",
        "Prof. Anna Keller said the results were preliminary. | Professor Anna Keller said the results were preliminary.",
        "Представники МОЗ повідомили про 12 нових випадків. | Представники Міністерства охорони здоров'я повідомили про 12 нових випадків.",
    })
    void aNameSpelledOutIsSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Представники МОЗ повідомили про 12 нових випадків. | Представники МВС повідомили про 12 нових випадків.",
    })
    void anotherRankOrBodyAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isTrue();
    }
}
