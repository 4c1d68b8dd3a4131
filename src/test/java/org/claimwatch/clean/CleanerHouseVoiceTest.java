package org.claimwatch.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outlet speaking to its reader about its own service (its newsletters, its live coverage and the ads that
 * interrupt it, its comments, its licensing desk, its tip line): a short line in the house's first person that names
 * one of its services and turns to the reader or to the page. Written before the rule (session 15); the wording is
 * ours, the class is what the tune corpora leaked. First run: 4 of 7 failed. One more case failed once the services
 * were narrowed to a news outlet's own (a company blog's "our team", "our experts", "our picks" are its body text on
 * the WCXB pages): "Want our weekend reads delivered on Saturdays? Sign up, it takes a minute." names the service by
 * its content, and is left to the newsletter rules.
 */
class CleanerHouseVoiceTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Our morning briefing lands in your inbox at 6am. It's free — add it here.</p>",
        "<p>Our coverage continues below this advertisement.</p>",
        "<p>Comments are open to our subscribers only. Log in to join the conversation.</p>",
        "<p>This is where our live coverage begins; older posts are further down the page.</p>",
        "<p>For reprint and licensing requests, please contact our syndication team at rights@example.com.</p>",
        "<p>Got news you'd like to share with our readers? Send it to us.</p>",
    })
    void dropsTheHouseSpeakingOfItsService(String note) {
        Pages.assertDropped(note, "top", "mid", "end");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Our schools deserve better, and readers who wrote to us this week made that plain.",
        "We reviewed 14,000 of the council's emails, and they show that 12 officials knew of the leak in March.",
        "Readers of our investigation into the housing trust have since sent us 200 more cases, which we are checking.",
        "The paper's owners told staff on Monday that our newsroom would lose 30 jobs and its print edition.",
        "Follow the money, and you reach the same three companies that won every contract since 2019.",
    })
    void keepsTheNewsThatSpeaksInTheFirstPerson(String line) {
        assertThat(Pages.clean(Pages.at("<p>" + line + "</p>", "mid"))).contains(line);
    }
}
