package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Elements that CSS classes hide on every screen: literal HTML in, literal text out. */
class CleanerHiddenTest {

    private static String clean(String html) {
        return Pages.clean(html);
    }

    @Test
    void dropsABoxThatAClassHidesEverywhere() {
        String hidden = "<p class='d-none'>Loading the interactive map</p>"
                + "<div class='callout w-condition-invisible'><p>Sorry, this map is not available on your device.</p>"
                + "</div>";
        assertThat(clean(Pages.article(hidden))).isEqualTo(Pages.expected());
    }

    @Test
    void keepsABoxThatIsHiddenOnlyOnSmallScreens() {
        String shown = "<p class='hidden md:block'>Loading the interactive map</p>";
        assertThat(clean(Pages.article(shown))).isEqualTo(Pages.P1 + "\n\nLoading the interactive map\n\n"
                + Pages.P2 + "\n\n" + Pages.P3);
    }
}
