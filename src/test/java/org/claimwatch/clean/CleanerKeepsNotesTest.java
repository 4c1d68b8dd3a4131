package org.claimwatch.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Editorial notes are article text, not furniture: top, bottom, italic, in a box (issue 22). */
class CleanerKeepsNotesTest {

    private static final String NOTE = "Correction: An earlier version of this article misstated the cost of the plan. "
            + "It is 12 million dollars, not 21 million.";

    @ParameterizedTest
    @ValueSource(strings = {
            "<p><em>%s</em></p>",
            "<p><i>%s</i></p>",
            "<div class='correction'><p>%s</p></div>",
            "<aside class='editors-note'><p>%s</p></aside>",
            "<div class='article-note'><strong>%s</strong></div>",
            "<p class='update-note'>%s</p>"})
    void keepsANoteAtTheBottom(String wrap) {
        String html = Pages.article("").replace("</article>", wrap.formatted(NOTE) + "</article>");
        assertThat(Pages.clean(html)).contains(NOTE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Editor's note: This story has been updated with the latest figures from the council.",
            "This article has been updated to include a response from the transport minister.",
            "This article was amended on 12 March 2024. An earlier version gave the wrong date for the vote."})
    void keepsNotesInOtherPhrasingsAtTheTop(String note) {
        String html = Pages.article("").replaceFirst("<p>", "<p><em>" + note + "</em></p><p>");
        assertThat(Pages.clean(html)).contains(note);
    }
}
