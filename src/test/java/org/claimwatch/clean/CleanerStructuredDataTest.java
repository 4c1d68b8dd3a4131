package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Structured data is never text: scripts, templates, noscript fallbacks, hidden or aria-hidden metadata blocks and
 * microdata-only nodes stay out of the article, while hidden prose that is the page's only copy stays in.
 */
class CleanerStructuredDataTest {

    private static final String KEYWORDS = "council, buses, transport, northern suburbs, hospital district, "
            + "regional grant, public transport, city budget, motion, vote, routes, commuters, traffic, "
            + "mobility, infrastructure, local politics, elections, 2024-05-14T09:30:00Z, 2024-05-14T11:02:00Z, "
            + "https://img.news.example/2024/05/bus-depot-1200x675.jpg, https://img.news.example/2024/05/council.jpg";

    private static String clean(String html) {
        return Pages.clean(html);
    }

    @Test
    void dropsScriptTemplateAndNoscriptText() {
        String extra = "<script>document.write('Breaking: the council resigns tonight after a long debate');</script>"
                + "<template><p>Template text that a script would copy into the page for the comments.</p></template>"
                + "<noscript><p>Please enable JavaScript in your browser to read the comments below.</p></noscript>";
        assertThat(clean(Pages.article(extra))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsAHiddenBlockOfKeywordsDatesAndImageAddresses() {
        assertThat(clean(Pages.article("<div hidden>" + KEYWORDS + "</div>"))).isEqualTo(Pages.expected());
    }

    @Test
    void dropsAnAriaHiddenMetadataBlock() {
        assertThat(clean(Pages.article("<div aria-hidden='true'>" + KEYWORDS + "</div>")))
                .isEqualTo(Pages.expected());
    }

    @Test
    void dropsAHiddenSecondCopyOfTheBody() {
        String copy = "<div style='display:none' class='article-copy'>" + Pages.P1 + " " + Pages.P2 + " " + Pages.P3
                + "</div>";
        assertThat(clean(Pages.article(copy))).isEqualTo(Pages.expected());
    }

    @Test
    void keepsHiddenProseThatIsThePagesOnlyCopy() {
        // A server-rendered stream placeholder: the article sits in a hidden div until scripts move it.
        String html = "<html><head><title>Council expands bus network</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><p>Loading…</p></main>"
                + "<div hidden id='S:0'><article><p>" + Pages.P1 + "</p><p>" + Pages.P2 + "</p><p>" + Pages.P3
                + "</p></article></div></body></html>";
        assertThat(clean(html)).isEqualTo(Pages.expected());
    }

    @Test
    void dropsMicrodataOnlyNodes() {
        String extra = "<div itemprop='image' itemscope itemtype='https://schema.org/ImageObject'>"
                + "<span itemprop='url'>https://img.news.example/2024/05/bus-depot-1200x675.jpg</span>"
                + "<span itemprop='width'>1200</span><span itemprop='height'>675</span></div>"
                + "<span itemprop='keywords'>" + KEYWORDS + "</span>"
                + "<div itemprop='publisher' itemscope><span itemprop='name'>The Daily Example</span>"
                + "<span itemprop='logo'>https://news.example/logo.png</span></div>";
        assertThat(clean(Pages.article(extra))).isEqualTo(Pages.expected());
    }

    @Test
    void keepsADateThatIsPartOfASentence() {
        String p = "<p>The vote on <time itemprop='datePublished' datetime='2024-05-14'>Tuesday</time> followed a "
                + "debate that lasted more than three hours, the longest of the year.</p>";
        assertThat(clean(Pages.article(p))).contains("The vote on Tuesday followed a debate");
    }
}
