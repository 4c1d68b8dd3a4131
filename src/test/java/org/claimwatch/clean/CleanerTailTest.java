package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Closing pitches, appeals and bios after the article: literal HTML in, literal text out. */
class CleanerTailTest {

    private static String clean(String html) {
        return Pages.clean(html);
    }

    private static String withTail(String tail) {
        return Pages.article("").replace("</article>", tail + "</article>");
    }

    @Test
    void cutsTheLinesThatLeadIntoANewsletterSignUp() {
        String tail = "<p>Local news, every morning</p><p>The Daily Example newsletter brings the council, the courts "
                + "and the schools to you before breakfast.</p><p>By subscribing, you agree to our terms of service.</p>";
        assertThat(clean(withTail(tail))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsALongClosingAppealAndTheNameBeforeIt() {
        String tail = "<p>Bus Notes</p><p>Bus Notes is a production of The Daily Example. If you liked this article, "
                + "please consider liking, sharing, and subscribing to the Bus Notes newsletter. If you want to support "
                + "our reporting on transport and the council, you can become a patron for the price of a coffee a "
                + "month, and every contribution pays for the time it takes to sit through long council meetings.</p>";
        assertThat(clean(withTail(tail))).isEqualTo(Pages.expected());
    }

    private static String withSiteName(String tail) {
        return withTail(tail).replace("</head>", "<meta property='og:site_name' content='Daily Example: Local News'>"
                + "</head>");
    }

    @Test
    void dropsALastParagraphWhereTheSiteAsksTheReaderToAct() {
        String tail = "<p>If you need advice on commuting in the city, do not hesitate to reach out to Daily Example. "
                + "Our transport desk answers readers' questions every week.</p>";
        assertThat(clean(withSiteName(tail))).isEqualTo(Pages.expected());
    }

    @Test
    void keepsALastParagraphThatNamesTheSiteWithoutAPitch() {
        String tail = "<p>Daily Example asked the council for the full budget, which it has not published yet.</p>";
        assertThat(clean(withSiteName(tail))).isEqualTo(Pages.expected() + "\n\nDaily Example asked the council for "
                + "the full budget, which it has not published yet.");
    }

    @Test
    void dropsAClosingBioThatNamesTheAuthorByOneName() {
        String tail = "<p>Content Writer</p><p>Trung is a content writer at The Daily Example who covers transport, "
                + "housing and the council, and who rides the number 9 bus every day.</p>";
        assertThat(clean(withTail(tail))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsAnAddACommentHeadingAndTheShortLinesUnderIt() {
        String tail = "<h3>Add A Comment</h3><p>Comments are moderated.</p><p>Be kind.</p>";
        assertThat(clean(withTail(tail))).isEqualTo(Pages.expected());
    }

    private static final String CONCLUSION = "Ready to ride? The four routes above will cut most commutes by ten "
            + "minutes or more, and the first of them opens in January.";

    @Test
    void keepsAClosingQuestionThatConcludesTheArticle() {
        assertThat(clean(withTail("<p>" + CONCLUSION + "</p>"))).isEqualTo(Pages.expected() + "\n\n" + CONCLUSION);
    }

    @Test
    void dropsAClosingQuestionThatSpeaksForTheSite() {
        String pitch = "<p>Ready to ride? Contact us today and we will deliver your monthly pass to your door before "
                + "the first route opens.</p>";
        assertThat(clean(withTail(pitch))).isEqualTo(Pages.expected());
    }

    @Test
    void keepsAClosingLabelLineShapedLikeLinesOfTheBody() {
        String html = Pages.article("<p>Fare for the trip: $2.50</p>").replace("</article>",
                "<p>Fare for the trip: $3.10</p></article>");
        assertThat(clean(html)).isEqualTo(Pages.P1 + "\n\nFare for the trip: $2.50\n\n" + Pages.P2 + "\n\n"
                + Pages.P3 + "\n\nFare for the trip: $3.10");
    }

    @Test
    void dropsAShortClosingLineOfItsOwnShape() {
        String html = Pages.article("").replace("</article>", "<p>Filed under: Transport</p></article>");
        assertThat(clean(html)).isEqualTo(Pages.expected());
    }
}
