package org.claimwatch.claims;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Datelines, timestamps and counters written in the languages of the feeds editors follow are page metadata like
 * their English forms (they tick between fetches and state nothing); a sentence that holds a date stays prose.
 * Cases written before the change (issue 15, "never cries wolf over timestamps").
 */
class MetaLinesLanguagesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "5. März 2025", "5 mars 2025", "5 de marzo de 2025", "5 marzo 2025", "5 maart 2025", "5 de março de 2025",
            "Aktualisiert am 5. März 2025, 10:30 Uhr", "Veröffentlicht am 12. Januar 2026",
            "Publié le 5 mars 2025 à 10h30", "Mis à jour le 12 janvier 2026",
            "Actualizado el 5 de marzo de 2025", "Publicado el 12 de enero de 2026, 10:30",
            "Pubblicato il 5 marzo 2025 alle 10:30", "Aggiornato il 12 gennaio 2026",
            "Bijgewerkt op 5 maart 2025 om 10:30", "Publicado em 5 de março de 2025",
            "3h ago", "2d ago", "1.2k views", "12 Min. Lesezeit", "5 min de lecture", "Lectura de 4 minutos"})
    void aDatelineOrCounterInAnotherLanguageIsMetadata(String line) {
        assertThat(MetaLines.is(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Die Anhörung fand am 5. März 2025 statt.", "Le procès s'est ouvert le 5 mars 2025.",
            "El juicio comenzó el 5 de marzo de 2025.", "Il processo è iniziato il 5 marzo 2025.",
            "De rechtszaak begon op 5 maart 2025.", "O julgamento começou em 5 de março de 2025.",
            "The hearing was held on October 20, 2025.", "Mehr als 40 Menschen wurden am 5. März verletzt."})
    void aSentenceWithADateIsProse(String line) {
        assertThat(MetaLines.is(line)).as(line).isFalse();
    }
}
