package org.claimwatch.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers' comments under the article, in boxes without telling class names: a comments heading, then items of a
 * name with a time and the comment's text. Written before the rule (session 16); the wording is ours, the class is
 * what the tune pages leaked (pages-batch53: the whole thread stayed in the text).
 */
class CleanerCommentThreadTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<div class='x7'><div class='x8'>Réactions des lecteurs (3)</div>"
                + "<div class='x9'><span>Awa</span> <span>12/03/2025 à 09:14</span><p>Il était temps que la mairie agisse sur ce dossier.</p></div>"
                + "<div class='x9'><span>Ibrahima K.</span> <span>12/03/2025 à 10:02</span><p>Encore des promesses, on verra bien en juin.</p></div>"
                + "<div class='x9'><span>Moussa</span> <span>12/03/2025 à 11:40</span><p>Les commerçants méritent mieux que ça.</p></div></div>",
        "<section><h3>Comentarios</h3>"
                + "<div><b>Pedro R.</b> <span>hace 3 horas</span><p>Ya era hora de que alguien hiciera algo con esas obras.</p></div>"
                + "<div><b>Carla</b> <span>hace 1 hora</span><p>Lo mismo de siempre, nadie se hace responsable.</p></div></section>",
        "<div><h4>Comments (2)</h4>"
                + "<div><strong>Dave W</strong> <em>2 hours ago</em><p>About time the council did something about the buses.</p></div>"
                + "<div><strong>Priya</strong> <em>45 minutes ago</em><p>Route 12 has been a disaster since the summer.</p></div></div>",
    })
    void dropsTheThread(String thread) {
        Pages.assertDropped(thread, "end");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a live blog's posts: a byline and a time over each post, but no comments heading
        "<div><div><span>Ana Ruiz</span> <span>09:14</span><p>The council has opened the debate on the bus plan.</p></div>"
                + "<div><span>Ana Ruiz</span> <span>10:02</span><p>Councillors voted seven to two for the new routes.</p></div></div>",
    })
    void keepsPostsWithoutACommentsHeading(String html) {
        assertThat(Pages.keepsAll(Pages.clean(Pages.at(html, "end")), "<p>The council has opened the debate on the bus plan.</p>"))
                .isTrue();
    }
}
