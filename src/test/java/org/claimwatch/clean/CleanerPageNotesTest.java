package org.claimwatch.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A note in which the page speaks of itself and how it is made or served (it refreshes, it came from another
 * outlet, it was not edited here, it appears in a print issue): the page's machinery, not the news. Written before
 * the rule (session 14).
 */
class CleanerPageNotesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>This blog refreshes on its own every few minutes; the newest posts come first.</p>",
        "<p>This page will update automatically as new information comes in.</p>",
        "<p>This article was supplied by Coastal Wire and has not been edited by our newsroom.</p>",
        "<p><em>This feature also appears in the autumn 2025 print edition of Harbour Life.</em></p>",
        "<p>This story is distributed through a content-sharing agreement with the Valley Courier.</p>",
    })
    void dropsAPageThatSpeaksOfItsOwnMaking(String note) {
        Pages.assertDropped(note, "top", "end");
    }

    @Test
    void keepsASentenceOfTheNewsThatOpensTheSameWay() {
        String line = "This report was provided by the ministry to the court on Friday, and it shows that 40 of the 52 "
                + "inspections were never carried out.";
        assertThat(Pages.clean(Pages.at("<p>" + line + "</p>", "mid"))).contains(line);
    }
}
