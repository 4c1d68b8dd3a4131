package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Article text that furniture rules must not take away: literal HTML in, literal text out. */
class CleanerKeepsTest {

    private static String clean(String html) {
        return Pages.clean(html);
    }

    @Test
    void keepsAHeadingWhoseClassNamesAHeaderAnchor() {
        String heading = "<h2 class='header-anchor-post'>Who pays for the new routes<div class='header-anchor-parent'>"
                + "<button aria-label='Link'></button></div></h2>";
        assertThat(clean(Pages.article(heading))).isEqualTo(Pages.P1 + "\n\nWho pays for the new routes\n\n"
                + Pages.P2 + "\n\n" + Pages.P3);
    }

    @Test
    void keepsLinkTextWrappedInACustomElementInsideAParagraph() {
        String p = "<p>A <hl-source rating='high'><a href='https://pubmed.example/1'>large study</a></hl-source> from"
                + " 2017 of over 200,000 people found that riders used new routes within a year of their opening.</p>";
        assertThat(clean(Pages.article(p))).isEqualTo(Pages.P1 + "\n\nA large study from 2017 of over 200,000 "
                + "people found that riders used new routes within a year of their opening.\n\n" + Pages.P2 + "\n\n"
                + Pages.P3);
    }

    private static final String DEK = "Four new routes will link the northern suburbs with the hospital district.";

    private static String pageWithStandfirst(String dek) {
        return "<html><head><title>Council expands bus network</title></head><body>"
                + "<div class='hero'><div><a href='/'>Home</a> / <a href='/news'>Local news</a> / <a href='/transport'>"
                + "Transport and roads</a></div><h1>Council expands bus network</h1><p class='subtitle'>" + dek
                + "</p><div class='meta'>By <a href='/ana'>Ana Ruiz</a> and <a href='/tom'>Tom Berg</a></div></div>"
                + "<div class='story'><p>" + Pages.P1 + "</p><p>" + Pages.P2 + "</p><p>" + Pages.P3
                + "</p></div></body></html>";
    }

    @Test
    void keepsTheStandfirstAfterTheHeadlineOutsideTheBodyContainer() {
        assertThat(clean(pageWithStandfirst(DEK))).isEqualTo(DEK + "\n\n" + Pages.expected());
    }

    @Test
    void keepsTheStandfirstOfAHeadlineWrappedAloneInABox() {
        String html = pageWithStandfirst(DEK).replace("<h1>Council expands bus network</h1>",
                "<div class='title'><h1>Council expands bus network</h1></div><div class='byline'>By Ana Ruiz</div>");
        assertThat(clean(html)).isEqualTo(DEK + "\n\n" + Pages.expected());
    }

    @Test
    void keepsAStandfirstBoxOfTwoLines() {
        String box = "<div class='dek'><p>Typical fare: $2.50</p><p>" + DEK + "</p></div>";
        String html = pageWithStandfirst(DEK).replace("<p class='subtitle'>" + DEK + "</p>", box);
        assertThat(clean(html)).isEqualTo("Typical fare: $2.50\n\n" + DEK + "\n\n" + Pages.expected());
    }

