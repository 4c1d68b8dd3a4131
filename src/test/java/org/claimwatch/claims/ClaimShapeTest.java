package org.claimwatch.claims;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim is a sentence that asserts something checkable; page furniture that survives cleaning (headlines of other
 * stories, menu and list fragments, questions and exhortations to the reader, promotional first/second-person voice)
 * is not (issue 15). The cases are classes of shape, written for this test.
 */
class ClaimShapeTest {

    @Test
    void newsSentencesWithoutNumbersAreClaims() {
        assertThat(ClaimShape.asserts("The minister resigned on Tuesday after the report was published.")).isTrue();
        assertThat(ClaimShape.asserts("Police said the suspect had been released.")).isTrue();
        assertThat(ClaimShape.asserts("The company denied the allegations.")).isTrue();
        assertThat(ClaimShape.asserts("The bridge was closed to traffic while engineers inspected the damage.")).isTrue();
        assertThat(ClaimShape.asserts("Two Labour MPs have called for an independent inquiry.")).isTrue();
    }

    @Test
    void sentencesWithANumberAQuoteAHedgeOrASourceAreClaims() {
        assertThat(ClaimShape.asserts("The storm destroyed 40 homes in the village.")).isTrue();
        assertThat(ClaimShape.asserts("“We are devastated,” the family said in a statement.")).isTrue();
        assertThat(ClaimShape.asserts("The suspect is believed to have fled the country.")).isTrue();
        assertThat(ClaimShape.asserts("According to the coroner, the victim died of smoke inhalation.")).isTrue();
        // a prose list item without its final stop is still a statement
        assertThat(ClaimShape.asserts("- Prices rose 4 percent in all regions")).isTrue();
    }

    @Test
    void headlineShapedFragmentsAreNotClaimsEvenWithANumber() {
        assertThat(ClaimShape.asserts("The Complete Guide to Home Solar Panels")).isFalse();
        assertThat(ClaimShape.asserts("Top 50 Family Restaurants 2025")).isFalse();
        assertThat(ClaimShape.asserts("7 Garmin Forerunner 265 Review")).isFalse();
        assertThat(ClaimShape.asserts("Best Electric Bikes for Commuters in 2026")).isFalse();
        assertThat(ClaimShape.asserts("Home Insurance Quotes Contact Us Careers About")).isFalse();
    }

    @Test
    void unterminatedListAndMenuFragmentsAreNotClaims() {
        assertThat(ClaimShape.asserts("- Never lose a booking")).isFalse();
        assertThat(ClaimShape.asserts("Read the latest on our blog and")).isFalse();
        assertThat(ClaimShape.asserts("- Cheap flights to")).isFalse();
    }

    @Test
    void questionsAndExhortationsAddressedToTheReaderAreNotClaims() {
        assertThat(ClaimShape.asserts("Thinking about a kitchen makeover?")).isFalse();
        assertThat(ClaimShape.asserts("Curious how much you could save?")).isFalse();
        assertThat(ClaimShape.asserts("Tell us what you think!")).isFalse();
        assertThat(ClaimShape.asserts("Let our planners take care of the details, so you can enjoy the day.")).isFalse();
    }

    @Test
    void promotionalFirstAndSecondPersonVoiceIsNotAClaim() {
        assertThat(ClaimShape.asserts("I hope this guide helped you choose.")).isFalse();
        assertThat(ClaimShape.asserts("Your guests will thank you for it")).isFalse();
        assertThat(ClaimShape.asserts("We test every product we recommend, so you can shop with confidence.")).isFalse();
    }

    @Test
    void imperativesAfterALeadInOrAnIntroductoryPhraseAreExhortations() {
        assertThat(ClaimShape.asserts("Or keep scrolling to find more recipes for the weekend.")).isFalse();
        assertThat(ClaimShape.asserts("From patios to pergolas, explore ideas for every kind of garden.")).isFalse();
        assertThat(ClaimShape.asserts("For more advice on choosing a school, visit the resources page.")).isFalse();
        // a clause with a verb before the comma is a statement
        assertThat(ClaimShape.asserts("When the floods came, find shelter was all anyone could do.")).isTrue();
    }

    @Test
    void firstPersonAnywhereWithoutAFigureIsTheWritersVoiceUnlessItReports() {
        assertThat(ClaimShape.asserts("Since then, this has become one of my favourite weekend projects.")).isFalse();
        assertThat(ClaimShape.asserts("Thanks for stopping by, and see us again soon.")).isFalse();
        // the newsroom reporting in the first person, a transcript's speaker, the country in capitals
        assertThat(ClaimShape.asserts("Several tenants we spoke to say the heating failed in January.")).isTrue();
        assertThat(ClaimShape.asserts("Our analysis of council records found the scheme was never audited.")).isTrue();
        assertThat(ClaimShape.asserts("MARIA LOPEZ: Our school has lost half its teachers since the cuts.")).isTrue();
        assertThat(ClaimShape.asserts("US officials have briefed reporters on the talks.")).isTrue();
    }

    /** A line that opens in lower case starts in the middle of a text: a piece cut from a teaser or a menu. */
    @Test
    void aLineThatOpensInLowerCaseIsAFragment() {
        assertThat(ClaimShape.asserts("and the rest of the collection ships in the spring.")).isFalse();
        assertThat(ClaimShape.asserts("is a practical guide to choosing winter camping gear.")).isFalse();
        // a brand written in camel case opens a sentence like a name
        assertThat(ClaimShape.asserts("iPhone sales fell sharply in China last quarter.")).isTrue();
    }
}
