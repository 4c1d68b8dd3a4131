package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dated meta lines (a byline or a category with a date, joined by field separators, or a date with a word or two
 * of a button): they change on every fetch and are never article text. Sentences that hold a date stay.
 */
class CleanerDatedMetaLineTest {

    @Test
    void dropsDatedLinesJoinedBySeparators() {
        String extra = "<div><span>On behalf of Smith Legal PLLC</span> | <span>Apr 21, 2017</span> | "
                + "<span>Products Liability</span></div>"
                + "<div>Jane Doe\u2022Oct 20, 2025</div>"
                + "<div>By Sam Levy \u2013 Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by Ana Ruiz</div>"
                + "<div>Ana Ruiz | Dec 11, 2025</div>";
        assertThat(Pages.clean(Pages.article(extra))).isEqualTo(Pages.expected());
    }

    @Test
    void keepsSentencesAndListItemsWithDates() {
        String extra = "<p>The vote is set for May 3, 2025.</p>"
                + "<div>Bus Expo: May 31-June 4, 2026 | Denver, CO</div><ul><li>Phase one | March 2026 | four routes</li>"
                + "<li>Phase two | March 2027 | two routes</li></ul>";
        String text = Pages.clean(Pages.article(extra));
        assertThat(text).contains("The vote is set for May 3, 2025.").contains("Phase one | March 2026 | four routes")
                .contains("Bus Expo: May 31-June 4, 2026 | Denver, CO");
    }
}
