package org.claimwatch.stories;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class StoryFactsTest {

    private static List<Fact> facts(String text) {
        return Stories.facts(new StoryArticle(1, 1, "outlet", null, null, LocalDate.of(2024, 11, 19), text));
    }

    @Test
    void killedAndTakenHostageInOctoberAreTwoFixedFigures() {
        assertThat(facts("Hamas attacked southern Israel in October last year, killing about 1,200 and taking 250"
                + " others hostage."))
                .extracting(Fact::key, Fact::value, Fact::qualifier)
                .contains(tuple("people:kill:m10", 1200.0, "about"), tuple("hostage:take:m10", 250.0, null));
    }

    @Test
    void civiliansKilledOnOctoberSevenJoinThePeopleKilledGroup() {
        assertThat(facts("The war has been ongoing since October 7, 2023, when Hamas militants invaded and killed"
                + " 1,195 civilians."))
                .extracting(Fact::key, Fact::value).contains(tuple("people:kill:m10", 1195.0));
    }

    @Test
    void aTollToDateIsARunningCount() {
        assertThat(facts("The war has to date killed more than 43,900 Palestinians in Gaza."))
                .filteredOn(f -> f.kind() == FactKind.NUMBER)
                .extracting(Fact::key, Fact::running).containsExactly(tuple("palestinian:kill", true));
    }

    @Test
    void partOfTheHostagesRemainAndOthersAreDead() {
        assertThat(facts("It is believed that 97 of the 251 hostages abducted by Hamas on October 7 remain in Gaza,"
                + " including the bodies of at least 34 confirmed dead by the IDF."))
                .extracting(Fact::key, Fact::value)
                .contains(tuple("hostage:hold", 97.0), tuple("hostage:take:m10", 251.0), tuple("hostage:dead", 34.0));
    }

    @Test
    void toCloseTheOfficeAssertsClosure() {
        assertThat(facts("The Qatari government is planning to close Hamas's political office in Doha."))
                .filteredOn(f -> f.kind() == FactKind.ASSERTION)
                .extracting(Fact::key, Fact::stance).containsExactly(tuple("assert:office:close", "close"));
    }

    @Test
    void notPermanentlyClosedDeniesClosure() {
        assertThat(facts("Hamas political office in Doha has not been permanently closed, the ministry said."))
                .filteredOn(f -> f.kind() == FactKind.ASSERTION)
                .extracting(Fact::stance).containsExactly("not close");
    }

    @Test
    void remainsOpenDeniesClosure() {
        assertThat(facts("Their headquarters in the Gulf state remains officially open, two sources said."))
                .filteredOn(f -> f.kind() == FactKind.ASSERTION)
                .extracting(Fact::stance).containsExactly("not close");
    }

    @Test
    void aDecisionToCloseAssertsNothing() {
        assertThat(facts("He said the decision to close down the office permanently is one you will hear from us."))
                .filteredOn(f -> f.kind() == FactKind.ASSERTION).isEmpty();
    }

    @Test
    void theArticleDateComesFromAnIsoTimestamp() {
        assertThat(Stories.articleDate("text", "2024-11-09T08:00:00Z")).isEqualTo(LocalDate.of(2024, 11, 9));
    }

    @Test
    void theArticleDateComesFromADateMarkWhenNoMetadata() {
        assertThat(Stories.articleDate("date 2024-11-09 Qatar has told Hamas leaders", null))
                .isEqualTo(LocalDate.of(2024, 11, 9));
    }
}
