package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Teaser lists of other stories, found by repetition: three or more sibling boxes of one shape, each a headline
 * linking to another page of the site plus a short summary, byline or date, wherever they sit in the article.
 */
class CleanerTeaserListTest {

    private static final String URL = "https://news.example/2024/05/council-buses";

    /** Teasers of other stories, shaped like real ones: kicker, headline link, one-line summary, byline and date. */
    static String teasers(String cls) {
        return "<div class='" + cls + "'>"
                + teaser("Transport", "/2024/05/tram-line-delayed", "Tram line to the airport delayed by two years",
                "The contractor blamed supply problems for the delay.", "By Ana Ruiz", "May 12, 2024")
                + teaser("Housing", "/2024/05/rents-rise-again", "Rents in the city rise for the ninth month in a row",
                "Tenants groups call for a cap as prices climb.", "By Tom Berg", "May 11, 2024")
                + teaser("Health", "/2024/05/hospital-wing-opens", "New hospital wing opens with 120 extra beds",
                "The wing was built in eighteen months.", "By Lea Chen", "May 10, 2024")
                + teaser("Schools", "/2024/05/school-meals-free", "Free school meals extended to all primary pupils",
                "The scheme starts in September.", "By Sam Okoro", "May 9, 2024")
                + "</div>";
    }

    private static String teaser(String kicker, String href, String headline, String summary, String by,
                                 String date) {
        return "<div class='card card--small'><span class='kicker'>" + kicker + "</span><h3><a href='" + href + "'>"
                + headline + "</a></h3><p>" + summary + "</p><span>" + by + "</span> <time>" + date + "</time></div>";
    }

    private static String page(String beforeP1, String afterP1, String afterP3) {
        return "<html><head><title>Council expands bus network</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                + "<div class='content'><h1>Council expands bus network</h1>" + beforeP1
                + "<p>" + Pages.P1 + "</p>" + afterP1 + "<p>" + Pages.P2 + "</p><p>" + Pages.P3 + "</p>" + afterP3
                + "</div><footer>Copyright 2024 The Daily Example</footer></body></html>";
    }

    private static String clean(String html) {
        return Cleaner.clean(html, URL).text();
    }

    @Test
    void dropsATeaserListAtTheEnd() {
        assertThat(clean(page("", "", "<h2>More stories</h2>" + teasers("stories")))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsATeaserListAtTheEndWithoutAHeading() {
        assertThat(clean(page("", "", teasers("stories")))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsATeaserListMidArticle() {
        assertThat(clean(page("", teasers("inline-stories"), ""))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsATeaserListBeforeTheBody() {
        assertThat(clean(page(teasers("top-stories"), "", ""))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsATeaserListOfListItems() {
        String list = "<div class='more'><ul>"
                + "<li><a href='/2024/05/tram-line-delayed'>Tram line to the airport delayed by two years</a>"
                + " <span>The contractor blamed supply problems.</span> <time>May 12</time></li>"
                + "<li><a href='/2024/05/rents-rise-again'>Rents in the city rise for the ninth month in a row</a>"
                + " <span>Tenants call for a cap.</span> <time>May 11</time></li>"
                + "<li><a href='/2024/05/hospital-wing-opens'>New hospital wing opens with 120 extra beds</a>"
                + " <span>Built in eighteen months.</span> <time>May 10</time></li></ul></div>";
        assertThat(clean(page("", "", list))).isEqualTo(Pages.expected());
    }

    @Test
    void keepsAListOfProductsLinkingElsewhere() {
        String list = "<ul>"
                + "<li><a href='https://shop.example/a'>Acme City Bike</a> - a light frame for short trips.</li>"
                + "<li><a href='https://shop.example/b'>Acme Folding Bike</a> - folds in ten seconds for the bus.</li>"
                + "<li><a href='https://shop.example/c'>Acme Cargo Bike</a> - carries two children and shopping.</li>"
                + "</ul>";
        assertThat(clean(page("", list, ""))).contains("Acme City Bike - a light frame for short trips.");
    }

    @Test
    void keepsAListOfTheSitesPagesThatTheTextIntroduces() {
        String list = "<p>The council has published its earlier reports on the network, which you can read here:</p><ul>"
                + "<li><a href='/reports/2022-bus-review'>The 2022 review of the bus network</a> (PDF)</li>"
                + "<li><a href='/reports/2023-hospital-access'>Access to the hospital district by bus</a> (PDF)</li>"
                + "<li><a href='/reports/2024-northern-suburbs'>Bus demand in the northern suburbs</a> (PDF)</li></ul>";
        assertThat(clean(page("", list, ""))).contains("Access to the hospital district by bus (PDF)");
    }

    @Test
    void keepsBoxesWithLongProseSentences() {
        String[] prose = {
            "The council said the first route would run every ten minutes at peak times and every twenty minutes in "
                    + "the evening, with buses leaving the depot shortly before five in the morning.",
            "The second route would cross the river on the old bridge, which engineers say can carry the extra "
                    + "weight once the deck has been strengthened over the summer holidays.",
            "The third route would end at the hospital, where a new turning circle and a sheltered stop with "
                    + "seating for forty people are to be built next to the main entrance."};
        StringBuilder boxes = new StringBuilder();
        for (int i = 0; i < prose.length; i++) {
            boxes.append("<div class='update'><h3><a href='/2024/05/route-").append(i).append("'>Route ").append(i)
                    .append(" will link the hospital</a></h3><p>").append(prose[i]).append("</p></div>");
        }
        String text = clean(page("", boxes.toString(), ""));
        for (String p : prose) {
            assertThat(text).contains(p);
        }
    }

    @Test
    void keepsParagraphsWithLinksInTheirSentences() {
        String ps = "<p><a href='/2024/04/budget'>The council's budget</a> left room for new routes, officials said.</p>"
                + "<p><a href='/2024/03/grant'>A regional grant</a> approved in March pays for half of it.</p>"
                + "<p><a href='/2024/02/survey'>A survey of riders</a> found strong support for the plan.</p>";
        assertThat(clean(page("", ps, ""))).contains("A regional grant approved in March pays for half of it.");
    }
}
