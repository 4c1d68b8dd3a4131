package org.claimwatch.claims;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A day written as an ordinal ("12.") before its month's name does not end a sentence, in any language. */
class OrdinalDaySplitTest {

    @Test
    void anOrdinalDayBeforeAMonthStaysInItsSentence() {
        assertThat(Claims.analyze("Der Prozess wurde auf den 12. März 2026 vertagt. Das Gericht tagt wieder.", null)
                .sentences()).hasSize(2);
        assertThat(Claims.analyze("Die Wahl findet am 3. Okt. statt. Die Parteien werben.", null).sentences())
                .hasSize(2);
        assertThat(Claims.analyze("Spotkanie odbędzie się 5. maja w Warszawie. Ministrowie przyjadą.", null)
                .sentences()).hasSize(2);
    }

    @Test
    void aNumberEndingASentenceBeforeACapitalStillSplits() {
        assertThat(Claims.analyze("The vote passed with 12. Critics called it rushed.", null).sentences()).hasSize(2);
    }
}
