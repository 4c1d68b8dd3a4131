package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live blog's button announcing its new posts ("Show 4 new updates") ticks between fetches: when only its figure
 * moves it is minor, in the languages whose words for new posts {@link ReaderCounts} knows. New cases, new jobs or new
 * homes in the news still alert. Our own wording, written before the rule (session 19), the class of the TUNE
 * volatile batches' live-blog buttons: first run, 3 of 5 buttons alerted (the English and German
 * ones were already minor), 0 of 3 controls missed.
 */
class NewPostsButtonTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Show 4 new updates | Show 11 new updates",
        "3 neue Einträge – jetzt laden | 9 neue Einträge – jetzt laden",
        "Ver 6 nuevas actualizaciones | Ver 15 nuevas actualizaciones",
        "Pokaż 7 nowych wpisów | Pokaż 12 nowych wpisów",
        "Показать 5 новых сообщений | Показать 18 новых сообщений",
    })
    void aNewPostsButtonTickingIsMinor(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(after).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Health officials reported 40 new cases on Monday | Health officials reported 52 new cases on Monday",
        "The plant will create 300 new jobs | The plant will create 450 new jobs",
        "The council approved 120 new homes in Northgate | The council approved 210 new homes in Northgate",
    })
    void newThingsInTheNewsAlert(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(after).isTrue();
    }
}