    /**
     * A line under the headline that tells the reader what to do ("Learn how ...", "Discover ...") is the page's
     * search description, not a standfirst of the news (written before the rule; 4 of 4 were kept on its first run).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Learn how the four new routes will change your commute and what the fares will be.",
        "Discover everything you need to know about the new bus routes in one simple guide.",
        "Find out which of the new routes stop near you, and when the first buses will run.",
        "Explore our complete guide to the council's bus plan, from routes to fares and timetables.",
    })
    void dropsAnInstructionToTheReaderUnderTheHeadline(String pitch) {
        assertThat(clean(pageWithStandfirst(pitch))).isEqualTo(Pages.expected());
    }

    /**
     * A line under the headline that describes the page itself ("A complete guide to ...", "This article explains
     * ...") is its search description too (written before the rule; the first run's count is in the commit). A dek
     * that opens with "A" and states news is kept.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "A complete guide to the council's new bus routes, fares and timetables for commuters.",
        "This article explains what the new bus routes mean for commuters in the north.",
        "A quick look at the four new routes, what they cost and when they start running.",
        "This guide covers everything commuters need to know about the council's bus plan.",
    })
    void dropsADescriptionOfThePageUnderTheHeadline(String description) {
        assertThat(clean(pageWithStandfirst(description))).isEqualTo(Pages.expected());
    }

    @Test
    void keepsADekThatOpensWithAAndStatesNews() {
        String dek = "A council vote on Tuesday added four routes to the city's bus network.";
        assertThat(clean(pageWithStandfirst(dek))).isEqualTo(dek + "\n\n" + Pages.expected());
    }

    @Test
    void keepsTheStandfirstOnceWhenTheBodyRepeatsIt() {
        assertThat(clean(pageWithStandfirst(Pages.P1))).isEqualTo(Pages.expected());
    }

    @Test
    void keepsAnArticleInsideALayoutBoxNamedLikeASidebar() {
        StringBuilder article = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        StringBuilder teasers = new StringBuilder();
        StringBuilder comments = new StringBuilder();
        for (int i = 1; i <= 16; i++) {
            String p = "In district " + i + ", the new route will stop near the clinic and the school, and residents "
                    + "said at the meeting that buses every ten minutes would change their daily commute.";
            article.append("<p>").append(p).append("</p>");
            expected.append(expected.length() == 0 ? "" : "\n\n").append(p);
            teasers.append("<p>Story ").append(i).append(": a long summary of another article about the weather, ")
                    .append("the markets and the football results that readers might enjoy after this one.</p>");
            comments.append("<p>Reader ").append(i).append(" wrote: I have waited for this bus for years, and I ")
                    .append("still think the council should have asked the people who ride it every day.</p>");
        }
        String html = "<html><body><div class='grid-toc-content-sidebar'><div class='toc'><a href='#a'>Routes</a>"
                + "</div><div class='body'>" + article + "</div></div><div class='related-posts'>" + teasers + "</div><div class='comments'>" + comments
                + "</div></body></html>";
        assertThat(clean(html)).isEqualTo(expected.toString());
    }

    @Test
    void keepsATableOfShortLinesBetweenTwoPartsOfTheArticle() {
        StringBuilder rows = new StringBuilder();
        StringBuilder lines = new StringBuilder();
        String[] routes = {"Route 4 to the hospital", "Route 9 to the northern suburbs", "Route 12 to the airport",
            "Route 15 to the university", "Route 21 to the harbour", "Route 30 to the stadium"};
        for (int i = 0; i < routes.length; i++) {
            rows.append("<div class='row'><div class='name'>").append(routes[i]).append("</div><div class='fare'>$")
                    .append(i + 2).append(".50 per ride</div></div>");
            lines.append("\n\n").append(routes[i]).append("\n\n$").append(i + 2).append(".50 per ride");
        }
        String html = "<html><body><nav><a href='/'>Home</a></nav><div class='panels'>"
                + "<div class='panel'><div class='w'><p>" + Pages.P1 + "</p></div></div>"
                + "<div class='panel'><div class='fares'>" + rows + "</div></div>"
                + "<div class='panel'><div class='w'><p>" + Pages.P2 + "</p><p>" + Pages.P3 + "</p><p>" + Pages.P1
                .replace("city council", "regional board") + "</p></div></div></div></body></html>";
        assertThat(clean(html)).isEqualTo(Pages.P1 + lines + "\n\n" + Pages.P2 + "\n\n" + Pages.P3 + "\n\n"
                + Pages.P1.replace("city council", "regional board"));
    }

    @Test
    void keepsALinkInsideAParagraphWhateverItsClassSays() {
        String p = "<p><a class='external-popup' href='https://transit.example'>Transit Now</a> is one of the most "
                + "popular journey planners, and it already shows the four new routes.</p>";
        assertThat(clean(Pages.article(p))).isEqualTo(Pages.P1 + "\n\nTransit Now is one of the most popular "
                + "journey planners, and it already shows the four new routes.\n\n" + Pages.P2 + "\n\n" + Pages.P3);
    }

    @Test
    void keepsAQuestionInsideAnAccordionButton() {
        String faq = "<h2>FAQ</h2><div class='accordion'><button type='button' aria-expanded='false' "
                + "aria-controls='faq-1'><h3>When do the new routes open?</h3><svg></svg></button><div id='faq-1'>"
                + "<p>The first route opens in January and the other three follow by the end of next year.</p></div>"
                + "</div>";
        assertThat(clean(Pages.article(faq))).isEqualTo(Pages.P1 + "\n\nFAQ\n\nWhen do the new routes open?\n\n"
                + "The first route opens in January and the other three follow by the end of next year.\n\n"
                + Pages.P2 + "\n\n" + Pages.P3);
    }

    @Test
    void keepsAnIntroductionInABoxNamedAsAHeader() {
        String html = "<html><body><nav><a href='/'>Home</a></nav><div class='listicle'><section class='listicle-header'>"
                + "<div class='intro'><p>" + Pages.P1 + "</p><p>" + Pages.P2 + "</p></div></section>"
                + "<div class='items'><p>" + Pages.P3 + "</p><p>" + Pages.P1.replace("city council", "regional board")
                + "</p><p>" + Pages.P2.replace("Ana Ruiz", "Tom Berg") + "</p></div></div></body></html>";
        assertThat(clean(html)).isEqualTo(Pages.expected() + "\n\n" + Pages.P1.replace("city council",
                "regional board") + "\n\n" + Pages.P2.replace("Ana Ruiz", "Tom Berg"));
    }

    @Test
    void stillDropsAPageHeaderWithAHeadlineAndATagline() {
        String html = "<html><body><div class='site-header'><h2>The Daily Example</h2><p>Local news from the city "
                + "and the region since 1901, written by reporters who live here and ride the same buses as you "
                + "do, every day, from the harbour to the hills and from the depot to the hospital district.</p>"
                + "<p>Independent, reader-funded and free to read for everyone who lives in or visits the city, "
                + "now and in the years ahead.</p></div><article><h1>Council expands bus network</h1><p>" + Pages.P1
                + "</p><p>" + Pages.P2 + "</p><p>" + Pages.P3 + "</p></article></body></html>";
        assertThat(clean(html)).isEqualTo(Pages.expected());
    }

    @Test
    void keepsAContainerWhoseClassStatesAnOptionOfTheSidebar() {
        String html = "<html><body><nav><a href='/'>Home</a></nav><div class='blog-main sidebar-enabled--false'><p>"
                + Pages.P1 + "</p><p>" + Pages.P2 + "</p><p>" + Pages.P3 + "</p></div><div class='sidebar'><p>"
                + "Our most popular guides to the city's parks, museums and markets, updated every month.</p>"
                + "<p>" + Pages.P1.replace("bus", "tram") + "</p><p>" + Pages.P2.replace("plan", "budget") + "</p></div>"
                + "<div class='comments'><p>" + Pages.P3.replace("routes", "lines") + "</p><p>"
                + Pages.P1.replace("bus", "ferry") + "</p></div></body></html>";
        assertThat(clean(html)).isEqualTo(Pages.expected());
    }

    @Test
    void keepsAnFaqSectionInTheModuleAfterTheArticle() {
        StringBuilder article = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            String p = "Part " + i + ": " + Pages.P1.replace("four routes", i + " new routes");
            article.append("<p>").append(p).append("</p>");
            expected.append(p).append("\n\n");
        }
        String faq = "<div class='module'><div class='faq-sec'><h2>Bus network FAQs</h2><h3>When do the routes open?</h3>"
                + "<p>The first opens in January, the other three by the end of next year.</p><h3>Do fares change?</h3>"
                + "<p>No, fares stay the same next year, and monthly passes cover the new routes too.</p></div></div>";
        String html = "<html><body><nav><a href='/'>Home</a></nav><div class='wrap'><div class='module'>"
                + "<div class='inner'>" + article + "</div></div>" + faq + "</div></body></html>";
        assertThat(clean(html)).isEqualTo(expected + "Bus network FAQs\n\nWhen do the routes open?\n\n"
                + "The first opens in January, the other three by the end of next year.\n\nDo fares change?\n\n"
                + "No, fares stay the same next year, and monthly passes cover the new routes too.");
    }

    @Test
    void keepsACalloutStyledAsAnAlert() {
        String callout = "<div class='callout' role='alert'><p>Note: the four routes replace two night buses, so riders "
                + "who travel after midnight should check the new timetable on the council website before the change in "
                + "January.</p></div>";
        assertThat(clean(Pages.article(callout))).isEqualTo(Pages.P1 + "\n\nNote: the four routes replace two night "
                + "buses, so riders who travel after midnight should check the new timetable on the council website before "
                + "the change in January.\n\n" + Pages.P2 + "\n\n" + Pages.P3);
    }

    @Test
    void stillDropsAShortAlertBar() {
        String bar = "<div role='alert'><p>Service update: delays on route 4 today.</p></div>";
        assertThat(clean(Pages.article(bar))).isEqualTo(Pages.expected());
    }

    private static final String STOPS_4 = "Route 4 stops at the station, the market, the library, the stadium, "
            + "the hospital, the school, the park, the pool and the harbour.";
    private static final String STOPS_9 = "Route 9 stops at the airport, the mall, the museum, the zoo, the college, "
            + "the town hall, the cinema, the depot and the beach.";
    private static final String STOPS_12 = "Route 12 stops at the courthouse, the bakery, the arena, the clinic, the "
            + "gardens, the bridge, the river walk, the theatre and the port.";
    private static final String STOPS_15 = "Route 15 stops at the castle, the lake, the harbour office, the fire "
            + "station, the sports hall, the old mill, the tower and the quay.";
    private static final String STOPS_21 = "Route 21 stops at the north gate, the hotel, the factory, the farm shop, "
            + "the chapel, the barracks, the orchard and the dam.";

    @Test
    void keepsTheHeadingBetweenAnIntroAndTheListThatFollowsIt() {
        String html = "<html><head><title>Council expands bus network</title></head><body><div>"
                + "<p>" + Pages.P1 + "</p><h2>Where the routes stop</h2><ol><li><p>" + STOPS_4 + "</p></li>"
                + "<li><p>" + STOPS_9 + "</p></li><li><p>" + STOPS_12 + "</p></li><li><p>" + STOPS_15 + "</p></li>"
                + "<li><p>" + STOPS_21 + "</p></li></ol></div>"
                + "<div class='links'><a href='/a'>Sports</a> <a href='/b'>Weather</a></div></body></html>";
        assertThat(clean(html)).isEqualTo(Pages.P1 + "\n\nWhere the routes stop\n\n1. " + STOPS_4 + "\n\n2. "
                + STOPS_9 + "\n\n3. " + STOPS_12 + "\n\n4. " + STOPS_15 + "\n\n5. " + STOPS_21);
    }

    @Test
    void keepsAnIntroThatAPageBuilderSetsInABoxOfTheSameKindBeforeTheArticle() {
        String html = "<html><head><title>Council expands bus network</title></head><body><div class='page'>"
                + "<div class='e-con e-con-1a2b'><div class='inner'><p>" + Pages.P1 + "</p></div></div>"
                + "<div class='e-con e-con-3c4d'><div class='inner'><div class='text'><p>" + STOPS_4 + "</p><p>"
                + STOPS_9 + "</p><p>" + STOPS_12 + "</p><p>" + STOPS_15 + "</p></div>"
                + "<div class='note'>Figures from the council</div></div></div></div></body></html>";
        assertThat(clean(html)).isEqualTo(Pages.P1 + "\n\n" + STOPS_4 + "\n\n" + STOPS_9 + "\n\n" + STOPS_12
                + "\n\n" + STOPS_15);
    }

    @Test
    void leavesOutAProseBoxOfAnotherKindBeforeTheArticle() {
        String html = "<html><head><title>Council expands bus network</title></head><body><div class='page'>"
                + "<div class='notice'><div class='inner'><p>" + Pages.P1 + "</p></div></div>"
                + "<div class='e-con e-con-3c4d'><div class='inner'><div class='text'><p>" + STOPS_4 + "</p><p>"
                + STOPS_9 + "</p><p>" + STOPS_12 + "</p><p>" + STOPS_15 + "</p></div>"
                + "<div class='note'>Figures from the council</div></div></div></div></body></html>";
        assertThat(clean(html)).isEqualTo(STOPS_4 + "\n\n" + STOPS_9 + "\n\n" + STOPS_12 + "\n\n" + STOPS_15);
    }

    private static final String HOOK = "Looking for a cheaper way to get to the hospital? Four new bus routes will "
            + "link the northern suburbs with the hospital district by the end of next year.";

    @Test
    void keepsAQuestionThatOpensTheArticleAsItsHook() {
        String html = Pages.article("").replace("<h1>Council expands bus network</h1>",
                "<h1>Council expands bus network</h1><p>" + HOOK + "</p>");
        assertThat(clean(html)).isEqualTo(HOOK + "\n\n" + Pages.expected());
    }

    @Test
    void dropsAPitchForTheSiteBeforeTheArticle() {
        String pitch = "Looking for a cheaper way to get around? Check out our guide to every bus pass sold in the "
                + "region, with prices.";
        String html = Pages.article("").replace("<h1>Council expands bus network</h1>",
                "<h1>Council expands bus network</h1><p>" + pitch + "</p>");
        assertThat(clean(html)).isEqualTo(Pages.expected());
    }

    @Test
    void keepsAListOfLinksThatAParagraphIntroduces() {
        String list = "<p>The new routes stop near these landmarks:</p><ul><li><a href='/station'>Central Station</a></li>"
                + "<li><a href='/hospital'>St Mary's Hospital</a></li><li><a href='/market'>Old Market</a></li></ul>";
        assertThat(clean(Pages.article(list))).isEqualTo(Pages.P1 + "\n\nThe new routes stop near these landmarks:"
                + "\n\n- Central Station\n\n- St Mary's Hospital\n\n- Old Market\n\n" + Pages.P2 + "\n\n" + Pages.P3);
    }

    @Test
    void dropsAListOfLinksThatNoSentenceIntroduces() {
        String list = "<ul><li><a href='/station'>Central Station</a></li>"
                + "<li><a href='/hospital'>St Mary's Hospital</a></li><li><a href='/market'>Old Market</a></li></ul>";
        assertThat(clean(Pages.article(list))).isEqualTo(Pages.expected());
    }

    @Test
    void keepsTheFirstItemOfAListAfterABoldReadMoreLeadIn() {
        String list = "<p><strong>Read more in our guides below:</strong></p><ul><li><a href='/fares'>How fares are set"
                + "</a></li><li><a href='/passes'>Monthly passes explained</a></li></ul>";
        assertThat(clean(Pages.article(list))).isEqualTo(Pages.P1 + "\n\n- How fares are set\n\n"
                + "- Monthly passes explained\n\n" + Pages.P2 + "\n\n" + Pages.P3);
    }

    @Test
    void keepsAStatementThatIsAllOneLink() {
        String p = "<p><a href='/passes'>The new monthly pass is sold at every station kiosk.</a></p>";
        assertThat(clean(Pages.article(p))).isEqualTo(Pages.P1 + "\n\nThe new monthly pass is sold at every station "
                + "kiosk.\n\n" + Pages.P2 + "\n\n" + Pages.P3);
    }

    @Test
    void dropsACallToActionThatIsAllOneLink() {
        String p = "<p><a href='/passes'>Explore ways to save on your monthly bus pass.</a></p>";
        assertThat(clean(Pages.article(p))).isEqualTo(Pages.expected());
    }

    @Test
    void keepsABoldLeadInThatWordsFollowRatherThanALink() {
        String p = "<p><strong>Watch this space:</strong> the council will publish the timetable in "
                + "<a href='/bulletin'>its bulletin</a> next week.</p>";
        assertThat(clean(Pages.article(p))).isEqualTo(Pages.P1 + "\n\nWatch this space: the council will publish the "
                + "timetable in its bulletin next week.\n\n" + Pages.P2 + "\n\n" + Pages.P3);
    }

    @Test
    void keepsAQuoteBoxNamedAsAHeaderWhoseTextIsNotInParagraphs() {
        String quote = "Buses are the cheapest way to cut traffic in the northern suburbs, and the four routes will "
                + "carry more people in their first year than the new road would have carried in five, according to "
                + "the figures the department published last spring after two years of surveys at every stop.";
        String box = "<div class='expert-header'><div class='expert-name'>From Ana Ruiz, transport planner</div>"
                + "<div class='expert-content'>" + quote + "</div></div>";
        assertThat(clean(Pages.article(box))).isEqualTo(Pages.P1 + "\n\nFrom Ana Ruiz, transport planner\n\n" + quote
                + "\n\n" + Pages.P2 + "\n\n" + Pages.P3);
    }

    @Test
    void keepsAReferenceListWrittenAsWebAddresses() {
        String refs = "<h2>References</h2><ol><li><a href='https://transit.example/report'>https://transit.example/report"
                + "</a></li><li><a href='https://data.example/riders'>https://data.example/riders</a></li></ol>";
        String html = Pages.article("").replace("</article>", refs + "</article>");
        assertThat(clean(html)).isEqualTo(Pages.expected() + "\n\nReferences\n\n1. https://transit.example/report\n\n"
                + "2. https://data.example/riders");
    }

    @Test
    void keepsAListOfLinksThatAHeadingIntroduces() {
        String list = "<h3>Passes are sold at these kiosks:</h3><ul><li><a href='/central'>Central Station</a></li>"
                + "<li><a href='/north'>North Gate</a></li></ul>";
        assertThat(clean(Pages.article(list))).isEqualTo(Pages.P1 + "\n\nPasses are sold at these kiosks:\n\n"
                + "- Central Station\n\n- North Gate\n\n" + Pages.P2 + "\n\n" + Pages.P3);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "\u201cFollow us only on the official account and ignore anyone who asks you for money to join the list,\u201d said "
            + "Tomas Berg, a spokesman for the regional police, adding that four fake profiles had been taken down.",
        "\u201cSubscribe to the alerts on our website and share them with your neighbours,\u201d the fire chief, Ana Duarte, "
            + "told reporters on Sunday, as the blaze moved toward the valley.",
        "The mayor urged residents to \u201csign up for the free text alerts before the storm arrives\u201d, according to a "
            + "statement from the city hall on Friday.",
    })
    void keepsReportedSpeechThatSoundsLikeAPitch(String line) {
        for (String position : new String[] {"top", "mid", "end"}) {
            assertThat(clean(Pages.at("<p>" + line + "</p>", position))).as(position).contains(line);
        }
    }
}
