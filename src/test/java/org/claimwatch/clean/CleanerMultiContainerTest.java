package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies split across sibling containers: inline ads, photos and subscribe boxes interrupt the article, and every
 * part of the text is kept without the interruptions; a paywall or premium wrapper around body text is body text.
 */
class CleanerMultiContainerTest {

    static final String P4 = "Transport officials said the first of the new routes could open as early as January, "
            + "once drivers have been hired and trained for the longer shifts the timetable requires.";
    static final String P5 = "The hospital welcomed the decision, saying that a third of its outpatients currently need "
            + "two buses or a taxi to reach their appointments from the northern suburbs.";
    static final String P6 = "A public consultation on the exact stops will run until the end of the summer, and the "
            + "council has promised to publish every response it receives on its website.";
    static final String P7 = "Residents of the northern suburbs have asked for better connections for years, and a "
            + "petition with more than four thousand names was handed to the mayor last autumn.";

    private static final String AD = "<div class='ad-slot'><span>Advertisement</span></div>";
    private static final String SUBSCRIBE = "<div class='inline-newsletter'><h4>Get the morning briefing</h4>"
            + "<p>Sign up for our newsletter and get the day's top stories in your inbox.</p>"
            + "<a href='/newsletters'>Sign up</a></div>";
    private static final String PHOTO = "<figure class='photo'><img src='/bus.jpg'><figcaption>A bus at the depot."
            + " (Photo: Ana Ruiz)</figcaption></figure>";

    private static String expected(String... ps) {
        return String.join("\n\n", ps);
    }

    private static String page(String body) {
        return "<html><head><title>Council expands bus network</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><h1>Council expands bus network</h1>"
                + body + "</main><footer>Copyright 2024 The Daily Example</footer></body></html>";
    }

    private static String clean(String html) {
        return Cleaner.clean(html, "https://news.example/2024/05/council-buses").text();
    }

    @Test
    void joinsPartsOfOneKindAroundAnAdAndASubscribeBox() {
        String body = "<div class='story-part'><p>" + Pages.P1 + "</p><p>" + Pages.P2 + "</p><p>" + P4 + "</p><p>"
                + P5 + "</p></div>" + AD + "<div class='story-part'><p>" + Pages.P3 + "</p></div>" + SUBSCRIBE
                + "<div class='story-part'><p>" + P6 + "</p></div>";
        assertThat(clean(page(body))).isEqualTo(expected(Pages.P1, Pages.P2, P4, P5, Pages.P3, P6));
    }

    @Test
    void joinsNestedPartsAroundAPhoto() {
        String part = "<div class='body-block'><div class='body-block__inner'>";
        String body = "<div class='wrap'>" + part + "<p>" + Pages.P1 + "</p><p>" + Pages.P2 + "</p><p>" + P4
                + "</p><p>" + P5 + "</p><p>" + P7 + "</p></div></div>" + PHOTO + AD + part + "<p>" + Pages.P3
                + "</p></div></div>" + "<div class='related-links'><h3>Related</h3><ul>"
                + "<li><a href='/a'>Tram line to the airport delayed</a></li>"
                + "<li><a href='/b'>Rents rise again</a></li></ul></div>" + part + "<p>" + P6
                + "</p></div></div></div>";
        assertThat(clean(page(body))).isEqualTo(expected(Pages.P1, Pages.P2, P4, P5, P7, Pages.P3, P6));
    }

    @Test
    void joinsShortPartsAfterALongFirstPart() {
        String part = "<div class='c-body'><div class='c-body__inner'>";
        String body = part + "<p>" + Pages.P1 + "</p><p>" + Pages.P2 + "</p><p>" + P4 + "</p><p>" + P5 + "</p><p>"
                + P7 + "</p><p>" + P6 + "</p></div></div>" + AD + part + "<p>" + Pages.P3 + "</p></div></div>"
                + SUBSCRIBE + part + "<p>The mayor is expected to sign the order on Friday.</p></div></div>";
        assertThat(clean(page(body))).isEqualTo(expected(Pages.P1, Pages.P2, P4, P5, P7, P6, Pages.P3,
                "The mayor is expected to sign the order on Friday."));
    }

    @Test
    void doesNotTakeAPromotionUnderItsOwnTitleAfterAnInterruption() {
        String part = "<div class='c-body'><div class='c-body__inner'>";
        String body = part + "<p>" + Pages.P1 + "</p><p>" + Pages.P2 + "</p><p>" + P4 + "</p><p>" + P5 + "</p><p>"
                + P7 + "</p><p>" + Pages.P3 + "</p></div></div>" + AD + part + "<h3>Download our free guides</h3>"
                + "<p>Timetables, maps and fare guides for every route in the city, all in one place.</p></div></div>";
        assertThat(clean(page(body))).doesNotContain("Download our free guides");
    }

    @Test
    void keepsBodyTextInAShortPaywallWrapper() {
        String body = "<div class='article-body'><p>" + Pages.P1 + "</p><p>" + Pages.P2 + "</p><p>" + P4 + "</p><p>"
                + P5 + "</p><p>" + P7 + "</p><div class='paywall-content premium locked'><p>" + Pages.P3 + "</p><p>"
                + P6 + "</p></div></div>";
        assertThat(clean(page(body))).isEqualTo(expected(Pages.P1, Pages.P2, P4, P5, P7, Pages.P3, P6));
    }

    @Test
    void keepsBodyTextInAMembersOnlyWrapper() {
        String body = "<div class='article-body'><p>" + Pages.P1 + "</p><p>" + Pages.P2 + "</p><p>" + P4 + "</p><p>"
                + P5 + "</p><p>" + P7 + "</p></div><div class='subscriber-only'><p>" + Pages.P3 + "</p><p>"
                + P6 + "</p></div>";
        assertThat(clean(page(body))).isEqualTo(expected(Pages.P1, Pages.P2, P4, P5, P7, Pages.P3, P6));
    }

    @Test
    void keepsBodyTextInAPaywallWrapper() {
        String body = "<div class='article-body'><p>" + Pages.P1 + "</p><p>" + Pages.P2 + "</p>"
                + "<div class='paywall-content premium locked'><p>" + Pages.P3 + "</p><p>" + P4 + "</p><p>" + P5
                + "</p></div></div>";
        assertThat(clean(page(body))).isEqualTo(expected(Pages.P1, Pages.P2, Pages.P3, P4, P5));
    }

    @Test
    void stillDropsAPaywallPrompt() {
        String body = "<div class='article-body'><p>" + Pages.P1 + "</p><p>" + Pages.P2 + "</p><p>" + Pages.P3
                + "</p><div class='paywall'><h3>Subscribe to keep reading</h3><p>Get unlimited access for 1 dollar "
                + "a week.</p><a href='/subscribe'>Subscribe now</a></div></div>";
        assertThat(clean(page(body))).isEqualTo(Pages.expected());
    }

    @Test
    void doesNotTakeASiblingOfTheSameKindThatHoldsLinksOnly() {
        String body = "<div class='story-part'><p>" + Pages.P1 + "</p><p>" + Pages.P2 + "</p><p>" + Pages.P3
                + "</p></div><div class='story-part'><ul><li><a href='/a'>Tram line to the airport delayed</a></li>"
                + "<li><a href='/b'>Rents in the city rise again</a></li><li><a href='/c'>New hospital wing opens"
                + "</a></li></ul></div>";
        assertThat(clean(page(body))).isEqualTo(Pages.expected());
    }
}
