package org.claimwatch.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small box set in the article that says a line or two to the reader and ends in a link standing alone (a button,
 * a link in a paragraph of its own), in any language and whatever the link says: a pitch, not the article. Written
 * before the rule (session 14).
 */
class CleanerActionBoxTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // a block group with a button three wrappers down
        "<div class='wp-block-group'><div class='wp-block-group__inner'><p><strong>Readers keep our reporters in the "
            + "valley towns. Every contribution counts.</strong></p><div class='wp-block-buttons'><div class='wp-block-button'>"
            + "<a class='wp-block-button__link' href='/support/'>Chip in today</a></div></div></div></div>",
        // a class-less box, the link alone in its paragraph, in Portuguese
        "<div style='border:1px solid #ccc;padding:12px'><p>Gostou desta reportagem? Apoie o jornalismo local por "
            + "R$ 10 por mês.</p><p><a href='/apoie/'>Quero apoiar o Diário</a></p></div>",
        // a module with a long button label
        "<div class='Enhancement'><div class='SupportModule'><p>Stories like this one are paid for by our members. "
            + "Join them from three dollars a month.</p><a class='Button' href='https://give.example.org/?src=story'>Become a "
            + "member and keep public radio strong in the river counties</a></div></div>",
        // a generated class name, in German
        "<div class='sc-91ab2-0 kPqRs'><p>Unabhängiger Lokaljournalismus kostet Geld. Unterstützen Sie uns mit einem "
            + "Abo.</p><a href='/abo?utm_source=artikel'>Jetzt unterstützen</a></div>",
        // a row of two store buttons, in Spanish
        "<div class='q7z'><p>Baja gratis la app del Canal 9 y recibe las alertas de última hora en tu teléfono.</p>"
            + "<a href='https://apps.example/ios'>App Store</a> <a href='https://apps.example/android'>Google Play</a></div>",
    })
    void dropsASmallBoxThatEndsInALinkStandingAlone(String box) {
        Pages.assertDropped(box, "mid", "end");
    }

    @Test
    void keepsABoxWhoseLinkSitsInItsSentence() {
        String box = "<div class='note'><p>The ministry published the <a href='/report.pdf'>full inspection report</a> "
                + "on Friday.</p></div>";
        assertThat(Pages.clean(Pages.at(box, "mid"))).contains("The ministry published the full inspection report on Friday.");
    }

    @Test
    void keepsTheProseOfALongBoxThatEndsInALink() {
        String prose = "The inspectors found that three of the five pumping stations had not been serviced since 2019, "
                + "and that the alarm at the largest of them had been switched off for at least eight months before the "
                + "flood, according to the report, which the council received in March and published on Friday.";
        String box = "<div class='box'><p>" + prose + "</p><p><a href='/report.pdf'>Read the report</a></p></div>";
        assertThat(Pages.clean(Pages.at(box, "mid"))).contains(prose);
    }

    @Test
    void dropsAnActionBoxThatIsOneOfTheContainersOfTheText() {
        String page = "<html><head><title>Council expands bus network</title></head><body><div class='page'>"
                + "<div class='col-main'><h1>Council expands bus network</h1><h2 class='dek'>Four routes will link the "
                + "northern suburbs with the hospital district</h2><div class='body'><p>" + Pages.P1 + "</p><p>" + Pages.P2
                + "</p><p>" + Pages.P3 + "</p></div><div class='zz9'><p>Want your business in our weekly roundup? Send us "
                + "your news through the form.</p><a href='/submit'>Learn how</a></div></div><div class='col-side'><h3>Latest"
                + "</h3><ul><li><a href='/a'>Ferry returns to fifteen-minute service at rush hour</a></li><li><a href='/b'>"
                + "Bridge repairs to close two lanes until May</a></li></ul></div></div></body></html>";
        assertThat(Pages.clean(page)).doesNotContain("Want your business").contains(Pages.P3);
    }
}
