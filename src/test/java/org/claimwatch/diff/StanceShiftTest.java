package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How sure, how far along and who did what to whom: a claim that gains or loses the evidential passive ("is said to
 * have"), a plan that became a fact, a hedge in another language, two parties swapped around the same verb. And the
 * respellings that change nothing: the same figure in another locale's separators, a name with its diacritics, a
 * quote moved before its speaker. Written before the rules (session 15), from the classes the tune corpus
 * edits-batch39 missed or cried wolf on, in our own wording.
 */
class StanceShiftTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"The harbour master resigned on Friday over the dredging contract.\" | \"The harbour master is said to have resigned on Friday over the dredging contract.\"",
        "\"The driver is reported to have fled across the river into the next county.\" | \"The driver fled across the river into the next county.\"",
        "\"The two firms are understood to be close to a merger.\" | \"The two firms are close to a merger.\"",
        "\"The airline plans to open a route to Accra next spring.\" | \"The airline has opened a route to Accra.\"",
        "\"The nurses' union will strike if the pay offer is not improved.\" | \"The nurses' union went on strike after the pay offer was not improved.\"",
        "\"Primarul a demisionat după scandalul contractelor de salubrizare.\" | \"Primarul ar putea demisiona după scandalul contractelor de salubrizare.\"",
        "\"Пожежа, ймовірно, почалася на третьому поверсі складу.\" | \"Пожежа почалася на третьому поверсі складу.\"",
        "\"Burmistrz podał się do dymisji po ujawnieniu nagrań.\" | \"Burmistrz prawdopodobnie poda się do dymisji po ujawnieniu nagrań.\"",
        "\"Councillor Ruth Baines defeated the sitting mayor Tom Hale by 212 votes.\" | \"The sitting mayor Tom Hale defeated Councillor Ruth Baines by 212 votes.\"",
        // added after the first rules: a name that opens the sentence is the name it is later in the other version
        "\"Haddad beat Lindqvist in three sets to reach the final on Sunday.\" | \"Lindqvist beat Haddad in three sets to reach the final on Sunday.\"",
    })
    void aShiftInStanceOrRolesAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"More than 1400 people were moved out of the flooded villages.\" | \"More than 1.400 people were moved out of the flooded villages.\"",
        "\"The department has overspent its budget by R2,5 billion.\" | \"The department has overspent its budget by R2.5 billion.\"",
        "\"Inspector Emre Yilmaz was questioned for three hours at the station.\" | \"Inspector Emre Yılmaz was questioned for three hours at the station.\"",
        "\"\"\"We are ready for the final,\"\" coach Ana Duarte said.\" | \"Coach Ana Duarte said: \"\"We are ready for the final.\"\"\"",
        "\"The mayor said the bridge will reopen in May.\" | \"The mayor said the bridge would reopen in May.\"",
        "\"Councillor Ilkay Gündoğan was re-elected for a third term.\" | \"Councillor Ilkay Gundogan was re-elected for a third term.\"",
        "\"According to the fire service, the blaze started in a kitchen on the third floor.\" | \"The blaze started in a kitchen on the third floor, according to the fire service.\"",
    })
    void theSameClaimRespelledStaysSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isFalse();
    }
}
