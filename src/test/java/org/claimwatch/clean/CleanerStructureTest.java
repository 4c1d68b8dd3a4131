package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CleanerStructureTest {

    private static String clean(String html) {
        return Cleaner.clean(html, "https://news.example/2024/05/council-buses").text();
    }

    @Test
    void writesBulletedListItemsWithADash() {
        String list = "<ul><li>Route 4 links the hospital to the station</li>"
                + "<li>Route 9 runs through the northern suburbs</li></ul>";
        assertThat(clean(Pages.article(list))).isEqualTo(Pages.P1
                + "\n\n- Route 4 links the hospital to the station\n\n- Route 9 runs through the northern suburbs\n\n"
                + Pages.P2 + "\n\n" + Pages.P3);
    }

    @Test
    void writesOrderedListItemsWithTheirNumber() {
        String list = "<ol start='3'><li>Route 4 links the hospital to the station</li>"
                + "<li>Route 9 runs through the northern suburbs</li></ol>";
        assertThat(clean(Pages.article(list))).isEqualTo(Pages.P1
                + "\n\n3. Route 4 links the hospital to the station\n\n4. Route 9 runs through the northern suburbs\n\n"
                + Pages.P2 + "\n\n" + Pages.P3);
    }

    @Test
    void writesATableRowAsOneLine() {
        String table = "<table><tr><th>Route</th><th>Stops</th><th>Opens</th></tr>"
                + "<tr><td>Route 4</td><td>12</td><td>2025</td></tr></table>";
        assertThat(clean(Pages.article(table))).isEqualTo(Pages.P1
                + "\n\nRoute Stops Opens\n\nRoute 4 12 2025\n\n" + Pages.P2 + "\n\n" + Pages.P3);
    }

    @Test
    void cutsASubscriptionPitchAtTheEnd() {
        String html = Pages.article("").replace("</article>", "<h3>Join our weekly newsletter</h3>"
                + "<p>Every Friday in your mailbox.</p><p>Free, cancel any time.</p></article>");
        assertThat(clean(html)).isEqualTo(Pages.expected());
    }

    @Test
    void keepsAClosingLineThatMentionsSubscriptionsInPassing() {
        String closing = "<p>Monthly passes will cost less for subscription holders.</p>";
        String html = Pages.article("").replace("</article>", closing + "</article>");
        assertThat(clean(html)).isEqualTo(Pages.expected()
                + "\n\nMonthly passes will cost less for subscription holders.");
    }
}
