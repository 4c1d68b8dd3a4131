package org.claimwatch.net;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UrlCanonicalizerTest {

    @Test
    void lowerCasesSchemeAndHostButNotPath() {
        assertThat(UrlCanonicalizer.canonical("HTTPS://News.Example.COM/Politics/Story"))
                .isEqualTo("https://news.example.com/Politics/Story");
    }

    @Test
    void dropsDefaultPortsAndKeepsOthers() {
        assertThat(UrlCanonicalizer.canonical("http://a.example:80/x")).isEqualTo("http://a.example/x");
        assertThat(UrlCanonicalizer.canonical("https://a.example:443/x")).isEqualTo("https://a.example/x");
        assertThat(UrlCanonicalizer.canonical("https://a.example:8443/x")).isEqualTo("https://a.example:8443/x");
    }

    @Test
    void dropsFragment() {
        assertThat(UrlCanonicalizer.canonical("https://a.example/story#comments")).isEqualTo("https://a.example/story");
    }

    @Test
    void emptyPathBecomesSlash() {
        assertThat(UrlCanonicalizer.canonical("https://a.example")).isEqualTo("https://a.example/");
    }

    @Test
    void stripsUtmAndClickIdentifiers() {
        assertThat(UrlCanonicalizer.canonical("https://a.example/s?utm_source=tw&utm_medium=social&UTM_Campaign=x"
                + "&fbclid=IwAR0&gclid=g&dclid=d&msclkid=m&mc_cid=c&mc_eid=e&igshid=i&ref_src=twsrc&cmpid=rss"
                + "&_ga=2.1&ocid=msn&id=7")).isEqualTo("https://a.example/s?id=7");
    }

    @Test
    void removesQuestionMarkWhenOnlyTrackingRemains() {
        assertThat(UrlCanonicalizer.canonical("https://a.example/s?utm_source=rss")).isEqualTo("https://a.example/s");
    }

    @Test
    void sortsRemainingParametersByName() {
        assertThat(UrlCanonicalizer.canonical("https://a.example/search?q=tax&page=2&a=1&&b"))
                .isEqualTo("https://a.example/search?a=1&b&page=2&q=tax");
    }

    @Test
    void sameArticleFromTwoFeedsGetsOneUrl() {
        assertThat(UrlCanonicalizer.canonical("https://NEWS.example/a?id=5&utm_source=feedA#top"))
                .isEqualTo(UrlCanonicalizer.canonical("https://news.example:443/a?utm_medium=feedB&id=5"));
    }

    @Test
    void uppercasesPercentEscapesAndEncodesIllegalCharacters() {
        assertThat(UrlCanonicalizer.canonical("https://a.example/caf%c3%a9 au lait|x?q=100%"))
                .isEqualTo("https://a.example/caf%C3%A9%20au%20lait%7Cx?q=100%25");
        assertThat(UrlCanonicalizer.canonical("https://a.example/naïve")).isEqualTo("https://a.example/na%C3%AFve");
    }

    @Test
    void internationalHostBecomesPunycode() {
        assertThat(UrlCanonicalizer.canonical("https://Bücher.example:443/café?x=1"))
                .isEqualTo("https://xn--bcher-kva.example/caf%C3%A9?x=1");
    }

    @Test
    void acceptsHostNamesWithUnderscores() {
        assertThat(UrlCanonicalizer.canonical("https://My_Site.example:443/a?b=2&a=1"))
                .isEqualTo("https://my_site.example/a?a=1&b=2");
        assertThat(UrlCanonicalizer.canonical("http://my_site.example:8080/")).isEqualTo("http://my_site.example:8080/");
    }

    @Test
    void rejectsNonWebAndRelativeUrls() {
        assertThatThrownBy(() -> UrlCanonicalizer.canonical("ftp://a.example/x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not an http(s) URL: ftp://a.example/x");
        assertThatThrownBy(() -> UrlCanonicalizer.canonical("/relative/path"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fromPageUsesRelCanonical() {
        String html = "<head><link rel=\"canonical\" href=\"https://www.news.example/2024/story?utm_source=x\"></head>";
        assertThat(UrlCanonicalizer.fromPage(html, "https://www.news.example/2024/story?page=1&utm_medium=y"))
                .contains("https://www.news.example/2024/story");
    }

    @Test
    void fromPageResolvesRelativeCanonical() {
        String html = "<link rel=\"canonical\" href=\"/2024/story\">";
        assertThat(UrlCanonicalizer.fromPage(html, "https://news.example/amp/2024/story"))
                .contains("https://news.example/2024/story");
    }

    @Test
    void fromPageFollowsAmpPageToItsNonAmpOriginalOnAnotherSubdomain() {
        String html = "<html amp><head><link rel=\"canonical\" href=\"https://www.news.example/2024/story\"></head></html>";
        assertThat(UrlCanonicalizer.fromPage(html, "https://amp.news.example/2024/story"))
                .contains("https://www.news.example/2024/story");
    }

    @Test
    void fromPageAcceptsPublisherCanonicalFromAmpCache() {
        String html = "<html ⚡><head><link rel=\"canonical\" href=\"https://www.news.example/story\"></head></html>";
        assertThat(UrlCanonicalizer.fromPage(html, "https://www-news-example.cdn.ampproject.org/c/s/www.news.example/story"))
                .contains("https://www.news.example/story");
    }

    @Test
    void fromPageFallsBackToOgUrl() {
        String html = "<meta property=\"og:url\" content=\"https://news.example/story-og\">";
        assertThat(UrlCanonicalizer.fromPage(html, "https://news.example/story-og?src=rss"))
                .contains("https://news.example/story-og");
    }

    @Test
    void fromPageRefusesAnotherSite() {
        String html = "<link rel=\"canonical\" href=\"https://evil.example/story\">";
        assertThat(UrlCanonicalizer.fromPage(html, "https://news.example/story")).isEmpty();
    }

    @Test
    void fromPageTreatsCountrySecondLevelDomainsAsDifferentSites() {
        String html = "<link rel=\"canonical\" href=\"https://other.co.uk/story\">";
        assertThat(UrlCanonicalizer.fromPage(html, "https://paper.co.uk/story")).isEmpty();
        String same = "<link rel=\"canonical\" href=\"https://www.paper.co.uk/story\">";
        assertThat(UrlCanonicalizer.fromPage(same, "https://amp.paper.co.uk/story"))
                .contains("https://www.paper.co.uk/story");
    }

    @Test
    void fromPageRefusesHomePageStandingInForAnArticle() {
        String html = "<link rel=\"canonical\" href=\"https://news.example/\">";
        assertThat(UrlCanonicalizer.fromPage(html, "https://news.example/2024/story")).isEmpty();
    }

    @Test
    void fromPageSkipsUnusableCanonicalAndUsesOgUrl() {
        String html = "<link rel=\"canonical\" href=\"javascript:void(0)\">"
                + "<meta property=\"og:url\" content=\"https://news.example/s\">";
        assertThat(UrlCanonicalizer.fromPage(html, "https://news.example/s?x")).contains("https://news.example/s");
    }

    @Test
    void fromPageWithoutCanonicalIsEmpty() {
        assertThat(UrlCanonicalizer.fromPage("<p>no head</p>", "https://news.example/s")).isEmpty();
    }
}
