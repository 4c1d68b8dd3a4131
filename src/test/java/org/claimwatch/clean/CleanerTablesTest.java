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

    @Test
    void keepsAFactBoxOfFiguresThatOpensTheArticle() {
        String box = "<aside class=\"factbox\"><h4>The new bus routes at a glance</h4><ul><li>Routes: four, from "
                + "March</li><li>Cost: 12 million dollars</li><li>Buses: 38 new electric vehicles</li><li>Daily "
                + "riders expected: 11,000</li></ul></aside>";
        String text = Pages.clean(Pages.at(box, "top"));
        assertThat(text).contains("Cost: 12 million dollars").contains("Daily riders expected: 11,000");
    }
}
