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
}
