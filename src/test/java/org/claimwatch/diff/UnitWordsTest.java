package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A figure's unit written another way in its own language (the percent sign or the word for percent, before or after
 * the figure; a currency's sign, its code, its abbreviation or its name) is the same figure; another unit is not.
 * The words come from CLDR, in every language ICU4J carries (UnitWords), not from a list of ours. Written
 * before the rule (session 21), our own wording; the class is the percent-style and currency-format pairs of the
 * fresh TUNE edits batches 79 and 80. First run: 9 of 10 silent pairs alerted (the Turkish one was already silent), 0 of 6
 * changes missed.
 */
class UnitWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bezdarbs martā saruka līdz 6,8 %. | Bezdarbs martā saruka līdz 6,8 procentiem.",
        "Infliacija kovą sudarė 2,4 proc. | Infliacija kovą sudarė 2,4 procento.",
        "Työttömyysaste nousi 8,1 prosenttiin, kertoo Tilastokeskus. | Työttömyysaste nousi 8,1 %:iin, kertoo Tilastokeskus.",
        "Regionen skal betale 4,5 millioner kr til skolen. | Regionen skal betale 4,5 millioner kroner til skolen.",
        "Kommunen får 12 miljoner kronor i statsbidrag. | Kommunen får 12 miljoner kr i statsbidrag.",
        "Radnice zaplatí za opravu 18 milionů Kč. | Radnice zaplatí za opravu 18 milionů korun.",
        "The port authority will invest EUR 80 million in the new terminal. | The port authority will invest €80 million in the new terminal.",
        "La provincia destinará $2.400.000 a los comedores escolares. | La provincia destinará 2,4 millones de pesos a los comedores escolares.",
        "İşsizlik oranı yüzde 9,2 oldu. | İşsizlik oranı %9,2 oldu.",
        "Bei za mafuta zilipanda kwa asilimia 7 mwezi huu. | Bei za mafuta zilipanda kwa 7% mwezi huu.",
    })
    void theSameUnitWrittenAnotherWayIsSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bezdarbs martā saruka līdz 6,8 %. | Bezdarbs martā saruka līdz 6,8 procentpunktiem.",
        "Regionen skal betale 4,5 millioner kr til skolen. | Regionen skal betale 4,5 millioner euro til skolen.",
        "The port authority will invest EUR 80 million in the new terminal. | The port authority will invest $80 million in the new terminal.",
        "La provincia destinará $2.400.000 a los comedores escolares. | La provincia destinará 2,4 millones de euros a los comedores escolares.",
        "İşsizlik oranı yüzde 9,2 oldu. | İşsizlik oranı yüzde 9,7 oldu.",
        "Radnice zaplatí za opravu 18 milionů Kč. | Radnice zaplatí za opravu 18 milionů eur.",
    })
    void anotherUnitOrFigureAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isTrue();
    }
}
