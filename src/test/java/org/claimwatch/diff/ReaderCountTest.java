package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's count of its readers written as a sentence ("1,530 people are reading this article now") ticks between
 * fetches like any counter: when only its figure moves it is minor, in the languages whose words for reading and
 * watching {@link ReaderCounts} knows. A toll or a count of people in the news, even with "now" in it, still alerts.
 * Our own wording, written before the rule (session 19), the class of the TUNE volatile batches' "readers now" lines:
 * first run, 6 of 6 counters alerted, 0 of 3 controls missed.
 */
class ReaderCountTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1,530 people are reading this article now | 2,214 people are reading this article now",
        "Right now 412 readers are viewing this page | Right now 377 readers are viewing this page",
        "En este momento 3.120 personas leen esta noticia | En este momento 2.874 personas leen esta noticia",
        "Teraz ten artykuł czyta 1 204 osób | Teraz ten artykuł czyta 1 587 osób",
        "Сейчас эту новость читают 845 человек | Сейчас эту новость читают 1 130 человек",
        "目前有2.3万人正在阅读 | 目前有2.9万人正在阅读",
    })
    void aReaderCountTickingIsMinor(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(after).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The death toll now stands at 43,900 | The death toll now stands at 44,000",
        "Police say 40 people are now being treated in hospital | Police say 52 people are now being treated in hospital",
        "About 1,200 people are reading the names of the victims aloud in the square | About 1,500 people are reading the names of the victims aloud in the square",
    })
    void aCountInTheNewsAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(after).isTrue();
    }
}
