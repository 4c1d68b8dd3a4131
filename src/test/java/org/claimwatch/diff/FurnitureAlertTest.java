package org.claimwatch.diff;

import org.claimwatch.claims.Claims;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: what alerts is what an editor would flag. A sentence added or removed alerts when it asserts something
 * checkable; page furniture that leaked into the text (other stories' headlines, menu fragments, questions and pitches
 * to the reader) is shown as a minor change and stays silent. Literal cases, written for this test.
 */
class FurnitureAlertTest {

    private static final String BODY = "The council met on Monday to discuss the flood defences.\n\n"
            + "Engineers have warned for years that the embankment was too low.\n\n"
            + "Residents of the lower town were told to move their cars to higher ground.";

    /** The changes for {@code line} added as its own paragraph at the end, and removed from there. */
    private static List<ClaimChange> addedAndRemoved(String line) {
        String with = BODY + "\n\n" + line;
        List<ClaimChange> all = new java.util.ArrayList<>(
                VersionDiff.compare(Claims.analyze(BODY, null), Claims.analyze(with, null)).changes());
        all.addAll(VersionDiff.compare(Claims.analyze(with, null), Claims.analyze(BODY, null)).changes());
        return all;
    }

    private static void alerts(String line) {
        List<ClaimChange> c = addedAndRemoved(line);
        assertThat(c).as(line).hasSize(2)
                .allSatisfy(x -> assertThat(x.significance()).as(line).isGreaterThanOrEqualTo(VersionDiff.ALERT_THRESHOLD));
    }

    /** Shown as a minor change (or, for furniture the diff already knows, not at all), never alerting. */
    private static void silent(String line) {
        assertThat(addedAndRemoved(line)).as(line)
                .allSatisfy(x -> assertThat(x.significance()).as(line).isLessThan(VersionDiff.ALERT_THRESHOLD));
    }

    @Test
    void newsSentencesWithoutNumbersAlertWhenAddedOrRemoved() {
        alerts("The minister resigned on Tuesday after the report was published.");
        alerts("Police said the suspect had been released.");
        alerts("The company denied the allegations.");
        alerts("Two Labour MPs have called for an independent inquiry into the collapse.");
    }

    @Test
    void numbersQuotesHedgesAttributionsAndCorrectionsKeepAlerting() {
        alerts("The storm destroyed 40 homes in the village.");
        alerts("“We are devastated,” the family said in a statement.");
        alerts("The suspect is believed to have fled the country.");
        alerts("According to the coroner, the victim died of smoke inhalation.");
        alerts("Correction: an earlier version of this article misstated the name of the school.");
    }

    @Test
    void headlinesOfOtherStoriesAndListTitlesAreSilentEvenWithANumber() {
        silent("The Complete Guide to Home Solar Panels");
        silent("Top 50 Family Restaurants 2025");
        silent("7 Garmin Forerunner 265 Review");
        silent("Best Electric Bikes for Commuters in 2026");
    }

    @Test
    void menuFragmentsQuestionsAndPitchesToTheReaderAreSilent() {
        silent("- Never lose a booking");
        silent("Read the latest on our blog and");
        silent("Thinking about a kitchen makeover?");
        silent("Curious how much you could save?");
        silent("Let our planners take care of the details, so you can enjoy the day.");
        silent("I hope this guide helped you choose.");
        silent("Your guests will thank you for it");
        silent("We test every product we recommend, so you can shop with confidence.");
    }

    private static List<ClaimChange> edited(String from, String to) {
        return VersionDiff.compare(Claims.analyze(BODY + "\n\n" + from, null), Claims.analyze(BODY + "\n\n" + to, null))
                .changes();
    }

    /**
     * A pitch to the reader on both sides changing its figure is shown, never alerting. (A title's figure changing
     * still alerts: VolatileFurnitureTest#listItemsOfProseStillAlert.)
     */
    @Test
    void aFigureChangedInAPitchIsSilent() {
        List<ClaimChange> offer = edited("Looking for more than 20 easy dinners for the week ahead?",
                "Looking for more than 30 easy dinners for the week ahead?");
        assertThat(offer).isNotEmpty().allSatisfy(c -> assertThat(c.significance()).isLessThan(VersionDiff.ALERT_THRESHOLD));
        List<ClaimChange> pitch = edited("Stop guessing and start planning your garden today!",
                "Stop guessing and start planning your garden today! items in category 7 Guides to");
        assertThat(pitch).allSatisfy(c -> assertThat(c.significance()).isLessThan(VersionDiff.ALERT_THRESHOLD));
    }

    /** A claim's figure still alerts, even when the other side of the pair is furniture glued onto it. */
    @Test
    void aFigureChangedInAClaimAlerts() {
        assertThat(edited("The storm destroyed 40 homes in the village.", "The storm destroyed 45 homes in the village."))
                .anySatisfy(c -> {
                    assertThat(c.kind()).isEqualTo(ChangeKind.NUMBER_CHANGED);
                    assertThat(c.significance()).isGreaterThanOrEqualTo(VersionDiff.ALERT_THRESHOLD);
                });
        assertThat(edited("The storm destroyed 40 homes in the village.",
                "The storm destroyed 45 homes in the village. Top 10 Garden Tools"))
                .anySatisfy(c -> assertThat(c.significance()).isGreaterThanOrEqualTo(VersionDiff.ALERT_THRESHOLD));
    }
}
