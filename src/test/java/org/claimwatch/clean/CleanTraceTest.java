package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule inventory: which rule removed or kept each block, recorded only when asked. */
class CleanTraceTest {

    private static final String URL = "https://news.example/2024/05/council-buses";

    @Test
    void namesTheRuleThatRemovedEachBlock() {
        String html = Pages.article("<p>Sign up for our newsletter to get the news in your inbox</p>");
        CleanTrace trace = new CleanTrace();
        CleanedArticle a = Cleaner.clean(html, URL, trace);
        assertThat(a.text()).isEqualTo(Pages.expected());
        assertThat(trace.events()).anySatisfy(e -> {
            assertThat(e.rule()).isEqualTo("prune.tag.nav");
            assertThat(e.kept()).isFalse();
            assertThat(e.text()).startsWith("Home");
        });
        assertThat(trace.events()).anySatisfy(e -> {
            assertThat(e.rule()).isEqualTo("filter.newsletter");
            assertThat(e.text()).startsWith("Sign up for our newsletter");
        });
        assertThat(trace.events()).anySatisfy(e -> {
            assertThat(e.rule()).isEqualTo("locate.root");
            assertThat(e.kept()).isTrue();
        });
    }

    @Test
    void tracingDoesNotChangeTheResult() {
        String html = Pages.article("<div class='related'><a href='/a'>Another story</a></div>");
        assertThat(Cleaner.clean(html, URL, new CleanTrace()).text()).isEqualTo(Cleaner.clean(html, URL).text());
    }

    @Test
    void cutsLongTextToAPrefix() {
        CleanTrace trace = new CleanTrace();
        trace.removed("r", "x".repeat(500));
        assertThat(trace.events().get(0).text()).hasSize(CleanTrace.PREFIX + 1);
        assertThat(trace.events().get(0).chars()).isEqualTo(500);
    }
}
