package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three classes the tune edits missed, in our own wording and in languages the word lists did not name: another
 * weekday in any language the JDK knows, figures that trade places between the things they count, and a negation
 * written as its own word in another script or language. Written before the rules (session 16).
 */
class DaysFiguresNegationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // another day
        "\"Le scuole resteranno chiuse fino a martedì, ha detto il prefetto.\" | \"Le scuole resteranno chiuse fino a venerdì, ha detto il prefetto.\"",
        "\"Sejm zagłosuje nad ustawą w środę, zapowiedział marszałek.\" | \"Sejm zagłosuje nad ustawą w piątek, zapowiedział marszałek.\"",
        "\"De rechtszaak gaat op dinsdag verder, meldt de rechtbank.\" | \"De rechtszaak gaat op donderdag verder, meldt de rechtbank.\"",
        "\"Η απεργία θα γίνει την Τρίτη, ανακοίνωσε το σωματείο.\" | \"Η απεργία θα γίνει την Πέμπτη, ανακοίνωσε το σωματείο.\"",
        // figures that trade places
        "\"Ein 45-jähriger Fußgänger wurde von einem 23-jährigen Motorradfahrer erfasst.\" | \"Ein 23-jähriger Fußgänger wurde von einem 45-jährigen Motorradfahrer erfasst.\"",
        "\"The poll puts the Greens on 18% and the Liberals on 12%, the pollster said.\" | \"The poll puts the Greens on 12% and the Liberals on 18%, the pollster said.\"",
        // a negation as its own word
        "\"Правительство повысит налог на топливо с января.\" | \"Правительство не повысит налог на топливо с января.\"",
        "\"Pemerintah akan menaikkan harga BBM bulan depan.\" | \"Pemerintah tidak akan menaikkan harga BBM bulan depan.\"",
        "\"Rząd podniesie podatek od paliwa od stycznia.\" | \"Rząd nie podniesie podatku od paliwa od stycznia.\"",
        "\"قالت الوزارة إن المدارس ستفتح أبوابها يوم الأحد.\" | \"قالت الوزارة إن المدارس لن تفتح أبوابها يوم الأحد.\"",
        "\"Guvernul va majora pensiile din ianuarie.\" | \"Guvernul nu va majora pensiile din ianuarie.\"",
    })
    void alerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"Ein 23-jähriger Mann und eine 45-jährige Frau wurden leicht verletzt.\" | \"Eine 45-jährige Frau und ein 23-jähriger Mann wurden leicht verletzt.\"",
        "\"Sales rose 4% in 2023 and 7% in 2024, the company said.\" | \"Sales rose 7% in 2024 and 4% in 2023, the company said.\"",
        "\"Le scuole resteranno chiuse fino a martedì, ha detto il prefetto.\" | \"Le scuole resteranno chiuse fino a martedì, ha spiegato il prefetto.\"",
    })
    void staysSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isFalse();
    }
}
