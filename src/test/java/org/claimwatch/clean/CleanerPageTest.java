package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page as {@link Continuity} sees it reads its text as the extraction does: text a publisher encoded twice
 * ("worldâ€™s") is repaired in the page's text, its text nodes and its links alike, so a slot's words match the
 * paragraph the extraction made of them.
 */
class CleanerPageTest {

    @Test
    void doubleEncodedTextIsRepairedInTheTextTheNodesAndTheLinks() {
        String html = "<html><body><p>The worldâ€™s ports are busy.</p>"
                + "<ul><li><a href=\"/a\">Whatâ€™s next for the port</a></li></ul></body></html>";
        Continuity.Page page = Cleaner.page(html.getBytes(StandardCharsets.UTF_8), "https://example.com/a", "UTF-8");
        assertThat(page.text()).contains("The world’s ports are busy.").doesNotContain("â€™");
        assertThat(page.nodes()).contains("The world’s ports are busy.", "What’s next for the port");
        assertThat(page.links()).containsExactly("What’s next for the port");
    }
}
