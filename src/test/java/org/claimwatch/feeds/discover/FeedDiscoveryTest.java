package org.claimwatch.feeds.discover;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedDiscoveryTest {

    @Test
    void findsRssAtomAndJsonFeedLinks() {
        String html = """
                <html><head><title>Daily</title>
                <link rel="alternate" type="application/rss+xml" title="Daily RSS" href="/feed.rss">
                <link rel="alternate" type="application/atom+xml" href="https://daily.example/atom">
                <link rel="alternate" type="application/feed+json" title="JSON" href="feed.json">
                </head><body></body></html>""";
        assertThat(FeedDiscovery.discover(html, "https://daily.example/news/index.html")).containsExactly(
                new FeedCandidate("https://daily.example/feed.rss", "Daily RSS", "application/rss+xml"),
                new FeedCandidate("https://daily.example/atom", null, "application/atom+xml"),
                new FeedCandidate("https://daily.example/news/feed.json", "JSON", "application/feed+json"));
    }

    @Test
    void ignoresStylesheetsAndNonFeedAlternates() {
        String html = """
                <link rel="stylesheet" type="text/css" href="/s.css">
                <link rel="alternate" hreflang="fr" type="text/html" href="/fr/">
                <link rel="alternate" type="application/rss+xml" href="/feed">""";
        assertThat(FeedDiscovery.discover(html, "https://a.example/"))
                .extracting(FeedCandidate::url).containsExactly("https://a.example/feed");
    }

    @Test
    void relAndTypeAreMatchedCaseInsensitivelyWithParameters() {
        String html = "<link REL=\"Alternate home\" type=\"Application/RSS+XML; charset=utf-8\" href=\"/r\">";
        assertThat(FeedDiscovery.discover(html, "https://a.example/x")).containsExactly(
                new FeedCandidate("https://a.example/r", null, "application/rss+xml"));
    }

    @Test
    void duplicatesAreDroppedAndCommentFeedsGoLast() {
        String html = """
                <link rel="alternate" type="application/rss+xml" title="Comments Feed" href="/comments/feed/">
                <link rel="alternate" type="application/rss+xml" title="Feed" href="/feed/">
                <link rel="alternate" type="application/rss+xml" title="Feed again" href="https://w.example/feed/">""";
        assertThat(FeedDiscovery.discover(html, "https://w.example/")).extracting(FeedCandidate::title)
                .containsExactly("Feed", "Comments Feed");
    }

    @Test
    void baseHrefIsHonoured() {
        String html = "<head><base href=\"https://cdn.example/site/\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"atom.xml\"></head>";
        assertThat(FeedDiscovery.discover(html, "https://w.example/")).extracting(FeedCandidate::url)
                .containsExactly("https://cdn.example/site/atom.xml");
    }

    @Test
    void nonWebLinksAreIgnored() {
        String html = "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:void(0)\">"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"file:///etc/passwd\">";
        assertThat(FeedDiscovery.discover(html, "https://w.example/")).isEmpty();
    }

    @Test
    void pageWithoutFeedsGivesEmptyList() {
        assertThat(FeedDiscovery.discover("<html><body><p>hi</p></body></html>", "https://w.example/")).isEmpty();
    }

    @Test
    void commonPathsAreOnTheSiteOrigin() {
        assertThat(FeedDiscovery.commonPaths("HTTPS://blog.example:8443/2024/post?x=1#top")).isEqualTo(List.of(
                "https://blog.example:8443/feed",
                "https://blog.example:8443/rss",
                "https://blog.example:8443/rss.xml",
                "https://blog.example:8443/atom.xml",
                "https://blog.example:8443/feed.xml",
                "https://blog.example:8443/index.xml",
                "https://blog.example:8443/feeds/posts/default"));
    }

    @Test
    void commonPathsOfNonWebUrlAreEmpty() {
        assertThat(FeedDiscovery.commonPaths("ftp://files.example/")).isEmpty();
        assertThat(FeedDiscovery.commonPaths("not a url")).isEmpty();
    }
}
