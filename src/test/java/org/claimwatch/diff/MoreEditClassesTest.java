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

    /** Fourth round (edits-batch30, tune), written before the rules, in sentences of our own. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"De provincie gaat de brug definitief sluiten, zei de gedeputeerde.\" | \"De provincie overweegt de brug te sluiten, zei de gedeputeerde.\"",
        "\"The girl pulled from the river has died in hospital, police said.\" | \"The girl pulled from the river remains in critical condition in hospital, police said.\"",
        "\"Residents will get a $200 rebate from July, the mayor said on Friday.\" | \"Residents will get a $200 rebate from July if the state approves the council's budget next week, the mayor said on Friday.\"",
        "\"Le suspect a été placé en garde à vue à Lyon dimanche.\" | \"Le suspect a été mis en examen à Lyon dimanche.\"",
        "\"El juez investiga al exalcalde por un delito de cohecho.\" | \"El juez investiga al exalcalde por los delitos de cohecho y malversación.\"",
        "\"The driver was charged with manslaughter over the crash on the bypass.\" | \"The driver was charged with dangerous driving causing death over the crash on the bypass.\"",
        "\"She pleaded guilty on Tuesday to two counts of fraud.\" | \"She pleaded no contest on Tuesday to two counts of fraud.\"",
        "\"A ciclista terminou em segundo lugar a etapa de domingo.\" | \"A ciclista terminou em quarto lugar a etapa de domingo.\"",
        "\"Quatre personnes ont été légèrement blessées dans l'accident.\" | \"Quatre personnes ont été grièvement blessées dans l'accident.\"",
        "\"It was the wettest June on record in the town, the weather service said.\" | \"It was the second-wettest June on record in the town, the weather service said.\"",
        "\"The woman killed in the crash was the driver of the van, police said.\" | \"The woman killed in the crash was a passenger in the van, police said.\"",
        "\"The boy suffered minor injuries when he was hit by a car, officers said.\" | \"The boy suffered life-threatening injuries when he was hit by a car, officers said.\"",
        "\"Training took 9.8B tokens (approximately 43B bytes) in the first stage.\" | \"Training took 9.8B tokens (approximately 50B bytes) in the first stage.\"",
        "\"Receive ten (10)% off any three products.\" | \"Receive ten (17)% off any three products.\"",
    })
    void aFourthRoundOfChangedClaimsAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"Officers seized cash worth ₹12 lakh at the checkpoint on Monday.\" | \"Officers seized cash worth Rs 12 lakh at the checkpoint on Monday.\"",
        "\"Goals from Jose Alvarez and Nicolas Pena won the game for the visitors.\" | \"Goals from José Álvarez and Nicolás Peña won the game for the visitors.\"",
    })
    void aFourthRoundOfHouseStylesIsSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isFalse();
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
