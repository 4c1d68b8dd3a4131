package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same date written another way (ISO, numeric, a month's name in the page's language) is no change of figure; a
 * different day is. Written before the rule (session 15), from the class the tune corpora cried wolf on, in our own
 * wording.
 */
class DatesRespelledTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"The takeover is due to complete on 2026-04-30, the company said.\" | \"The takeover is due to complete on April 30, 2026, the company said.\"",
        "\"Der Prozess wurde auf den 12.03.2026 vertagt.\" | \"Der Prozess wurde auf den 12. März 2026 vertagt.\"",
        "\"Rozprawę odroczono do 5 maja 2026 roku.\" | \"Rozprawę odroczono do 05.05.2026 roku.\"",
        "\"Dava 9 Ekim 2025 tarihine ertelendi.\" | \"Dava 09.10.2025 tarihine ertelendi.\"",
        // session 16, the class of tune case e11-103 (it alerted before the ordinal rule)
        "\"The inquiry resumes on Oct. 3, the chair said.\" | \"The inquiry resumes on October 3rd, the chair said.\"",
    })
    void theSameDateRespelledStaysSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"The takeover is due to complete on 2026-04-30, the company said.\" | \"The takeover is due to complete on May 30, 2026, the company said.\"",
        "\"Der Prozess wurde auf den 12.03.2026 vertagt.\" | \"Der Prozess wurde auf den 13. März 2026 vertagt.\"",
        "\"Dava 9 Ekim 2025 tarihine ertelendi.\" | \"Dava 19.10.2025 tarihine ertelendi.\"",
        "\"The inquiry resumes on Oct. 3, the chair said.\" | \"The inquiry resumes on October 4th, the chair said.\"",
    })
    void anotherDayAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isTrue();
    }
}
