package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line set out as fields (separators, a label and a colon, figures in brackets) that is no sentence and names no
 * toll of people or damage ticks between fetches: only its figures move, or the items of a bar of three or more
 * fields rotate. Written in words of our own before the rule (issue 15; the class came from the session-13 tune
 * corpus). News set out the same way, with a toll in it, and sentences still alert.
 */
class TickersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"Pistes open: 38/52 · Snow base 120 cm\" | \"Pistes open: 41/52 · Snow base 118 cm\"",
        "\"Mega draw: €95 million · Closes in 3h 05m\" | \"Mega draw: €95 million · Closes in 2h 41m\"",
        "\"Rail strike talks collapse again (214 comments)\" | \"Rail strike talks collapse again (251 comments)\"",
        "\"Serie A live: Roma – Lazio 1:0 (58.)\" | \"Serie A live: Roma – Lazio 1:1 (71.)\"",
        "\"Última actualización: 03/04/2025 08:12\" | \"Última actualización: 03/04/2025 09:40\"",
        "\"IBEX 11.204,3 +0,41 % · CAC 7.512,8 −0,12 %\" | \"IBEX 11.190,1 +0,28 % · CAC 7.530,2 +0,11 %\"",
        "\"Likes (2.311) · Dislikes (140)\" | \"Likes (2.390) · Dislikes (151)\"",
        "\"Leeds: 41 min delay on the A64 eastbound\" | \"Leeds: 18 min delay on the A64 eastbound\"",
        "\"Popular now: Budget · Heatwave · Transfer window · Strikes\" | \"Popular now: Heatwave · Eclipse · Budget · Strikes\"",
        "\"LATEST ▸ Port reopens after storm ▸ Mayor names new police chief\" | \"LATEST ▸ Ferry fares to rise ▸ Port reopens after storm\"",
    })
    void aBoardLineThatTicksIsSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isFalse();
    }

    /** Second round, written before its rules: clocks and countdowns, board signs, icons, counters, a toll's near miss. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"Quedan 2 d 11 h 40 min para el cierre de la votación\" | \"Quedan 2 d 10 h 05 min para el cierre de la votación\"",
        "\"Doors open in 1 hour 12 minutes\" | \"Doors open in 45 minutes\"",
        "\"▶ ON AIR 00:41:09\" | \"▶ ON AIR 00:52:30\"",
        "\"Aggiornato il 4 marzo 2025 alle 9 h 12\" | \"Aggiornato il 4 marzo 2025 alle 11 h 03\"",
        "\"Euro hoy: $21.40 MXN ▼ 0.08%\" | \"Euro hoy: $21.47 MXN ▲ 0.25%\"",
        "\"Stadtrat beschließt neuen Busplan 💬 41\" | \"Stadtrat beschließt neuen Busplan 💬 57\"",
        "\"Hot topics: Budget deadline · Heat · Rail fares · Eurovision\" | \"Hot topics: Heat · Rail fares · Budget deadline · Tennis\"",
        "\"2.310 partilhas\" | \"2.544 partilhas\"",
        "\"閲覧 4.1万\" | \"閲覧 4.4万\"",
        "\"コメント312件\" | \"コメント340件\"",
        "\"In other news: Library extends weekend hours\" | \"In other news: Two schools merge in September\"",
    })
    void clocksCountdownsSignsAndCountersTick(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isFalse();
    }

    /** Third round, written before its rules: meters, a ranked list glued into one line, a masthead's date, strips. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"Je kunt deze maand nog 3 gratis artikelen lezen.\" | \"Je kunt deze maand nog 2 gratis artikelen lezen.\"",
        "\"Il vous reste 5 articles gratuits ce mois-ci.\" | \"Il vous reste 4 articles gratuits ce mois-ci.\"",
        "\"Te quedan 3 artículos gratis este mes.\" | \"Te quedan 2 artículos gratis este mes.\"",
        "\"Load 4 new updates\" | \"Load 9 new updates\"",
        "\"Most Read 1 Tram fares to rise in June 2 Council sells old depot 3 Heat warning issued for Sunday 4 School wins robotics prize\" | \"Most Read 1 Heat warning issued for Sunday 2 Tram fares to rise in June 3 Hospital opens new wing 4 Council sells old depot\"",
        "\"Friday, 7 March 2025 | Today's paper\" | \"Saturday, 8 March 2025 | Today's paper\"",
        "\"JUST IN: Ferry services cancelled as gales hit the coast\" | \"JUST IN: Minister resigns over expenses claims\"",
        "\"ON AIR · Coast FM 101.2 — Drive Time with Ana\" | \"ON AIR · Coast FM 101.2 — The Late Show with Ben\"",
    })
    void metersListsMastheadsAndStripsTick(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isFalse();
    }

    /** Fourth round, written before its rules: weather words beside a temperature, rank, traffic and jackpot labels. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"Galway 11°C Light rain · Wind W 20 km/h\" | \"Galway 12°C Sunny intervals · Wind W 28 km/h\"",
        "\"Meistgelesen: 4. Neue Umgehungsstraße ab Mai gesperrt\" | \"Meistgelesen: 2. Neue Umgehungsstraße ab Mai gesperrt\"",
        "\"Traffic: 35 km of queues, 10 km of them on the ring road\" | \"Traffic: 48 km of queues, 14 km of them on the ring road\"",
        "\"EuroMillions jackpot: €74 million\" | \"EuroMillions jackpot: €86 million\"",
        "\"NBA  LAL 88  DEN 90  4th 03:12\" | \"NBA  LAL 95  DEN 94  4th 00:41\"",
        "\"Tram crash leaves two injured · 31 comments\" | \"Tram crash leaves two injured · 40 comments\"",
    })
    void weatherRanksTrafficJackpotsScoresAndCountersTick(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"• Dead: 14 · Injured: 60 · Missing: 9\" | \"• Dead: 17 · Injured: 60 · Missing: 6\"",
        "\"• Evacuated: 3,200 residents\" | \"• Evacuated: 5,100 residents\"",
        "\"• Customers without power: 81,000\" | \"• Customers without power: 54,000\"",
        "\"• Burned area: 9,300 hectares, 20% contained\" | \"• Burned area: 11,800 hectares, 35% contained\"",
        "\"Fallecidos: 23 · Heridos: 41\" | \"Fallecidos: 27 · Heridos: 41\"",
        "\"Police said 12 people were arrested on Saturday.\" | \"Police said 19 people were arrested on Saturday.\"",
        "\"The central bank raised its main rate to 4.25%\" | \"The central bank raised its main rate to 4.5%\"",
        "\"Eurostar delays of up to 90 minutes\" | \"Eurostar delays of up to 150 minutes\"",
        "\"地震で死者9人、けが人30人\" | \"地震で死者11人、けが人30人\"",
        "\"浙江发生4.9级地震\" | \"浙江发生5.3级地震\"",
        "\"Tram crash leaves two injured · 31 comments\" | \"Tram crash leaves five injured · 31 comments\"",
        "\"Seville 46°C, hottest day on record\" | \"Seville 47°C, hottest day on record\"",
    })
    void newsSetOutAsFieldsOrAsASentenceAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).isTrue();
    }
}
