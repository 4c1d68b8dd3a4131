package org.claimwatch.feeds;

import org.claimwatch.feeds.parse.FeedItem;
import org.claimwatch.feeds.parse.ParsedFeed;
import org.claimwatch.articles.ArticleStore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Feed items become articles under canonical URLs, one per URL. */
class FeedItemsToArticlesTest {

    private static FeedItem item(String guid, String url) {
        return new FeedItem(guid, url, "T " + guid, null, null, "h" + guid);
    }

    @Test
    void trackingParametersAreDroppedFromItemUrls() {
        List<ArticleStore.Item> items = FeedItemsToArticles.items(new ParsedFeed("F", null, List.of(
                item("1", "https://News.example/a?utm_source=rss&id=7&fbclid=x#top"))));
        assertThat(items).extracting(ArticleStore.Item::url).containsExactly("https://news.example/a?id=7");
    }

    @Test
    void twoItemsWithTheSameCanonicalUrlAreOneArticle() {
        List<ArticleStore.Item> items = FeedItemsToArticles.items(new ParsedFeed("F", null, List.of(
                item("1", "https://news.example/a?utm_medium=feed"),
                item("2", "https://news.example/a"))));
        assertThat(items).extracting(ArticleStore.Item::guid).containsExactly("1");
    }
}
