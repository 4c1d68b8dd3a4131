package org.claimwatch.claims;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls to action are a class of phrasing, not a site's words: an imperative that opens the sentence, addressed to the
 * reader or selling something, with no attribution and no quotation. Never a claim, never an alert (issue 15, class 3).
 * The cases were written for this test in the style of promo boxes, not copied from benchmark pages.
 */
class CallToActionTest {

    @Test
    void promotionalImperativesAddressedToTheReaderAreCallsToAction() {
        assertThat(CallToAction.is("Get expert picks, weekly guides and more from our premium service.")).isTrue();
        assertThat(CallToAction.is("Try our budget planner to see how much you could save this year.")).isTrue();
        assertThat(CallToAction.is("Subscribe today and get 3 months free.")).isTrue();
        assertThat(CallToAction.is("🎁 Unlock up to 40% off your first order!")).isTrue();
        assertThat(CallToAction.is("Join 20,000 readers who get our morning briefing.")).isTrue();
        assertThat(CallToAction.is("Download the app to follow the election results live.")).isTrue();
        assertThat(CallToAction.is("Start your free trial now.")).isTrue();
        assertThat(CallToAction.is("Learn the skills you need with a course that fits your schedule.")).isTrue();
        assertThat(CallToAction.is("Don't miss our newsletter: the best stories in your inbox every morning.")).isTrue();
    }

    @Test
    void newsProseIsNeverACallToAction() {
        // a statement, even with "you" in it
        assertThat(CallToAction.is("Prices rose 4 percent in all regions, the agency said.")).isFalse();
        // an instruction reported from a source
        assertThat(CallToAction.is("Get out of the building now, police told residents on Tuesday.")).isFalse();
        assertThat(CallToAction.is("Call 911 if you see smoke, the fire department said.")).isFalse();
        // a quoted imperative
        assertThat(CallToAction.is("\"Join us in the streets,\" the union leader urged.")).isFalse();
        // verbs of the class used as nouns or in statements
        assertThat(CallToAction.is("Save the Children said 40 aid workers had been evacuated.")).isFalse();
        assertThat(CallToAction.is("Order of the day: the council voted 7-2 to close the bridge.")).isFalse();
        // an imperative that addresses no reader and sells nothing
        assertThat(CallToAction.is("Consider the numbers: 12,000 jobs were lost in the quarter.")).isFalse();
        // service journalism: the pitch carries a fact (an amount, a date) that an editor would want flagged
        assertThat(CallToAction.is("Check your eligibility for the new $500 rebate before the deadline.")).isFalse();
        assertThat(CallToAction.is("Apply now: your grant of up to 2 million euros closes on March 3.")).isFalse();
        // long prose that opens with an imperative is prose glued to it
        assertThat(CallToAction.is("Learn from the past, the minister argued in a speech that lasted two hours and "
                + "touched on the war, the economy, the floods of 2023 and the coming election in your district.")).isFalse();
    }

    @Test
    void aCallToActionIsNoClaim() {
        AnalyzedText text = Claims.analyze("The council approved 12 million dollars for repairs on Monday. "
                + "Get 3 months of our premium service free when you join today.", null);
        assertThat(text.claims()).noneMatch(c -> text.sentences().get(c.sentenceIndex()).text().startsWith("Get 3 months"));
        assertThat(text.claims()).anyMatch(c -> text.sentences().get(c.sentenceIndex()).text().startsWith("The council"));
    }
}
