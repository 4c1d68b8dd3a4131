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
        Pages.assertDropped(extra, "mid", "end");
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

    @ParameterizedTest
    @ValueSource(strings = {
        "<div><h4>Tonight's late game</h4><table><tr><td>Harbour City</td><td>101</td></tr><tr><td>Riverside</td><td>97</td></tr></table>"
                + "<a href='/sport/basketball/scores'>Every score</a></div>",
        "<div><p><strong>Counting so far</strong> 61 % of districts</p><ul><li>Green Alliance: 41.0 %</li><li>Labour: 35.5 %</li></ul>"
                + "<a href='/vote/live'>Map of the districts</a></div>",
        "<div><h3>Key numbers: the harbour bridge</h3><ul><li>Length: 2.1 km</li><li>Cost: 900 million</li></ul>"
                + "<p><a href='/topic/harbour-bridge'>All bridge stories</a></p></div>",
        "<section><h4>Leeds</h4><p>11°C Showers</p><p>High 13° Low 6°</p><a href='/weather/leeds'>Ten-day outlook</a></section>",
    })
    void aLabelledBoxOfDataThatEndsInALinkElsewhereIsDropped(String extra) {
        assertThat(Pages.clean(Pages.at(extra, "mid"))).isEqualTo(Pages.expected());
    }

    @Test
    void aCardThatArguesOrAListOfLinksStays() {
        String card = "<div><h3>Bond funds</h3><p>Bonds can offset some of the risk of holding shares, and they pay a steady "
                + "income while rates stay high.</p><a href='/funds/bonds'>Bond funds explained</a></div>";
        assertThat(Pages.clean(Pages.at(card, "mid"))).contains("Bonds can offset some of the risk");
        String compare = "<section><h2>Compare the routes</h2><p>How does the new route compare with the old lines? "
                + "See the two maps side by side:</p><ul><li><a href='/maps/route-12-vs-14'>route 12 vs. route 14</a></li></ul></section>";
        assertThat(Pages.clean(Pages.at(compare, "mid"))).contains("How does the new route compare");
    }
}
