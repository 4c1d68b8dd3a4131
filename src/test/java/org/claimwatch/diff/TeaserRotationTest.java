package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teaser slot that rotates: a line set out as a headline (a paragraph of its own, no full stop) gives way, in the
 * same place, to another story's headline that shares none of its words. That is the page's furniture turning over,
 * not the article changing; a sentence of the body replaced by another, a headline edited in place, or a headline
 * replaced by a sentence still alert. Our own wording, written before the rule (session 19), the class of TUNE
 * volatile-batch74's sidebar teasers: first run, 3 of 4 rotations alerted (the German pair was already minor), 0 of 3
 * controls missed.
 */
class TeaserRotationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Pensioner (71) dies after house fire in Castlebar | Ferry sailings cancelled as Storm Éowyn nears west coast",
        "'We had ten minutes to get out' – Limerick flood families tell their story | Two arrested after €40,000 cannabis seizure at Dublin Port",
        "Detienen a tres personas por el robo de cobre en Alcalá | «No vamos a cerrar la escuela», afirma la alcaldesa de Tarifa",
        "Brand in Lagerhalle: Feuerwehr stundenlang im Einsatz | Neuer Bürgermeister in Wittlich vereidigt",
    })
    void aRotatedTeaserIsMinor(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(after).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Police are appealing for witnesses to come forward. | Two men have been arrested over the attack.",
        "Storm closes N17 near Tuam | Storm closes N17 and N6 near Tuam, three hurt",
        "Ferry sailings go ahead as planned | All ferry sailings were cancelled on Friday, the operator said.",
    })
    void aReplacedSentenceOrAnEditedHeadlineAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(after).isTrue();
    }
}
