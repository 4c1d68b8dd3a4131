package org.claimwatch.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page calling on its reader: follow or join the outlet on a network named in the reader's script, send in
 * photos and videos, read the rest of a locked article, and a weather strip. Written before the rules (session 16);
 * the wording is ours, the classes are what the new tune corpora leaked (boilerplate-batch52, pages-batch53).
 */
class CleanerReaderCallsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Retrouvez toutes nos infos sur nos réseaux : Facebook, Instagram et TikTok.</p>",
        "<p>Suivez Dakar Matin sur WhatsApp pour ne rien manquer.</p>",
        "<p>تابعونا على فيسبوك وتويتر لمعرفة آخر المستجدات.</p>",
        "<p>הצטרפו לערוץ הטלגרם שלנו לעדכונים שוטפים</p>",
        "<p>Join our Telegram channel for the latest headlines as they break.</p>",
        "<p>Witnessed the crash? Send your photos and videos to our WhatsApp number 0700 111 222.</p>",
        "<p>Il vous reste 64 % de l'article à lire.</p>",
        "<p>Te queda el 70% del artículo por leer.</p>",
        "<div>Nairobi | 24°C | Light rain · Wind 12 km/h | Sat 25°/15° · Sun 23°/14°</div>",
        // added before the multilingual reader-call rule (session 16; the class of TUNE pages-batch55's leaks)
        "<p>Etwas gesehen? Senden Sie uns Ihre Fotos und Videos per WhatsApp an 076 000 11 22.</p>",
        "<p>Heb je iets gezien? Stuur ons je foto's via nieuws@example.be of WhatsApp.</p>",
        "<p>Підпишіться на наш Telegram-канал, щоб першими дізнаватися новини.</p>",
        // added with the tag-list rule (session 16, written before it): tags under their label, in other languages
        "<p>Mots-clés : Élections, Assemblée nationale, Dakar, Budget 2025</p>",
        "<p>Schlagwörter: Bundestag, Haushalt, Schuldenbremse</p>",
        "<p>Etiquetas: Lluvias, Lima, Senamhi</p>",
    })
    void dropsIt(String note) {
        Pages.assertDropped(note, "mid", "end");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Police asked witnesses to send videos of the incident to detectives investigating the crash.",
        "Temperatures reached 41°C in Seville and 39°C in Córdoba on Tuesday, the weather agency said.",
        "The company said it would join a Telegram channel run by the ministry to share outage updates.",
        "Themes: the council's plan rests on three ideas, and the first is cheaper fares for students.",
    })
    void keepsTheNews(String line) {
        assertThat(Pages.clean(Pages.at("<p>" + line + "</p>", "mid"))).contains(line);
    }
}
