package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations set with a dash, as Nordic, Finnish, Polish, Spanish and Russian papers set them ("– Follow us on
 * Instagram, where we post the sightings, says the officer"): the words are someone's, reported by the article,
 * whatever pitch they make, so the pitch rules leave them alone, as they leave quotations in quotation marks. A dash
 * line with no one saying it is still a pitch. Literal HTML, our own wording, written before the rule (session 20);
 * first run, 3 of 4 dash quotations lost (Finnish, Polish, Spanish; the Norwegian one was kept), the pitch dropped.
 */
class CleanerDashQuotesTest {

    private static void assertKept(String p) {
        String text = Pages.clean(Pages.at("<p>" + p + "</p>", "mid"));
        assertThat(Pages.keepsAll(text, "<p>" + p + "</p>")).as(text).isTrue();
    }

    @Test
    void keepsADashQuoteInNorwegian() {
        assertKept("– Følg oss gjerne på Facebook, der legger vi ut oppdateringer om veiarbeidet hver morgen, sier "
                + "prosjektleder Kari Holm i Statens vegvesen.");
    }

    @Test
    void keepsADashQuoteInFinnish() {
        assertKept("– Seuraa meitä Instagramissa, sillä julkaisemme siellä tiedot uusista havainnoista heti, sanoo "
                + "tutkija Anna Mäkelä Luonnonvarakeskuksesta.");
    }

    @Test
    void keepsADashQuoteInPolish() {
        assertKept("– Obserwujcie nas na Facebooku, tam codziennie publikujemy stan wody w rzece – mówi Jan Nowak, "
                + "rzecznik straży pożarnej w Nowym Sączu.");
    }

    @Test
    void keepsADashQuoteInSpanish() {
        assertKept("—Síguenos en Instagram, allí contamos cada mañana cómo avanzan las obras del puerto —dijo la "
                + "alcaldesa, Marta Ruiz, durante la presentación.");
    }

    @Test
    void dropsADashPitchThatNoOneSays() {
        Pages.assertDropped("<p>– Följ oss på Instagram för fler bilder från helgens match!</p>", "end");
    }
}
