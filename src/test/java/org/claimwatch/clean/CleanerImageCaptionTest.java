package org.claimwatch.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caption set beside its picture without figure markup: the picture and one short text, alone in their box.
 * Written before the rule (session 14).
 */
class CleanerImageCaptionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<div class='q1'><img src='/a.jpg' alt='Boats'><div class='q1__c'>Ferries wait at the pier in Nanaimo on "
            + "Tuesday morning. <span>HARBOUR PRESS/Lee Chan</span></div></div>",
        "<div><picture><source srcset='/b.webp'><img src='/b.jpg' alt=''></picture><p class='cap'>Crews clear "
            + "branches from Elm Street after the storm.</p></div>",
        "<div class='img-wrap'><div class='img-holder'><img src='/c.jpg' alt=''></div><span>Residents queue for "
            + "water at a school gym in Dalton.</span></div>",
    })
    void dropsATextAloneInABoxWithItsPicture(String box) {
        Pages.assertDropped(box, "top", "mid");
    }

    @Test
    void keepsAParagraphThatSharesItsBoxWithTextAsWell() {
        String box = "<div><img src='/d.jpg' alt=''><p>The bridge will close for six weeks from May, the council "
                + "said.</p><p>Detours will add about ten minutes to most trips, officials said.</p></div>";
        assertThat(Pages.clean(Pages.at(box, "mid"))).contains("The bridge will close for six weeks from May")
                .contains("Detours will add about ten minutes");
    }
}
