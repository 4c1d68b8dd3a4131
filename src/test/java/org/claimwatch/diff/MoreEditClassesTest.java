package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A third round of edit classes (issue 15; from the misses of the tune corpus edits-batch22, in sentences of our own,
 * written before the rules): scale words in six more languages and figures with a currency's letters ("N15 million",
 * "Sh1.2 billion"), a patient's condition, growth against contraction, rulings and council votes, parties, causes
 * and where a finding was contained, obligation against encouragement, the French, Spanish, Italian, Portuguese and
 * German "expected to", open against closed. And edits that change nothing: a conversion added in brackets, a
 * currency's sign for its letters. (A pronoun replaced by a name stays a change: without the article's other sentences
 * "She told" -> "Ms Wanjiru told" cannot be told from "He says" -> "Marta Kowalczyk says", a new speaker.)
 */
class MoreEditClassesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"A Polícia investiga o desvio de R$ 4,1 milhões da merenda escolar.\" | \"A Polícia investiga o desvio de R$ 4,1 bilhões da merenda escolar.\"",
        "\"Le projet coûtera 2,5 millions d'euros selon la mairie.\" | \"Le projet coûtera 2,5 milliards d'euros selon la mairie.\"",
        "\"The official is accused of stealing N20 million from the health fund.\" | \"The official is accused of stealing N20 billion from the health fund.\"",
        "\"Two of the injured remain in critical condition at the county hospital.\" | \"Two of the injured remain in stable condition at the county hospital.\"",
        "\"Exports grew 3.2 per cent in May compared with a year earlier, officials said.\" | \"Exports shrank 3.2 per cent in May compared with a year earlier, officials said.\"",
        "\"A inflação recuou para 4,1% em março, segundo o instituto.\" | \"A inflação subiu para 4,1% em março, segundo o instituto.\"",
        "\"The appeal was dismissed by the High Court in Mombasa on Friday.\" | \"The appeal was upheld by the High Court in Mombasa on Friday.\"",
        "\"De gemeenteraad keurde het nieuwe parkeerplan dinsdag goed.\" | \"De gemeenteraad verwierp het nieuwe parkeerplan dinsdag.\"",
        "\"Labour councillor Aled Jones said the school would close in July.\" | \"Conservative councillor Aled Jones said the school would close in July.\"",
        "\"El choque se debió a una falla en los frenos, según la policía.\" | \"El choque se debió al exceso de velocidad, según la policía.\"",
        "\"The figures, contained in a council report seen by the Post, show 40 closures.\" | \"The figures, contained in a leaked union memo seen by the Post, show 40 closures.\"",
        "\"Landlords must install smoke alarms on every floor, the ministry said.\" | \"Landlords are encouraged to install smoke alarms on every floor, the ministry said.\"",
        "\"Le suspect devrait être inculpé de meurtre dans les prochains jours.\" | \"Le suspect a été inculpé de meurtre mercredi.\"",
        "\"L'aeroporto resterà chiuso fino alle 18, ha comunicato la società.\" | \"L'aeroporto ha riaperto alle 18, ha comunicato la società.\"",
    })
    void aChangedClaimAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"Forecasters warned of waves of up to 4 metres along the coast.\" | \"Forecasters warned of waves of up to 4 metres (about 13 feet) along the coast.\"",
        "\"The state approved N2.4bn for the new bridge, the commissioner said.\" | \"The state approved ₦2.4 billion for the new bridge, the commissioner said.\"",
    })
    void anEditThatKeepsTheClaimIsSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isFalse();
    }
}
