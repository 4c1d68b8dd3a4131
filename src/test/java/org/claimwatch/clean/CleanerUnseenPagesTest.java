package org.claimwatch.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Classes from whole pages an outside author wrote (issue 15; unseen/pages-batch18, tune), in words and markup of our
 * own, written before the rules: a script button ({@code href="#"}) is a link, a wire's credit line, comments closed
 * to non-subscribers, a subscriber's perk, an app named in several words, a pull quote that repeats the text.
 */
class CleanerUnseenPagesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<p><a href='#'><span>Send this story to a friend who rides the bus</span></a></p>",
        "<p>Writing by Omar Haddad in Beirut; Editing by Jane Ross and Luis Mena</p>",
        "<p>Reporting by Ana Costa in Lisbon and Pieter Vos in Amsterdam; editing by Mark Hale</p>",
        "<p>Kommentare sind bei diesem Artikel nur für Abonnenten möglich.</p>",
        "<p>Comments on this story are open to subscribers only.</p>",
        "<p><em>Paid members get every column a day early.</em></p>",
        "<p><em>Download the Daily Example News &amp; Traffic app to get alerts on your phone.</em></p>",
    })
    void furnitureLinesOfWholePagesAreDropped(String extra) {
        Pages.assertDropped(extra, "mid", "end");
    }

    /** Second batch (pages-batch23, tune), written before the rules. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Media and investor contact: Laura Ortiz, Head of Communications, +51 1 555 0101</p>",
        "<p>SOURCE Northgate Minerals Ltd.</p>",
        "<p>Lesen Sie alle Plus-Artikel aus Ihrer Stadt – 1 Monat für 0,99 €</p>",
        "<p><strong>VÍDEO:</strong> imagens mostram a ponte interditada</p>",
        "<p>Participe do canal do Diário do Vale no WhatsApp</p>",
        "<p>Veja mais notícias da região no Diário do Vale</p>",
        "<div><span>Ana Reyes, Metro Desk</span> <span>Posted at Oct 3 2024 9:10 AM | Updated as of Oct 3 2024 11:45 AM</span></div>",
    })
    void furnitureOfASecondBatchOfPagesIsDropped(String extra) {
        Pages.assertDropped(extra, "mid", "end");
    }

    /** Third batch (pages-batch31, tune), written before the rules. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<p>To report a correction or a typo, please email newsdesk@example.com</p>",
        "<div><span>Jo Marsh</span> · <span>Apr. 2, 2025 9:15 a.m.</span></div>",
        "<p>Do you have something to add to this story? Email us.</p>",
    })
    void furnitureOfAThirdBatchOfPagesIsDropped(String extra) {
        Pages.assertDropped(extra, "mid", "end");
    }

    @Test
    void aPoliceAppealStays() {
        String appeal = "<p>Anyone with information may contact the police hotline or send a message through its social media "
                + "pages, officers said.</p>";
        assertThat(Pages.clean(Pages.at(appeal, "end"))).contains("Anyone with information may contact the police hotline");
    }

    @Test
    void aPullQuoteThatRepeatsTheTextGoesWithItsAttribution() {
        String quote = "<blockquote><p>half of the money would come from a regional transport grant</p>"
                + "<cite>Ana Ruiz, council member</cite></blockquote>";
        assertThat(Pages.clean(Pages.at(quote, "end"))).isEqualTo(Pages.expected());
        String figure = "<figure><blockquote><p>the motion passed by seven votes to two</p></blockquote>"
                + "<cite>Une citation de Marc Roy, conseiller</cite></figure>";
        assertThat(Pages.clean(Pages.at(figure, "end"))).isEqualTo(Pages.expected());
    }

    @Test
    void aQuoteThatSaysSomethingNewStays() {
        String quote = "<blockquote><p>We will run the first buses on the northern route before Christmas, whatever "
                + "the weather does.</p><cite>Ana Ruiz, council member</cite></blockquote>";
        assertThat(Pages.clean(Pages.at(quote, "end"))).contains("We will run the first buses on the northern route");
    }
}
