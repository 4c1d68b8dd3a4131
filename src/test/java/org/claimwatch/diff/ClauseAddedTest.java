package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clause put into a sentence, nothing taken out, adds a claim ("resigned on Tuesday, hours after prosecutors opened
 * an inquiry"); words that only spell out a name the sentence keeps in brackets, a reordering, or a few words of
 * description do not. Our own wording; the class is TUNE edits-batch80's two clause-added pairs, missed. Written
 * after the rule's first version (its controls came from three TUNE silent pairs that version alerted on: an active
 * sentence made passive, two names spelled out before their acronym); run without the rule: 2 of 4 clauses
 * missed (the English two alert on their figures, "two days", "hundreds"), 0 of 4 controls alerted. A fifth control came from bench-churn's TUNE pages after landing: a call to action (all
 * noise to the diff, so nothing before it) turned into other words is no clause added.
 */
class ClauseAddedTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The minister resigned on Friday, his office said. | The minister resigned on Friday, two days after police searched his home, his office said.",
        "La policía detuvo a dos hombres en Valencia. | La policía detuvo a dos hombres en Valencia y busca a un tercer sospechoso.",
        "Der Stadtrat hat den Haushalt beschlossen. | Der Stadtrat hat den Haushalt beschlossen, obwohl die Aufsichtsbehörde Bedenken angemeldet hatte.",
        "The plant will close in June. | The plant will close in June, putting hundreds of local jobs at risk.",
    })
    void aClausePutInAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(after).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The NTSB said the pilot had reported engine trouble. | The National Transportation Safety Board (NTSB) said the pilot had reported engine trouble.",
        "Forms must be sent to Kela by the end of May. | Forms must be sent to the Finnish social insurance institution (Kela) by the end of May.",
        "Firefighters rescued three hikers trapped on the ridge, the mountain rescue service said. | Three hikers trapped on the ridge were rescued by firefighters, the mountain rescue service said.",
        "The mayor said the bridge would reopen in May. | The mayor, Anna Berg, said the bridge would reopen in May.",
        "Contact us now to book a consultation. | Readinteresting read now to book a consultation.",
    })
    void aGlossAReorderingOrANameIsSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(after).isFalse();
    }
}
