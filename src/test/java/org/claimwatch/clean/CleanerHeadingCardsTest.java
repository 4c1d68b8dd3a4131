package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cards of other stories drawn as an image and a heading each, with no link in the text and no summary: a run of
 * headings that open no prose. An article's heading opens a section of text; a heading followed by another heading,
 * three and more in a row, opens nothing.
 */
class CleanerHeadingCardsTest {

    private static String card(String headline) {
        return "<div class='card'><img src='/i.jpg' alt=''><h3>" + headline + "</h3></div>";
    }

    private static final String CARDS = "<div class='grid'>"
            + card("How ring roads changed the commute in five cities")
            + card("What to know before the tram tender closes in March")
            + card("Which night buses run during the holiday weeks")
            + card("Why the depot plan split the council in 2019") + "</div>";

    @Test
    void cardsAfterTheArticleAreDropped() {
        String html = Pages.article("").replace("</article>", "</article>" + CARDS);
        assertThat(Pages.clean(html)).isEqualTo(Pages.expected());
    }

    @Test
    void cardsInsideTheArticleAfterItsTextAreDropped() {
        String html = Pages.article("").replace("</article>", CARDS + "</article>");
        assertThat(Pages.clean(html)).isEqualTo(Pages.expected());
    }

    @Test
    void cardsBetweenParagraphsAreDropped() {
        assertThat(Pages.clean(Pages.article(CARDS))).isEqualTo(Pages.expected());
    }

    @Test
    void sectionHeadingsThatOpenProseAreKept() {
        String sections = "<h2>The routes</h2><h3>North</h3><p>Route 4 links the northern suburbs with the hospital "
                + "and runs every ten minutes at peak times.</p><h3>South</h3><p>Route 7 serves the southern estates "
                + "and the ring road park-and-ride site.</p>";
        String text = Pages.clean(Pages.article(sections));
        assertThat(text).contains("The routes\n\nNorth\n\nRoute 4").contains("South\n\nRoute 7");
    }

    @Test
    void aLastHeadingThatOpensTheNextSectionIsKept() {
        String html = Pages.article("<h3>Fares</h3><h3>Tickets</h3><h3>Timetable</h3><h2>What happens next</h2>"
                + "<p>Consultation on the timetable opens in June and closes at the end of August.</p>");
        assertThat(Pages.clean(html)).contains("What happens next\n\nConsultation on the timetable");
    }
}
