package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list of the story's sources under a short label ("Sources:", "Read the documents:") is part of the article: its
 * links lead to other sites and name documents, where a site's own link boxes lead back to the site. A label of one or
 * two words still does not save a list of the site's own pages, nor a list of social networks. Literal HTML, our own
 * wording, written before the rule (session 19; the control a first version of {@code CleanerLinkTargetsTest} found):
 * first run, 2 of 2 source lists lost; both controls were dropped, as they should be. The two-word label was first
 * "Further reading:", which an older rule reads as the heading of a teaser tail and cuts with all that follows; that
 * rule was left as it is and the label changed.
 */
class CleanerSourcesListTest {

    @Test
    void keepsAListOfSourcesUnderAOneWordLabel() {
        String list = "<p>Sources:</p><ul><li><a href=\"https://transport.gov.example/report\">Regional transport "
                + "report 2024</a></li><li><a href=\"https://stats.example/ridership\">Bus ridership statistics by "
                + "route</a></li></ul>";
        assertThat(Pages.clean(Pages.at(list, "end"))).contains("Regional transport report 2024")
                .contains("Bus ridership statistics by route");
    }

    @Test
    void keepsAListOfDocumentsUnderATwoWordLabel() {
        String list = "<h4>Key documents:</h4><ol><li><a href=\"https://audit.example/bus-2023.pdf\">Audit of the "
                + "bus network, 2023</a></li><li><a href=\"https://council.example/minutes/may\">Minutes of the May "
                + "council meeting</a></li><li><a href=\"https://grants.example/transport\">Regional transport grant "
                + "decision</a></li></ol>";
        assertThat(Pages.clean(Pages.at(list, "end"))).contains("Audit of the bus network, 2023")
                .contains("Regional transport grant decision");
    }

    @Test
    void dropsTheSitesOwnLinksUnderAOneWordLabel() {
        Pages.assertDropped("<p>Related:</p><ul><li><a href=\"/news/rail-fares-review\">Minister confirms rail fares "
                + "review</a></li><li><a href=\"https://news.example/news/pay-offer\">Unions respond to pay "
                + "offer</a></li></ul>", "end");
    }

    @Test
    void dropsSocialLinksUnderAOneWordLabel() {
        Pages.assertDropped("<p>Follow:</p><ul><li><a href=\"https://www.facebook.com/dailyexample\">The Daily "
                + "Example on Facebook</a></li><li><a href=\"https://x.com/dailyexample\">The Daily Example on "
                + "X</a></li></ul>", "end");
    }
}
