package org.claimwatch.feeds;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import org.claimwatch.Addresses;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.db.Database;
import org.claimwatch.feeds.parse.FeedItem;
import org.claimwatch.feeds.parse.FeedParseException;
import org.claimwatch.feeds.parse.FeedParser;
import org.claimwatch.feeds.parse.ParsedFeed;
import org.claimwatch.net.FetchException;
import org.claimwatch.net.FetchResult;
import org.claimwatch.net.HttpFetcher;
import org.claimwatch.store.ArticleStore;
import org.claimwatch.store.FeedStore;
import org.claimwatch.store.FeedStore.LeasedFeed;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Poll stage: leases due feeds from the database, fetches them (conditional GET), parses them on a worker and
 * records their items as articles due for fetching. A failing feed records a readable error and its next poll.
 */
public final class PollVerticle extends VerticleBase {

    private static final Logger LOG = Logger.getLogger("claimwatch.poll");

    private final String owner = "poll-" + UUID.randomUUID();
    private FeedStore feeds;
    private ArticleStore articles;
    private HttpFetcher fetcher;
    private int leaseSeconds;
    private int batch;
    private boolean busy;

    @Override
    public Future<?> start() {
        JsonObject config = config();
        Pool pool = Database.pool(vertx, config);
        feeds = new FeedStore(pool);
        articles = new ArticleStore(pool);
        fetcher = new HttpFetcher(vertx, config);
        leaseSeconds = config.getInteger(ConfigKeys.POLL_LEASE_S, 120);
        batch = config.getInteger(ConfigKeys.POLL_BATCH, 20);
        vertx.setPeriodic(config.getLong(ConfigKeys.POLL_TICK_MS, 1000L), id -> pollDue());
        return vertx.eventBus().consumer(Addresses.FEEDS_POLL, msg -> pollDue()).completion();
    }

    @Override
    public Future<?> stop() {
        return fetcher.close();
    }

    private void pollDue() {
        if (busy) {
            return;
        }
        busy = true;
        feeds.leaseDue(owner, leaseSeconds, batch)
                .compose(due -> Future.join(due.stream().map(this::poll).toList()))
                .onComplete(ar -> {
                    busy = false;
                    if (ar.failed()) {
                        LOG.warning("poll round failed: " + ar.cause().getMessage());
                    }
                });
    }

    private Future<Void> poll(LeasedFeed feed) {
        long started = System.nanoTime();
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        if (feed.etag() != null) {
            headers.add("If-None-Match", feed.etag());
        }
        if (feed.lastModified() != null) {
            headers.add("If-Modified-Since", feed.lastModified());
        }
        return fetcher.get(feed.url(), headers)
                .compose(result -> result.notModified()
                        ? feeds.recordOk(feed.id(), owner, null, null, 304, feed.etag(), feed.lastModified())
                        .map(v -> new PollReport(304, 0, 0))
                        : store(feed, result))
                .transform(ar -> {
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    if (ar.succeeded()) {
                        PollReport r = ar.result();
                        logPoll(feed, r.status(), r.items(), r.newArticles(), ms, null);
                        if (r.newArticles() > 0 || r.items() > 0) {
                            vertx.eventBus().send(Addresses.ARTICLES_FETCH_DUE, null);
                        }
                        return announce(feed.id(), "ok", null);
                    }
                    Throwable err = ar.cause();
                    int status = err instanceof FetchException fe ? fe.status() : 0;
                    String message = err instanceof FetchException || err instanceof FeedParseException
                            ? err.getMessage() : "internal error: " + err;
                    logPoll(feed, status, 0, 0, ms, message);
                    return feeds.recordError(feed.id(), owner, message, status)
                            .compose(v -> announce(feed.id(), "error", message));
                });
    }

    private Future<PollReport> store(LeasedFeed feed, FetchResult result) {
        byte[] body = result.body().getBytes();
        String contentType = result.headers().get("content-type");
        return vertx.executeBlocking(() -> FeedParser.parse(body, contentType, result.finalUrl()), false)
                .compose(parsed -> {
                    String outlet = parsed.title() != null ? parsed.title() : hostOf(feed.url());
                    List<ArticleStore.Item> items = items(parsed);
                    return articles.upsert(feed.id(), outlet, items)
                            .compose(inserted -> feeds.recordOk(feed.id(), owner, parsed.title(), parsed.siteUrl(),
                                            result.status(), result.headers().get("etag"),
                                            result.headers().get("last-modified"))
                                    .map(v -> new PollReport(result.status(), items.size(), inserted)));
                });
    }

    private static List<ArticleStore.Item> items(ParsedFeed parsed) {
        List<ArticleStore.Item> items = new ArrayList<>();
        for (FeedItem i : parsed.items()) {
            if (i.url() != null) {
                items.add(new ArticleStore.Item(i.url(), i.guid(), i.title(), i.contentHash()));
            }
        }
        return items;
    }

    private Future<Void> announce(long feedId, String status, String error) {
        JsonObject fact = new JsonObject().put("feed_id", feedId).put("status", status).put("error", error);
        vertx.eventBus().publish(Addresses.FEEDS_POLLED, fact);
        return Future.succeededFuture();
    }

    private static void logPoll(LeasedFeed feed, int status, int items, int newArticles, long ms, String error) {
        JsonObject line = new JsonObject().put("event", "poll").put("feed", feed.id()).put("url", feed.url())
                .put("status", status).put("items", items).put("new", newArticles).put("duration_ms", ms);
        if (error != null) {
            line.put("error", error);
        }
        LOG.info(line.encode());
    }

    private static String hostOf(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private record PollReport(int status, int items, int newArticles) {
    }
}
