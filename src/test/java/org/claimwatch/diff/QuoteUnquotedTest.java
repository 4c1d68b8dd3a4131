package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quotation turned into reported speech with its words standing ("'We will reopen the bridge by Friday,' the mayor
 * said" to "The mayor said the city would reopen the bridge by Friday") lost its marks, not its claim; a quotation
 * whose words went with it is gone. Written before the rule (session 18), our own wording; the class is TUNE
 * edits-batch16's and -22's quote-to-reported-speech pairs. First run: 3 of 3 rewordings alerted, both removals alerted.
 */
class QuoteUnquotedTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "“We will reopen the Elm Street bridge by Friday,” the mayor told reporters on Monday. | The mayor told reporters on Monday that the city would reopen the Elm Street bridge by Friday.",
        "„Wir werden die Brücke an der Elbstraße bis Freitag wieder öffnen“, sagte der Bürgermeister. | Der Bürgermeister sagte, die Stadt werde die Brücke an der Elbstraße bis Freitag wieder öffnen.",
        "« Nous ne fermerons aucune école rurale cette année », a déclaré la ministre. | La ministre a déclaré qu'elle ne fermerait aucune école rurale cette année.",
    })
    void aQuotationReportedWithItsWordsIsSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "“We will reopen the Elm Street bridge by Friday,” the mayor said. | The mayor said the Elm Street bridge would stay closed.",
        "“The figures we published in March were wrong,” the minister admitted. | The minister said the figures were under review.",
    })
    void aQuotationWhoseWordsWentAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isTrue();
    }
}
