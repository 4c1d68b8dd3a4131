package org.claimwatch.feeds;

import org.claimwatch.feeds.parse.FeedItem;
import org.claimwatch.feeds.parse.ParsedFeed;
import org.claimwatch.net.UrlCanonicalizer;
import org.claimwatch.articles.ArticleStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed feed's items as articles to record: canonical URLs, one item per URL (the first wins). Pure. */
final class FeedItemsToArticles {

    private FeedItemsToArticles() {
    }

    static List<ArticleStore.Item> items(ParsedFeed parsed) {
        Map<String, ArticleStore.Item> byUrl = new LinkedHashMap<>();
        for (FeedItem i : parsed.items()) {
            if (i.url() == null) {
                continue;
            }
            String url;
            try {
                url = UrlCanonicalizer.canonical(i.url());
            } catch (IllegalArgumentException invalid) {
                continue;
            }
            byUrl.putIfAbsent(url, new ArticleStore.Item(url, i.guid(), i.title(), i.contentHash(), i.published(),
                    i.publishedDate() == null ? null : i.publishedDate().raw()));
        }
        return new ArrayList<>(byUrl.values());
    }
}
