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
    void dropsAnAppealToSpreadTheWordAndLeaveAReview() {
        String tail = "<p><strong>Help me spread the word about this podcast!</strong></p><p>Send a link to this show "
                + "to 3 of your friends who ride the bus. If you like the podcast, please leave a review and a rating."
                + "</p>";
        assertThat(clean(withTail(tail))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsALineThatAsksToSubscribeHere() {
        String pitch = "<p>The free weekly Bus Notes email brings route changes to you every Monday. "
                + "<a href='/subscribe'>Subscribe here</a>.</p>";
        assertThat(clean(Pages.article(pitch))).isEqualTo(Pages.expected());
    }

    @Test
    void cutsAMailingListTailThatEndsInALongPitch() {
        String tail = "<p>Join our mailing list! Get a newsletter when an episode is published.</p>"
                + "<p>Thanks to Ray Bernoff, the editor of the show.</p><p>Show cover art by Sam White</p>"
                + "<p>Do you need a bit of help planning your commute? If you live in the region and want a plan for "
                + "the bus, the train and the bike, book a call with our transport desk and we will map the fastest "
                + "route for you, with fares, passes and the best times to travel.</p>";
        assertThat(clean(withTail(tail))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsALastParagraphThatAsksForAQuoteToGetStarted() {
        String tail = "<p>To get started, request a quote here and our team of experienced group travel planners will "
                + "get right back to you.</p>";
        assertThat(clean(withTail(tail))).isEqualTo(Pages.expected());
    }

    @Test
    void cutsAnAuthorBoxThatFollowsAClosingByline() {
        String tail = "<div class='writer'><p>Written by<a href='/staff/jane'>Jane Doe</a></p><p>Jane covers transport "
                + "and city hall. She co-founded Bus Notes in 2019.</p></div>";
        assertThat(clean(withTail(tail))).isEqualTo(Pages.expected());
    }

    @Test
    void cutsAnAuthorBoxThatOpensWithANameAndARole() {
        String tail = "<p>Tim Green <em>UK-based Transport Analyst &amp; Independent Technology Writer</em></p>"
                + "<p>Tim explores how cities move, and how buses fit in.</p>";
        assertThat(clean(withTail(tail))).isEqualTo(Pages.expected());
    }

    @Test
    void keepsAListOfWorksThatEachNameTheirAuthors() {
        String works = "<h2>Further materials</h2><p>Bus atlas</p><p>By:</p><p>Rose Potter</p><p>An atlas of every route "
                + "in the region, with maps and timetables.</p><p>Fare guide</p><p>By:</p><p>Ana Ruiz</p><p>A guide "
                + "to the fares.</p>";
        String out = clean(withTail(works));
        assertThat(out).endsWith("Rose Potter\n\nAn atlas of every route in the region, with maps and timetables."
                + "\n\nFare guide\n\nBy:\n\nAna Ruiz\n\nA guide to the fares.");
    }

    @Test
    void cutsACompanyBioAfterALowerCaseByline() {
        String tail = "<div><div><strong>By examplebus</strong></div><div>Examplebus is a transport consultancy that "
                + "plans bus networks for cities.</div></div>";
        assertThat(clean(withTail(tail))).isEqualTo(Pages.expected());
    }

    private static String withAuthor(String tail, String author) {
        return withTail(tail).replace("</head>", "<meta name='author' content='" + author + "'></head>");
    }

    @Test
    void cutsAClosingBiographyOfTheBylinesAuthor() {
        String tail = "<p>Karina Cohen is the owner of a bus tour company.</p><p>Karina holds an MBA.</p>";
        assertThat(clean(withAuthor(tail, "Karina Cohen (KC)"))).isEqualTo(Pages.expected());
    }

    @Test
    void keepsAClosingParagraphAboutSomeoneElse() {
        String tail = "<p>Ana Ruiz is the council member who proposed the plan in March.</p>";
        assertThat(clean(withAuthor(tail, "Karina Cohen"))).isEqualTo(Pages.expected()
                + "\n\nAna Ruiz is the council member who proposed the plan in March.");
    }

    @Test
    void readsNoPersonFromATeamByline() {
        String tail = "<p>The Transit Team is the group of reporters who cover buses and trains.</p>";
        assertThat(clean(withAuthor(tail, "The Transit Team"))).isEqualTo(Pages.expected()
                + "\n\nThe Transit Team is the group of reporters who cover buses and trains.");
    }

    @Test
    void dropsADonationAppealAndAnAgencyInputsLine() {
        String tail = "<p>(With inputs from ANI)</p><p>Bus Notes is a non-profit project kept alive by reader donations, "
                + "and your one-off or monthly donations keep it free.</p>";
        assertThat(clean(withTail(tail))).isEqualTo(Pages.expected());
    }

    @Test
    void keepsTheSectionAfterAByTheNumbersLine() {
        String tail = "<p><strong>By the numbers</strong></p><p>Four routes, 12 million dollars, two years.</p>";
        assertThat(clean(withTail(tail))).isEqualTo(Pages.expected() + "\n\nFour routes, 12 million dollars, two years.");
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

    private static final String P4 = "The fishers' association said its members had kept to the closure for three years "
            + "and wanted the ministry to act on the other pressures on the stock, such as predators and warmer water.";
    private static final String P5 = "The ministry said its scientists continue to study those pressures and that it "
            + "will review the closure after the next assessment, which is expected early next year.";
    private static final String P6 = "The spring fishery was first closed in 2022, while the autumn fishery in the "
            + "region remains open with a smaller quota than in previous years, officials said.";

    @Test
    void keepsARunOfProseAfterAVideoBoxHeadingLateInTheArticle() {
        // a box heading and its one teaser set between paragraphs late in the article, then the rest of the story
        String before = "<p>" + P4.replace("fishers' association", "union") + "</p><p>" + P5.replace("ministry",
                "agency") + "</p>";
        String tail = before + "<h3>Related video</h3><p><a href='/video/1'>Watch: Fishers rally outside the ministry over bait "
                + "shortages</a></p><p>" + P4 + "</p><p>" + P5 + "</p><p>" + P6 + "</p><p>Got a story idea? Send us "
                + "a tip.</p>";
        assertThat(clean(withTail(tail))).isEqualTo(Pages.expected() + "\n\n" + P4.replace("fishers' association",
                "union") + "\n\n" + P5.replace("ministry", "agency") + "\n\n" + P4 + "\n\n" + P5 + "\n\n" + P6);
    }

    @Test
    void stillDropsATeaserTailWhoseSummariesAlternateWithHeadlines() {
        String summary = "</a></p><p>The regional council approved the plan after a long debate about costs, routes and "
                + "the timetable, and the first buses are expected to run on the new lines next spring.</p>";
        String tail = "<h3>Related stories</h3><p><a href='/a'>Ferry returns to fifteen-minute service" + summary
                + "<p><a href='/b'>Bridge repairs to close two lanes" + summary.replace("regional", "city")
                + "<p><a href='/c'>Schools add late buses" + summary.replace("regional", "county");
        assertThat(clean(withTail(tail))).isEqualTo(Pages.expected());
    }
}
