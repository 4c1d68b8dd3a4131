package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A table of the story's figures is one piece: its last rows are not noise after the article. Literal HTML. */
class CleanerTablesTest {

    @Test
    void keepsEveryRowOfAResultsTableThatEndsTheArticle() {
        String table = "<table><caption>North ward by-election result</caption><thead><tr><th>Candidate</th>"
                + "<th>Party</th><th>Votes</th></tr></thead><tbody><tr><td>Maria Lopes</td><td>Civic Alliance</td>"
                + "<td>4,412</td></tr><tr><td>Tom Reilly</td><td>Labour</td><td>3,108</td></tr><tr><td>Sam Okafor</td>"
                + "<td>Independent</td><td>386</td></tr><tr><td>Spoiled</td><td>—</td><td>41</td></tr></tbody></table>";
        String text = Pages.clean(Pages.at(table, "end"));
        assertThat(text).contains("Maria Lopes Civic Alliance 4,412").contains("Sam Okafor Independent 386")
                .endsWith("Spoiled — 41");
    }

    /** Session 16, the class of TUNE boilerplate-batch54's lost control b54-015, in our own wording. */
    @Test
    void keepsATableOfPricesWithTheirChanges() {
        String table = "<table><caption>Average rents, June 2024</caption><thead><tr><th>Town</th><th>Rent</th>"
                + "<th>Change</th></tr></thead><tbody><tr><td>Ashford</td><td>$1,240</td><td>+2.5%</td></tr>"
                + "<tr><td>Brookvale</td><td>$980</td><td>&minus;0.7%</td></tr><tr><td>Carlow</td><td>$1,105</td>"
                + "<td>+1.9%</td></tr></tbody></table>";
        String text = Pages.clean(Pages.at(table, "mid"));
        assertThat(text).contains("Ashford $1,240 +2.5%").contains("Brookvale $980").contains("Carlow $1,105 +1.9%");
    }

    @Test
    void keepsAFactBoxOfFiguresThatOpensTheArticle() {
        String box = "<aside class=\"factbox\"><h4>The new bus routes at a glance</h4><ul><li>Routes: four, from "
                + "March</li><li>Cost: 12 million dollars</li><li>Buses: 38 new electric vehicles</li><li>Daily "
                + "riders expected: 11,000</li></ul></aside>";
        String text = Pages.clean(Pages.at(box, "top"));
        assertThat(text).contains("Cost: 12 million dollars").contains("Daily riders expected: 11,000");
    }
}
