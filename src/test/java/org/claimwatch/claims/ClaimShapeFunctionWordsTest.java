package org.claimwatch.claims;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English pronouns that are function words of other languages: Italian's article "i" ("per i residenti"),
 * Spanish "ya" (already) and the Slavic "u" (at, in) make no reader's voice; the English "I" is written in capitals. Our own wording, written before
 * the fix (from a miss found while testing negative determiners).
 */
class ClaimShapeFunctionWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "L'ispezione ha rilevato un rischio per i residenti.",
        "Sono stati evacuati i residenti di tre palazzi in via Roma.",
        "El gobierno ya confirmó el acuerdo con los sindicatos.",
        "La policía ya detuvo a dos sospechosos en Valencia.",
        // added after: the South and West Slavic "u" (at, in) is no "you" (volatile-batch60, v60-043 and -083)
        "Poplava je u Zenici odnela dva mosta, saopštila je opština.",
        "Svědek u soudu vypověděl, že auto jelo na červenou.",
    })
    void aClaimInAnotherLanguageIsAClaim(String sentence) {
        assertThat(ClaimShape.of(sentence)).as(sentence).isEqualTo(ClaimShape.Shape.CLAIM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I tested every blender on the market so you don't have to.",
            "We think I should try the new menu at our place."})
    void theWritersOwnVoiceIsStillTheReaders(String sentence) {
        assertThat(ClaimShape.of(sentence)).as(sentence).isEqualTo(ClaimShape.Shape.READER);
    }
}
