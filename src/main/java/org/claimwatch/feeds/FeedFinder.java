package org.claimwatch.feeds;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.claimwatch.feeds.discover.FeedCandidate;
import org.claimwatch.feeds.discover.FeedDiscovery;
import org.claimwatch.feeds.parse.FeedParseException;
import org.claimwatch.feeds.parse.FeedParser;
import org.claimwatch.feeds.parse.ParsedFeed;
import org.claimwatch.net.FetchResult;
import org.claimwatch.net.HttpFetcher;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Autodiscovery over the network: fetches a URL (through the guarded, polite fetcher); a feed is offered as it is,
 * a web page offers the feeds it links ({@code <link rel="alternate">}), else the common feed paths of its site
 * that answer with a parseable feed.
 */
public final class FeedFinder {

    /** What a URL turned out to be, and the feeds it offers. */
    public record Found(String url, boolean isFeed, String title, List<FeedCandidate> candidates) {

        public JsonObject toJson() {
            JsonArray list = new JsonArray();
            candidates.forEach(c -> list.add(new JsonObject().put("url", c.url()).put("title", c.title())
                    .put("type", c.type())));
            return new JsonObject().put("url", url).put("is_feed", isFeed).put("title", title).put("candidates", list);
        }
    }

    private final Vertx vertx;
    private final HttpFetcher fetcher;

    public FeedFinder(Vertx vertx, HttpFetcher fetcher) {
        this.vertx = vertx;
        this.fetcher = fetcher;
    }

    /** Discovers the feeds of {@code url}; probes the common paths only when {@code probe} and nothing is linked. */
    public Future<Found> find(String url, boolean probe) {
        return fetcher.get(url, MultiMap.caseInsensitiveMultiMap()).compose(page -> asFeed(page).compose(feed -> {
            if (feed != null) {
                return Future.succeededFuture(new Found(page.finalUrl(), true, feed.title(),
                        List.of(new FeedCandidate(page.finalUrl(), feed.title(), type(page)))));
            }
            return vertx.executeBlocking(() -> FeedDiscovery.discover(html(page), page.finalUrl()), false)
                    .compose(linked -> linked.isEmpty() && probe ? probeCommonPaths(page.finalUrl())
                            : Future.succeededFuture(linked))
                    .map(candidates -> new Found(page.finalUrl(), false, null, candidates));
        }));
    }

    private Future<List<FeedCandidate>> probeCommonPaths(String pageUrl) {
        List<Future<FeedCandidate>> probes = new ArrayList<>();
        for (String path : FeedDiscovery.commonPaths(pageUrl)) {
            probes.add(fetcher.get(path, MultiMap.caseInsensitiveMultiMap())
                    .compose(page -> asFeed(page).map(feed -> feed == null || feed.items().isEmpty() && feed.title() == null
                            ? null : new FeedCandidate(page.finalUrl(), feed.title(), type(page))))
                    .otherwise((FeedCandidate) null));
        }
        return Future.join(probes).transform(ar -> {
            List<FeedCandidate> found = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (Future<FeedCandidate> f : probes) {
                FeedCandidate c = f.succeeded() ? f.result() : null;
                if (c != null && !seen.contains(c.url())) {
                    seen.add(c.url());
                    found.add(c);
                }
            }
            return Future.succeededFuture(found);
        });
    }

    /** The page parsed as a feed, or null when it is not one (e.g. HTML). */
    private Future<ParsedFeed> asFeed(FetchResult page) {
        if (page.notModified()) {
            return Future.succeededFuture(null);
        }
        String type = Objects.requireNonNullElse(page.headers().get("content-type"), "").toLowerCase();
        byte[] body = page.body().getBytes();
        if (type.startsWith("text/html") && !looksLikeXml(body)) {
            return Future.succeededFuture(null);
        }
        return vertx.executeBlocking(() -> {
            try {
                return FeedParser.parse(body, page.headers().get("content-type"), page.finalUrl());
            } catch (FeedParseException notAFeed) {
                return null;
            }
        }, false);
    }

    private static boolean looksLikeXml(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1).stripLeading();
        return start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed");
    }

    private static String type(FetchResult page) {
        String type = page.headers().get("content-type");
        return type == null ? "application/xml" : type.split(";")[0].strip().toLowerCase();
    }

    private static String html(FetchResult page) {
        Charset charset = StandardCharsets.UTF_8;
        try {
            if (page.charset() != null) {
                charset = Charset.forName(page.charset());
            }
        } catch (RuntimeException unknown) {
            // keep UTF-8
        }
        return page.body().toString(charset);
    }
}
