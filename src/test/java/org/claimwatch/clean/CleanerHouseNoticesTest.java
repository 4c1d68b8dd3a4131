package org.claimwatch.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house's notices about its comments, its ads and who paid for a story: the comment section's terms (who may
 * comment, that comments are moderated or closed, that they are their authors' and not the site's opinion), an ad's
 * label with a cue to read on, and a funding credit for the piece. Written before the rules (session 16); the wording
 * is ours, the classes are what the tune corpora leaked (pages-batch46), in the languages the rules claim.
 */
class CleanerHouseNoticesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // who may comment, and where
        "<p>Commenting on this story is open to Herald members. Sign in to take part.</p>",
        "<p>Comments are reserved for registered subscribers.</p>",
        "<p>Comments on this article have been closed.</p>",
        // the comments are their authors', not the site's
        "<p>Comments are the sole responsibility of the people who post them and do not reflect the views of this website.</p>",
        "<p>Los comentarios son responsabilidad exclusiva de quienes los publican y no reflejan la opinión de este medio.</p>",
        "<p>Les commentaires publiés n'engagent que leurs auteurs et ne reflètent pas l'opinion de la rédaction.</p>",
        "<p>I commenti rappresentano il punto di vista dei singoli autori e non quello della testata.</p>",
        "<p>Die Kommentare geben die Meinung ihrer Verfasser wieder, nicht die der Redaktion.</p>",
        "<p>Comentários são de inteira responsabilidade dos leitores e não refletem a opinião do portal.</p>",
        // an ad's label with a cue to read on
        "<div class='x1'>Advertisement · Keep reading below</div>",
        "<div class='x1'>Ad — scroll to read more</div>",
        "<div class='x1'>Anzeige | Weiter im Text</div>",
        // a funding credit for the piece
        "<p>This investigation was produced with financial support from the Northern Journalism Trust.</p>",
        "<p>Reporting for this series was made possible thanks to a grant from the Civic Media Foundation.</p>",
        "<p>The Valley Bureau is a non-profit reporting service funded by local foundations and readers.</p>",
    })
    void dropsTheHouseNotice(String note) {
        Pages.assertDropped(note, "mid", "end");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The minister's comments were condemned by opposition leaders, who said they did not reflect the government's view.",
        "Comments on the draft law are open until March 30, and the ministry said it had already received 4,000.",
        "Los comentarios del presidente sobre la inflación provocaron una caída de la bolsa del 2 por ciento.",
        "The study was funded by the National Institutes of Health and published in the journal Nature on Monday.",
        "The new clinic, which was made possible by a grant from the state, will open in the spring with 40 beds.",
        "Advertising revenue at the group fell 12 per cent last year, and the company said it would keep reading the market.",
    })
    void keepsTheNews(String line) {
        assertThat(Pages.clean(Pages.at("<p>" + line + "</p>", "mid"))).contains(line);
    }
}
