package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A figure written out in full and the same figure with the scale word its language shortens it by ("2 500 000" and
 * "2,5 млн", "1.500.000" and "1,5 juta", "120000" and "12万") is one figure; another figure or another scale is not.
 * Written before the rule (session 18), our own wording; the class is TUNE edits-batch39's number-style pair. First
 * run: 5 of 5 alerted, the 3 changes alerted. Turkish "2,5 bin" still alerts against "2.500" ("bin" is left out of the
 * scales: three Latin letters are a word as often as a scale) and is left out here.
 */
class NumberScalesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Уряд виділив 2 500 000 гривень на ремонт школи. | Уряд виділив 2,5 млн гривень на ремонт школи.",
        "Miasto wyda 3 500 000 zł na remont mostu. | Miasto wyda 3,5 mln zł na remont mostu.",
        "Pemerintah menyiapkan 1.500.000 paket bantuan. | Pemerintah menyiapkan 1,5 juta paket bantuan.",
        "政府は120000人を避難させた。 | 政府は12万人を避難させた。",
    })
    void theSameFigureShortenedIsSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Уряд виділив 2,5 млн гривень на ремонт школи. | Уряд виділив 3,5 млн гривень на ремонт школи.",
        "Miasto wyda 3,5 mln zł na remont mostu. | Miasto wyda 3,5 mld zł na remont mostu.",
        "Pemerintah menyiapkan 1,5 juta paket bantuan. | Pemerintah menyiapkan 2 juta paket bantuan.",
    })
    void anotherFigureOrScaleAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isTrue();
    }
}
