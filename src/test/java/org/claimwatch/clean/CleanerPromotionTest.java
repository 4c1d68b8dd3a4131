package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Promotions inside the article, told apart from rows of product cards: literal HTML in, literal text out. */
class CleanerPromotionTest {

    private static String clean(String html) {
        return Pages.clean(html);
    }

    @Test
    void dropsABoxThatEndsInAButtonWithAnImperative() {
        String promo = "<div class='services-box'><h2>Premium Transit Services</h2><p>Plan better with The Daily "
                + "Example. Get route alerts, fare guidance and more from our premium services.</p>"
                + "<div><a class='btn' href='/services'>View Premium Services</a></div></div>";
        assertThat(clean(Pages.article(promo))).isEqualTo(Pages.expected());
    }

    @Test
    void keepsProductCardsThatEachEndInAButton() {
        StringBuilder cards = new StringBuilder();
        StringBuilder text = new StringBuilder();
        String[] names = {"Folding commuter bike", "Electric scooter", "Bus pass wallet"};
        for (String name : names) {
            String about = "The " + name.toLowerCase() + " suits riders who combine a bus ride with the last mile, "
                    + "and it fits under a seat.";
            cards.append("<div class='card'><div class='main'><div class='detail'><h3>").append(name)
                    .append("</h3><p>").append(about).append("</p><div class='btns'><a href='/buy'>Buy on Amazon</a>")
                    .append("</div></div></div></div>");
            text.append(name).append("\n\n").append(about).append("\n\n");
        }
        String html = Pages.article("<div class='grid'>" + cards + "</div>");
        assertThat(clean(html)).isEqualTo(Pages.P1 + "\n\n" + text + Pages.P2 + "\n\n" + Pages.P3);
    }

    @Test
    void readsAButtonWhoseVisibleLabelIsHiddenFromScreenReadersByItsAriaLabel() {
        String promo = "<section><h3>Plan your commute with Example Transit</h3><div class='offer'>"
                + "<div>New riders get 30 days of free travel on every route.</div><div class='cta'>"
                + "<span aria-hidden='true'>Get started</span><a href='/signup' aria-label='Get started'></a>"
                + "</div></div></section>";
        assertThat(clean(Pages.article(promo))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsAContactBoxThatEndsInAPhoneLink() {
        String promo = "<div class='quote'><div>Every trip is different. Our planners can get you a fair price for a "
                + "group ticket today.</div><div><span>Or call us directly</span><a href='tel:1-800-555-0100'>"
                + "1-800-555-0100</a></div></div>";
        assertThat(clean(Pages.article(promo))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsAnOfferBoxWhoseButtonSavesASpot() {
        String promo = "<div class='wp-block-group'><h2>Struggling with your commute?</h2><p>If the bus is late and "
                + "the train is full, our free workshop shows you how to plan around both.</p>"
                + "<div class='wp-block-buttons'><a class='wp-block-button__link' href='/workshop'>"
                + "[Save Your Spot Now]</a></div></div>";
        assertThat(clean(Pages.article(promo))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsAShopButtonLeadIn() {
        String widget = "<div><h3>Buy now from one of our trusted retail partners:</h3></div>";
        assertThat(clean(Pages.article(widget))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsACenteredLineThatOffersATalkWithExperts() {
        String cta = "<p class='has-text-align-center'><strong>Stop Searching &amp; Start Riding. Talk To Our "
                + "Transit Planning Experts</strong></p>";
        assertThat(clean(Pages.article(cta))).isEqualTo(Pages.expected());
    }

    @Test
    void keepsASentenceThatAdvisesTalkingToAnExpert() {
        String advice = "<p>Riders with a disability should talk to an expert at the transit office.</p>";
        assertThat(clean(Pages.article(advice))).isEqualTo(Pages.P1 + "\n\nRiders with a disability should talk "
                + "to an expert at the transit office.\n\n" + Pages.P2 + "\n\n" + Pages.P3);
    }
}
