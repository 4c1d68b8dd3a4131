package org.claimwatch.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house selling itself: a subscription offer with its price, in the reader's language, and a sponsor credited for
 * an issue, an episode or a section. Written before the rules (session 16); the wording is ours, the classes are what
 * the tune corpora leaked (boilerplate-batch40 and 47).
 */
class CleanerOffersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Assine o Jornal do Vale por apenas R$ 9,90 no primeiro mês e leia sem limites.</p>",
        "<p>Abonnez-vous dès maintenant : 1 € le premier mois, sans engagement.</p>",
        "<p>Suscríbete hoy por solo 2,99 € al mes y accede a todo nuestro contenido.</p>",
        "<p>Abbonati a soli 1 euro per tre mesi e leggi tutti gli articoli.</p>",
        "<p>Jetzt abonnieren: 4 Wochen für 0,99 € testen.</p>",
        "<p>Subscribe today for $1 a week and get unlimited access.</p>",
        "<p>This week's newsletter is brought to you by Quillpad, the notes app for reporters.</p>",
        "<p>Today's episode is sponsored by Northwind Travel. Book with code NEWS10.</p>",
    })
    void dropsTheOffer(String note) {
        Pages.assertDropped(note, "mid", "end");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The newspaper raised its subscription price to €12 a month, its owners said on Friday.",
        "Analysts said few readers would subscribe for more than $10 a month to a local title.",
        "The concert, sponsored by the city's water utility, drew 12,000 people to the park on Saturday.",
    })
    void keepsTheNews(String line) {
        assertThat(Pages.clean(Pages.at("<p>" + line + "</p>", "mid"))).contains(line);
    }
}
