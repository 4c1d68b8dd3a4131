package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CleanerStructureTest {

    private static String clean(String html) {
        return Pages.clean(html);
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
    void keepsATableRowOnOneLineWhenACellHoldsALineBreak() {
        String table = "<table><tr><th>Certificate</th><th>Certification</th></tr>"
                + "<tr><td>Result of an educational process<br>&nbsp;</td><td>Result of an assessment process</td>"
                + "</tr></table>";
        assertThat(clean(Pages.article(table))).isEqualTo(Pages.P1 + "\n\nCertificate Certification\n\n"
                + "Result of an educational process Result of an assessment process\n\n" + Pages.P2 + "\n\n"
                + Pages.P3);
    }

    @Test
    void writesParagraphsThatOpenWithATypedBulletAsListItems() {
        String bullets = "<p>\u2022 Mesh networks configure themselves, so setup takes minutes.</p>"
                + "<p>\u25aa Mesh networks can be up to ten times faster than one router.</p>";
        assertThat(clean(Pages.article(bullets))).isEqualTo(Pages.P1
                + "\n\n- Mesh networks configure themselves, so setup takes minutes.\n\n"
                + "- Mesh networks can be up to ten times faster than one router.\n\n" + Pages.P2 + "\n\n" + Pages.P3);
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

    private static final String P4 = "The first new route opens in January, and the council expects about 5,000 daily "
            + "riders once all four routes run, according to the transport department's estimate.";
    private static final String P5 = "Bus drivers' unions welcomed the plan but asked for 40 new hires before the "
            + "routes start, saying current staff already work long overtime shifts every week.";

    private static final String P6 = "Work on the depot extension starts in the spring, and the contractor says the "
            + "site will stay open to traffic while crews build two new bays for electric buses.";

    private static String splitPage(String between) {
        return "<html><body><nav><a href='/'>Home</a></nav><div class='wrap'>"
                + "<div class='block'><div class='inner'><p>" + Pages.P1 + "</p></div></div>" + between
                + "<div class='block'><div class='inner'><p>" + Pages.P2 + "</p><p>" + Pages.P3 + "</p><p>" + P4
                + "</p><p>" + P5 + "</p><p>" + P6 + "</p></div></div></div><footer>Copyright 2024</footer></body></html>";
    }

    @Test
    void keepsAnIntroInItsOwnContainer() {
        assertThat(clean(splitPage(""))).isEqualTo(Pages.expected() + "\n\n" + P4 + "\n\n" + P5 + "\n\n" + P6);
    }

    @Test
    void dropsAPromotionBoxWithAButtonLinkBetweenIntroAndBody() {
        String promo = "<div class='box'><h3>Earn your degree in urban planning</h3><p>Our online programme "
                + "teaches you how cities plan transport networks and budgets.</p><a href='/apply'>Learn more</a></div>";
        assertThat(clean(splitPage(promo))).isEqualTo(Pages.expected() + "\n\n" + P4 + "\n\n" + P5 + "\n\n" + P6);
    }

    @Test
    void dropsALineThatIsOnlyADate() {
        assertThat(clean(Pages.article("<p>Sep 16</p>"))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsAnAuthorBioWithACapitalisedRole() {
        String html = Pages.article("").replace("</article>", "<p>Jane Doe is a Senior Transport Editor at the "
                + "Daily Example and has covered city politics since 2010.</p></article>");
        assertThat(clean(html)).isEqualTo(Pages.expected());
    }

    @Test
    void dropsAPromotionBoxInsideTheArticle() {
        String promo = "<div class='card'><h3>Plan your commute</h3><p>Our app shows every bus in real time.</p>"
                + "<div><a href='/app'>Download now</a></div></div>";
        assertThat(clean(Pages.article(promo))).isEqualTo(Pages.expected());
    }

    @Test
    void keepsABoxWhoseOnlyCallToActionLinkSitsInASentence() {
        String box = "<div class='fact'><p>The council first ran buses in 1911; read more <a href='/about'>about us</a>"
                + " in our history pages.</p></div>";
        assertThat(clean(Pages.article(box))).contains("The council first ran buses in 1911");
    }

    @Test
    void dropsAJumpLinkThatOpensTheFirstParagraph() {
        String html = Pages.article("").replace("<p>" + Pages.P1, "<p><a href='#list'>JUMP TO THE LIST ⤵</a> "
                + Pages.P1);
        assertThat(Pages.clean(html)).isEqualTo(Pages.expected());
    }

    @Test
    void dropsATableOfContentsWhoseEntriesRepeatTheHeadings() {
        String html = "<html><head><title>Council expands bus network</title></head><body><article>"
                + "<h1>Council expands bus network</h1><h2>Table of Contents</h2><ul><li><a href='#routes'>The new bus "
                + "routes</a></li><li><a href='#cost'>What the plan costs</a></li></ul><h2 id='routes'>The new bus "
                + "routes</h2><p>" + Pages.P1 + "</p><h2 id='cost'>What the plan costs</h2><p>" + Pages.P2 + "</p><p>" + Pages.P3 + "</p></article>"
                + "</body></html>";
        assertThat(Pages.clean(html)).isEqualTo("The new bus routes\n\n" + Pages.P1 + "\n\nWhat the plan costs\n\n"
                + Pages.P2 + "\n\n" + Pages.P3);
    }

    @Test
    void keepsAListAfterAContentsHeadingWhenItsItemsAreNotHeadings() {
        String list = "<h3>In this article</h3><ul><li>Four new bus routes</li><li>A grant from the region</li></ul>";
        assertThat(Pages.clean(Pages.article(list))).isEqualTo(Pages.P1 + "\n\n- Four new bus routes\n\n"
                + "- A grant from the region\n\n" + Pages.P2 + "\n\n" + Pages.P3);
    }

    @Test
    void dropsAJumpToListWhoseEntriesRepeatTheHeadings() {
        String html = "<html><head><title>Council expands bus network</title></head><body><article>"
                + "<h1>Council expands bus network</h1><h2>Jump to:</h2><ul><li><a href='#routes'>The new bus "
                + "routes</a></li><li><a href='#cost'>What the plan costs</a></li></ul><h2 id='routes'>The new bus "
                + "routes</h2><p>" + Pages.P1 + "</p><h2 id='cost'>What the plan costs</h2><p>" + Pages.P2 + "</p><p>"
                + Pages.P3 + "</p></article></body></html>";
        assertThat(Pages.clean(html)).isEqualTo("The new bus routes\n\n" + Pages.P1 + "\n\nWhat the plan costs\n\n"
                + Pages.P2 + "\n\n" + Pages.P3);
    }
}
