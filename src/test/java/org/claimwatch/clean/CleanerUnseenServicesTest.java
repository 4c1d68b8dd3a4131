package org.claimwatch.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fifth batch of boilerplate classes (issue 15), written in words of our own before any rule changed for it, in
 * plain markup with no telling class name: the outlet's services and notes around the article (translation notes,
 * crisis lines, author bios in other languages, player labels, platform and channel promotions, sponsor labels,
 * donation and print offers, comment counters, agency credits, odds). The classes are the session-13
 * tune corpus's misses; no line is taken from it. Prose controls that share the words stay.
 */
class CleanerUnseenServicesTest {

    private static void dropped(String extra) {
        Pages.assertDropped(extra, "top", "mid", "end");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p><em>This story first appeared in Spanish and was translated by our staff.</em></p>",
        "<p><em>Translated from the French by Anne Marsh.</em></p>",
        "<p><i>Cet article a été traduit de l'allemand.</i></p>",
        "<p><em>Dieser Text wurde aus dem Englischen übersetzt.</em></p>",
        "<p><em>Este artículo fue publicado originalmente en inglés y traducido con ayuda de herramientas automáticas.</em></p>",
    })
    void translationNotesAreDropped(String extra) {
        dropped(extra);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p><em>If you are struggling and need to talk, call the Samaritans free on 116 123, day or night.</em></p>",
        "<p>Anyone affected by the issues in this story can contact the crisis helpline on 13 11 14.</p>",
        "<p><em>If you or someone close to you is thinking about suicide, text or call 988.</em></p>",
        "<p><em>Si vous avez besoin d'aide, appelez le 3114, numéro national de prévention du suicide.</em></p>",
    })
    void crisisLineNotesAreDropped(String extra) {
        dropped(extra);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Marta Ibáñez es periodista de la sección de Economía. Antes trabajó en la radio pública.</p>",
        "<p>Julien Morel est journaliste au service politique depuis 2019.</p>",
        "<p>Katrin Vogt ist Redakteurin im Ressort Wirtschaft und schreibt über Energie.</p>",
        "<p>Giulia Ferri è giornalista della redazione esteri.</p>",
        "<p>Rafael Souza é repórter de Cidades e cobre transporte.</p>",
        "<p>Sanne de Wit is verslaggever bij de binnenlandredactie.</p>",
    })
    void authorBiosInOtherLanguagesAreDropped(String extra) {
        assertThat(Pages.clean(Pages.at(extra, "end"))).isEqualTo(Pages.expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p><strong>WATCH:</strong> <a href='/video/flood'>Drone footage shows the flooded valley</a> (2:05)</p>",
        "<p><strong>Mira:</strong> <a href='/video/incendio'>el incendio visto desde el aire</a></p>",
        "<p>Video length 3:41</p>",
        "<p>Duration: 1:12</p>",
    })
    void playerLabelsAreDropped(String extra) {
        assertThat(Pages.clean(Pages.at(extra, "mid"))).isEqualTo(Pages.expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Hear more on our weekly politics podcast, available on Spotify, Apple Podcasts and wherever you listen.</p>",
        "<p><strong>Download our app</strong> for alerts on the go. Available on the App Store and Google Play.</p>",
        "<p>Join our Telegram channel for the day's top stories.</p>",
        "<p>Síguenos en nuestro canal de WhatsApp y recibe las noticias más importantes.</p>",
    })
    void platformAndChannelPromotionsAreDropped(String extra) {
        dropped(extra);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p><strong>Paid content</strong> · Presented by Harbour Bank. Produced by our partner studio; the newsroom had no role in it.</p>",
        "<p>This content was created by our brand studio in partnership with Northway Energy.</p>",
        "<p>Independent journalism costs money. Readers like you keep it free for everyone. Chip in today.</p>",
        "<p>Get the weekend paper delivered to your door, with full digital access, for £3.50 a week.</p>",
        "<p>Continue reading with a subscription</p>",
    })
    void sponsorDonationAndOfferLinesAreDropped(String extra) {
        dropped(extra);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<h3>Comments (52)</h3>",
        "<p>Commenting has been closed for this story.</p>",
        "<p><small>Foto: dpa/MARTIN SCHUTT</small></p>",
        "<p>Photo: AFP/JOHN DOE</p>",
        "<p>（记者：王小明　责任编辑：李华）</p>",
        "<p><strong>Odds</strong> Leeds 5/4 · Draw 9/4 · Hull 2/1</p>",
    })
    void countersCreditsAndOddsAreDropped(String extra) {
        Pages.assertDropped(extra, "mid", "end");
    }

    /** Written after their rules (the last misses of the tune corpus), in words of our own; each fails without it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<div><p>FTSE 100 8,102.4 ▼ 0.3% · Nikkei 225 38,900 ▲ 1.1%</p><p><small>Prices delayed by 20 minutes.</small></p></div>",
        "<p>Entrá al canal de Telegram del diario y recibí las alertas. <a href='https://t.me/x'>Sumarme</a></p>",
        "<p>Suscribite gratis al boletín de Deportes y recibilo cada viernes.</p>",
        "<div><p><strong>Get the Courier app</strong> Alerts for every storm. Free for phones and tablets.</p></div>",
    })
    void tickersChannelsSignUpsAndAppBannersAreDropped(String extra) {
        dropped(extra);
    }

    /** Third round (boilerplate-batch20, tune), written before the rules, in words of our own. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Publicidad – sigue leyendo debajo</p>",
        "<p>Advertisement - continue reading below</p>",
        "<p><strong>Odds:</strong> Home win 2.10 | Draw 3.40 | Away win 3.25. 18+ only. Bet responsibly.</p>",
        "<p>Scarica l'app del Corriere della Valle: tutte le notizie con le notifiche in tempo reale.</p>",
        "<p>Our weekly ten-minute briefing podcast. New episodes every Friday from 7am.</p>",
        "<p>版权所有 © 2025 本报。未经许可，不得转载。</p>",
        "<p>We care about accuracy. If you spot an error in this story, please tell us.</p>",
        "<p>Dieser Beitrag wurde am 12.05.2021 veröffentlicht und ist möglicherweise nicht mehr aktuell.</p>",
        "<p>この記事は有料会員限定です。</p>",
        "<p>Got a story or a tip? Message our newsroom on Signal or email tips@example.org.</p>",
        "<p>If you have been affected by any of the issues raised in this story, support is available from the Listening Line.</p>",
        "<p>Ewan Ross is our North East correspondent, covering fishing and energy. He joined the paper in 2019.</p>",
        "<p>Lucía Paredes | Periodista de la sección Economía. Cubre el Banco Central desde 2020.</p>",
        "<p>PUBLIC NOTICE | CHANGE OF NAME | I, formerly known as Miss Ada Obi, now wish to be known as Mrs Ada Eze.</p>",
        "<p>JSE ALSI 84,210.50 ▲ 0.35% · NGX ASI 98,102.11 ▼ 0.12%</p>",
        "<p>This summary was generated by AI and checked by an editor. How we use AI</p>",
        "<p>Periodista de la sección Sociedad. Cubre salud desde 2018.</p>",
    })
    void servicesOfAThirdBatchAreDropped(String extra) {
        Pages.assertDropped(extra, "mid", "end");
    }

    /** Fourth round (boilerplate-batch28, tune), written before the rules, in words of our own. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Lesen Sie nach der Werbung weiter</p>",
        "<p>Story continues below advertisement</p>",
        "<p>Dit stuk is oorspronkelijk in het Engels gepubliceerd en door onze redactie vertaald.</p>",
        "<p>Lesezeit: 4 Min.</p>",
        "<p>If this article has raised concerns for you or someone you know, contact Lifeline on 13 11 14.</p>",
        "<p>Keep reading for £1</p>",
        "<p>Bereits Abonnent? Hier anmelden</p>",
        "<p>Par Marc Lenoir - Le 12/03/2024 à 09h10, mis à jour le 12/03/2024 à 11h45</p>",
        "<p>Your tax-deductible gift helps keep our reporting free for everyone in the valley.</p>",
        "<p>Take our two-minute survey and tell us which issues matter most to you.</p>",
        "<p>For the latest on the outbreak, visit our measles hub. All our measles coverage is free to read.</p>",
    })
    void servicesOfAFourthBatchAreDropped(String extra) {
        Pages.assertDropped(extra, "mid", "end");
    }

    @org.junit.jupiter.api.Test
    void listingsOfEventsAndObituariesAreDropped() {
        String whatsOn = "<h3>What's On in Harbourtown</h3><ul><li>Sat., Oct. 5 — Farmers market, Quay Park, 9 a.m.</li>"
                + "<li>Sun., Oct. 6 — Pancake breakfast, Legion hall, $10</li></ul>";
        assertThat(Pages.clean(Pages.at(whatsOn, "end"))).isEqualTo(Pages.expected());
        String obituaries = "<h3>Recent obituaries</h3><p>Ann Holt, 88, of Esko, died Feb. 2. <a href='/o/1'>Read more</a></p>"
                + "<p>Karl Voss, 71, of Duluth. <a href='/o/2'>Read more</a></p>";
        assertThat(Pages.clean(Pages.at(obituaries, "end"))).isEqualTo(Pages.expected());
    }

    @org.junit.jupiter.api.Test
    void aWeekendListingIsDropped() {
        String events = "<h3>What's on this weekend</h3><ul><li>Sat 14 June – Harbour Food Fair, Quay Square, 10am–6pm, free</li>"
                + "<li>Sun 15 June – Brass band concert, Town Hall, 3pm, £8</li></ul>";
        assertThat(Pages.clean(Pages.at(events, "end"))).isEqualTo(Pages.expected());
    }

    @org.junit.jupiter.api.Test
    void anEventsListingAtTheEndIsDropped() {
        String events = "<h3>Upcoming events</h3><p><strong>Public meeting on the new routes</strong><br>"
                + "<time>Tue., May 20, 7 p.m.</time> · Town Hall, Room 2</p>";
        assertThat(Pages.clean(Pages.at(events, "end"))).isEqualTo(Pages.expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>The memoir, translated from Arabic by a team of volunteers, sold more than 40,000 copies in its first year, the publisher said.</p>",
        "<p>Calls to the charity's helpline rose by 40 per cent after the floods, its director told the inquiry on Monday.</p>",
        "<p>The council's new app, available on iOS and Android, lets residents report potholes and track repairs, officials said.</p>",
        "<p>The streaming service raised its basic plan to $8.99 a month in the United States, the third increase in two years.</p>",
        "<p>Comments made by the minister on Tuesday were condemned by opposition leaders, who called for an apology.</p>",
        "<p>The festival, presented by the city council with support from local businesses, drew 12,000 visitors over the weekend.</p>",
        "<p>Maria Lopez is a nurse at the district hospital and has worked nights there since 2015, she said.</p>",
        "<p>Publishing an app is the last step: the studio submitted it to the App Store and to Google Play in May, its founder said.</p>",
        "<p>The article was originally published in April 2020 and was updated in April 2024 with the new rules.</p>",
        "<p>“Most people meet the brand through its letters,” said the former head of the company’s Brand Studio.</p>",
        "<p>The bookmaker said odds on a home win had shortened to 2.10 after the striker was declared fit, a spokesman said.</p>",
        "<p>The council said the new app had been downloaded 40,000 times since its launch in March, twice its target.</p>",
        "<p>With the web filling up with AI-generated content, the agency said it would label every image created with AI.</p>",
    })
    void proseThatSharesTheWordsStays(String extra) {
        String text = Pages.clean(Pages.at(extra, "mid"));
        assertThat(Pages.keepsAll(text, extra)).as(text).isTrue();
    }
}
