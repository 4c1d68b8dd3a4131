package org.claimwatch.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The headline from the page title without the site's name, else from the feed item (issue 22). */
class HeadlineTest {

    @Test
    void theSiteNameSuffixGoes() {
        assertThat(Headline.of("Floods kill 12 in Severn valley | The Daily Example", "The Daily Example",
                "https://www.dailyexample.co.uk/news/1", "")).isEqualTo("Floods kill 12 in Severn valley");
        assertThat(Headline.of("Qatar to close Hamas office - BBC News", "BBC News", "https://www.bbc.co.uk/news/1", ""))
                .isEqualTo("Qatar to close Hamas office");
        assertThat(Headline.of("Qatar to close Hamas office — Example Times", null, "https://exampletimes.com/a", ""))
                .isEqualTo("Qatar to close Hamas office");
        assertThat(Headline.of("Daily Example: Floods kill 12", "Daily Example", "https://x.example/a", ""))
                .isEqualTo("Floods kill 12");
    }

    @Test
    void aSeparatorInsideTheHeadlineStays() {
        assertThat(Headline.of("Floods: 12 dead - and more rain to come", "The Daily Example",
                "https://www.dailyexample.co.uk/a", "")).isEqualTo("Floods: 12 dead - and more rain to come");
    }

    @Test
    void theFeedTitleWhenThePageHasNone() {
        assertThat(Headline.of(null, null, "https://x.example/a", "  Floods kill 12 ")).isEqualTo("Floods kill 12");
        assertThat(Headline.of("", "Site", "https://x.example/a", null)).isEmpty();
    }

    @Test
    void readFromAPage() {
        String html = "<html><head><title>Floods kill 12 | The Daily Example</title>"
                + "<meta property='og:site_name' content='The Daily Example'>"
                + "<meta property='og:title' content='Floods kill 12 in Severn valley | The Daily Example'></head>"
                + "<body><article><h1>Floods kill 12</h1><p>" + Pages.P1 + "</p><p>" + Pages.P2 + "</p></article></body></html>";
        CleanedArticle a = Cleaner.clean(html, "https://www.dailyexample.co.uk/news/1");
        assertThat(Headline.of(a.title(), a.siteName(), "https://www.dailyexample.co.uk/news/1", "Feed title"))
                .isEqualTo("Floods kill 12 in Severn valley");
    }
}
