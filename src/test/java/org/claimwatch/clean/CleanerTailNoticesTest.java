package org.claimwatch.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices at an article's end whose class the rules knew only in part: a press release's "About the company" section,
 * the house's corrections notice, a helpline box, the comment section's sign-in chrome in other languages, and
 * "follow our news on" in Romanian. Written before the rules (session 16); the wording is ours, the classes are what
 * the tune corpora leaked (boilerplate-batch28, 40 and 47).
 */
class CleanerTailNoticesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // a press release's "About the company"
        "<h3>About Vantor Robotics</h3><p>Vantor Robotics, founded in 2014 and headquartered in Lyon, builds warehouse "
                + "robots for more than 300 retailers in Europe. Learn more at vantor.example.</p>",
        "<p><strong>About Meridale Foods</strong></p><p>Meridale Foods (TSX: MDF) is a leading producer of frozen "
                + "vegetables, employing 2,100 people across Canada.</p>",
        "<h4>Über die Kestrel AG</h4><p>Die Kestrel AG mit Sitz in Bremen ist ein führender Anbieter von Software für "
                + "die Logistik und beschäftigt 640 Mitarbeitende.</p>",
        // the house's corrections notice
        "<p>The Example Herald subscribes to the standards of the independent press regulator. To flag an error or "
                + "ask for a correction, email standards@example.com.</p>",
        // a helpline box
        "<div><p>Struggling?</p><p>If you or someone you know is finding things hard, call the 24-hour support line on "
                + "0800 555 0100 or text HELP to 85258.</p></div>",
        // the comment section's sign-in chrome
        "<div><p>Vous devez être connecté pour réagir à cet article.</p><p>Les commentaires sont soumis à notre charte "
                + "de modération.</p></div>",
        "<p>Para comentar es necesario estar registrado. Los comentarios están sujetos a moderación.</p>",
        // "follow our news on" a network
        "<p>Urmărește știrile Jurnalului de Cluj și pe Google News</p>",
    })
    void dropsTheNotice(String note) {
        Pages.assertDropped(note, "end");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<h3>About the bridge</h3><p>The bridge, built in 1932 and widened in 1978, carries 40,000 vehicles a day "
                + "and is the city's only crossing for trucks.</p>",
        "<p>The minister said he would report an error in the census figures to parliament next week.</p>",
        "<p>If you or someone you know was at the concert, police want to hear from you, the force said on Sunday.</p>",
    })
    void keepsTheArticle(String html) {
        assertThat(Pages.keepsAll(Pages.clean(Pages.at(html, "end")), html)).isTrue();
    }
}
