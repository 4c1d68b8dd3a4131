package org.claimwatch.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boxes a reader works rather than reads (issue 15): a small one-off box holding a labelled button, a text field or a
 * menu is a widget, and its words (heading, pitch, the note under the field) go with it. Written in words of our
 * own after the rule (the class came from the session-13 tune corpus); each case fails without it.
 */
class CleanerWidgetsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<div><h3>Were you on the flooded road?</h3><p>We want to hear from people caught in the water. Tell us what you saw.</p>"
                + "<form action='/tell-us'><label>Name <input type='text' name='n'></label><button type='submit'>Send</button></form></div>",
        "<div><p>Allow notifications from this site for the biggest stories?</p><button>Allow</button> <button>Later</button></div>",
        "<div><p><strong>Third-party content</strong></p><p>This place holds a map from an outside provider. Loading it may send data to that provider.</p>"
                + "<button>Load the map</button></div>",
        "<p><a href='#discussion'>Discussion (12)</a> <button>Write a reply</button></p>",
    })
    void aSmallBoxWithAControlIsAWidget(String extra) {
        assertThat(Pages.clean(Pages.at(extra, "mid"))).isEqualTo(Pages.expected());
        assertThat(Pages.clean(Pages.at(extra, "end"))).isEqualTo(Pages.expected());
    }

    @Test
    void aRowOfCardsWithButtonsIsNoWidget() {
        String card = "<div class='card'><h4>%s</h4><p>%s</p><button>Add to list</button></div>";
        String row = "<div>" + card.formatted("Step one: check the tyres", "Look at the tread depth and the pressure before a long trip.")
                + card.formatted("Step two: check the lights", "Walk round the car with the lights on, and ask someone to press the brake.")
                + "</div>";
        String text = Pages.clean(Pages.at(row, "mid"));
        assertThat(text).contains("Look at the tread depth").contains("ask someone to press the brake");
    }

    @Test
    void iconButtonsAndCheckBoxesInTheTextAreNoWidgets() {
        String audio = "<div><p>The word is pronounced with the stress on the first syllable, as the council clerk "
                + "explained.</p><button aria-label='Play'></button></div>";
        assertThat(Pages.clean(Pages.at(audio, "mid"))).contains("stress on the first syllable");
        String check = "<div><input type='checkbox'><p>Bring a copy of the planning notice to the hearing on Friday, "
                + "the council advised residents.</p></div>";
        assertThat(Pages.clean(Pages.at(check, "mid"))).contains("Bring a copy of the planning notice");
    }
}
