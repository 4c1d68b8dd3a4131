package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Teaser lists of other stories in shapes the dev pages do not show, written for this test before any rule changed
 * for it (the first run's result is in the commit), in each position: after the text, between paragraphs, before
 * the body.
 */
class CleanerUnseenTeasersTest {

    private static final String[] HEADLINES = {
        "Tram tender delayed for a third time as bidders pull out",
        "Ring road to close for two weekends of resurfacing work",
        "Night buses return to the old town after a year away",
        "Depot fire investigation points to an electrical fault",
    };

    /** Cards whose link is on the picture only: the headline is a heading, a summary and a date follow. */
    private static String imageLinkedCards() {
        StringBuilder sb = new StringBuilder("<div class='grid'>");
        for (int i = 0; i < HEADLINES.length; i++) {
            sb.append("<div class='item'><a href='/2024/05/story-").append(i).append("'><img src='/i.jpg' alt=''></a>")
                    .append("<h3>").append(HEADLINES[i]).append("</h3><p>What it means for your commute.</p>")
                    .append("<span>May ").append(3 + i).append(", 2024</span></div>");
        }
        return sb.append("</div>").toString();
    }

    /** A list of kicker + headline link (absolute, on the www. host) + time. */
    private static String kickerList() {
        StringBuilder sb = new StringBuilder("<ul class='rail'>");
        for (int i = 0; i < HEADLINES.length; i++) {
            sb.append("<li><span>Transport</span> <a href='https://www.news.example/2024/05/s").append(i).append("'>")
                    .append(HEADLINES[i]).append("</a> <time>").append(i + 2).append("h ago</time></li>");
        }
        return sb.append("</ul>").toString();
    }

    /** Headline links, each with a one-sentence summary of about twenty words. */
    private static String summarisedList() {
        StringBuilder sb = new StringBuilder("<div class='more'>");
        for (int i = 0; i < HEADLINES.length; i++) {
            sb.append("<div class='row'><h4><a href='/2024/05/t").append(i).append("'>").append(HEADLINES[i])
                    .append("</a></h4><p>Officials say the change follows months of complaints from drivers and "
                            + "residents along the route in the north of the city.</p></div>");
        }
        return sb.append("</div>").toString();
    }

    private static final String[] SECTIONS = {"Night Buses", "Cycle Lanes", "Park and Ride", "Rail Fares"};

    /**
     * Guide cards: a picture and a heading of two or three words link to one section page, a line of summary follows
     * as a bare text node (a second batch of shapes, written before any rule changed for it).
     */
    private static String guideCards() {
        StringBuilder sb = new StringBuilder("<div class='guides'>");
        for (int i = 0; i < SECTIONS.length; i++) {
            String href = "/guides/section-" + i;
            sb.append("<div class='feature'><div class='widget'><a href='").append(href)
                    .append("'><img src='/g.jpg' alt=''></a><h5><a href='").append(href).append("'>")
                    .append(SECTIONS[i]).append("</a></h5>Everything you need to know, from timetables to the best "
                            + "places to stop on the way.</div></div>");
        }
        return sb.append("</div>").toString();
    }

    /** Cards with an author link, a date, a summary and three tag links each. */
    private static String taggedCards() {
        StringBuilder sb = new StringBuilder("<div class='view'>");
        for (int i = 0; i < HEADLINES.length; i++) {
            String href = "/2024/05/u" + i;
            sb.append("<div class='views-row'><a href='").append(href).append("'><img src='/t.jpg' alt=''></a>")
                    .append("<h3><a href='").append(href).append("'>").append(HEADLINES[i]).append("</a></h3>")
                    .append("<div class='byline'>by <a href='/people/jane-doe'>Jane Doe</a> | May ").append(3 + i)
                    .append(", 2024</div><div class='lede'>What the change means for drivers and riders?</div>")
                    .append("<em>Posted in: <a href='/tags/buses'>buses</a>, <a href='/tags/leeds'>Leeds</a>, ")
                    .append("<a href='/tags/council'>council</a></em></div>");
        }
        return sb.append("</div>").toString();
    }

    private static String after(String teasers) {
        return Pages.clean(Pages.article("").replace("</article>", teasers + "</article>"));
    }

    private static String before(String teasers) {
        return Pages.clean(Pages.article("").replace("<article>", "<article>" + teasers));
    }

    @Test
    void imageLinkedCardsInEachPositionAreDropped() {
        assertThat(after(imageLinkedCards())).isEqualTo(Pages.expected());
        assertThat(Pages.clean(Pages.article(imageLinkedCards()))).isEqualTo(Pages.expected());
        assertThat(before(imageLinkedCards())).isEqualTo(Pages.expected());
    }

    @Test
    void aKickerListInEachPositionIsDropped() {
        assertThat(after(kickerList())).isEqualTo(Pages.expected());
        assertThat(Pages.clean(Pages.article(kickerList()))).isEqualTo(Pages.expected());
        assertThat(before(kickerList())).isEqualTo(Pages.expected());
    }

    @Test
    void aSummarisedListInEachPositionIsDropped() {
        assertThat(after(summarisedList())).isEqualTo(Pages.expected());
        assertThat(Pages.clean(Pages.article(summarisedList()))).isEqualTo(Pages.expected());
        assertThat(before(summarisedList())).isEqualTo(Pages.expected());
    }

    @Test
    void guideCardsInEachPositionAreDropped() {
        assertThat(after(guideCards())).isEqualTo(Pages.expected());
        assertThat(Pages.clean(Pages.article(guideCards()))).isEqualTo(Pages.expected());
        assertThat(before(guideCards())).isEqualTo(Pages.expected());
    }

    @Test
    void taggedCardsInEachPositionAreDropped() {
        assertThat(after(taggedCards())).isEqualTo(Pages.expected());
        assertThat(Pages.clean(Pages.article(taggedCards()))).isEqualTo(Pages.expected());
        assertThat(before(taggedCards())).isEqualTo(Pages.expected());
    }
}
