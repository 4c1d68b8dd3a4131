package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notes that this article first appeared elsewhere or in another language, and pitches for news by text message:
 * "This article was originally published in Icelandic", "This story originally appeared on Grist", "Text ALERTS to
 * 55019". A story's sentence about when a report was first published, and one about a keyword, stay. Literal HTML,
 * our own wording, written before the rules (session 20); first run, 2 of 3 drop tests failed (a note whose first
 * sentence names a language no rule listed, both text-message pitches), both controls stayed.
 */
class CleanerSyndicationNotesTest {

    @Test
    void dropsANoteThatTheArticleFirstAppearedInAnotherLanguage() {
        Pages.assertDropped("<p><em>This article was originally published in Icelandic and translated with the help of "
                + "machine translation.</em></p>", "top", "end");
        Pages.assertDropped("<div><p>This story was first published in Estonian. Our editors checked the English "
                + "version against the original.</p></div>", "top");
    }

    @Test
    void dropsANoteThatTheStoryFirstAppearedElsewhere() {
        Pages.assertDropped("<p>This story originally appeared on Grist and is republished here as part of Covering "
                + "Climate Now.</p>", "end");
    }

    @Test
    void dropsPitchesForNewsByTextMessage() {
        Pages.assertDropped("<p>Want breaking news on your phone? Text ALERTS to 55019. Standard rates apply.</p>", "mid");
        Pages.assertDropped("<p>Recibe las noticias en tu celular: envía NOTICIAS al 30300.</p>", "mid");
    }

    @Test
    void keepsASentenceAboutWhenAReportWasFirstPublished() {
        String p = "<p>The report, first published in March, found that 40 per cent of the town's bridges need repair.</p>";
        assertThat(Pages.clean(Pages.at(p, "mid"))).contains("The report, first published in March");
    }

    @Test
    void keepsASentenceAboutAKeyword() {
        String p = "<p>Voters who text VOTE to the council's number 81234 receive a reminder, the elections office said.</p>";
        assertThat(Pages.clean(Pages.at(p, "mid"))).contains("Voters who text VOTE");
    }
}
