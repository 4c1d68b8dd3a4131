package org.claimwatch.feeds;

import org.claimwatch.db.LeaseOwner;
import org.claimwatch.config.Settings;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import org.claimwatch.bus.Addresses;
import org.claimwatch.articles.CheckStore;
import org.claimwatch.db.Database;
import org.claimwatch.feeds.parse.FeedParseException;
import org.claimwatch.feeds.parse.FeedParser;
import org.claimwatch.net.Backoff;
import org.claimwatch.metrics.Meters;
import org.claimwatch.net.FetchException;
import org.claimwatch.net.FetchResult;
import org.claimwatch.net.HttpFetcher;
import org.claimwatch.articles.ArticleStore;
import org.claimwatch.feeds.FeedStore;
import org.claimwatch.db.LeasePump;
import org.claimwatch.feeds.FeedStore.LeasedFeed;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * Poll stage: leases due feeds from the database (several instances share the work through leases), fetches them
 * with a conditional GET through the polite fetcher, parses them on a worker and records their items as articles
 * due for fetching. A failing feed records a readable error, backs off exponentially (or as long as the server asked)
 * and is paused after {@code poll.maxFailures} failures in a row. A permanent redirect moves the feed's URL.
 */
public final class PollVerticle extends VerticleBase {

    private static final Logger LOG = Logger.getLogger("claimwatch.poll");

    private static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private String owner;
    private FeedStore feeds;
    private ArticleStore articles;
    private CheckStore checks;
    private HttpFetcher fetcher;
    private Backoff backoff;
    private int maxFailures;
    private int leaseSeconds;
    private LeasePump<LeasedFeed> pump;

    @Override
    public Future<?> start() {
        JsonObject config = config();
        owner = LeaseOwner.of("poll", Settings.of(config).cluster().instanceId());
        Pool pool = Database.pool(vertx, config);
        feeds = new FeedStore(pool);
        articles = new ArticleStore(pool);
        checks = new CheckStore(pool);
        fetcher = new HttpFetcher(vertx, config);
        Settings.Poll settings = Settings.of(config).poll();
        backoff = new Backoff(Duration.ofSeconds(settings.backoffBaseSeconds()),
                Duration.ofSeconds(settings.backoffCapSeconds()));
        maxFailures = settings.maxFailures();
        leaseSeconds = settings.leaseSeconds();
        pump = new LeasePump<>("poll", settings.batch(),
                room -> feeds.leaseDue(owner, leaseSeconds, room), this::poll);
        vertx.setPeriodic(settings.tickMs(), id -> pollDue());
        return vertx.eventBus().localConsumer(Addresses.FEEDS_POLL, msg -> pollDue()).completion();
    }

    @Override
    public Future<?> stop() {
        // a graceful stop hands its polls back at once: another instance (or the next start) need not wait
        return feeds.releaseLeases(owner)
                .onFailure(err -> LOG.warning("releasing poll leases failed (they expire): " + err.getMessage()))
                .otherwiseEmpty().compose(n -> fetcher.close());
    }

    /**
     * Leases as many due feeds as there is room for ({@code poll.batch} polls in flight at most); a slow or held-back
     * host delays only its own feeds, never the round.
     */
    private void pollDue() {
        pump.pump();
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
                .compose(result -> moveIfPermanent(feed, result).compose(v -> result.notModified()
                        ? feeds.recordOk(feed.id(), owner, null, null, 304,
                                        header(result, "etag", feed.etag()),
                                        header(result, "last-modified", feed.lastModified()), null, null)
                                .map(x -> new PollReport(304, 0, 0))
                        : store(feed, result)))
                .transform(ar -> {
                    Duration took = Duration.ofNanos(System.nanoTime() - started);
                    if (ar.succeeded()) {
                        PollReport r = ar.result();
                        Meters.poll(r.status() == 304 ? "not_modified" : "ok", took);
                        logPoll(feed, r.status(), r.items(), r.newArticles(), took.toMillis(), null);
                        if (r.newArticles() > 0 || r.items() > 0) {
                            vertx.eventBus().send(Addresses.ARTICLES_FETCH_DUE, null);
                        }
                        return announce(feed.id(), "ok", null);
                    }
                    return failed(feed, ar.cause(), took);
                });
    }

    private Future<Void> failed(LeasedFeed feed, Throwable err, Duration took) {
        int status = err instanceof FetchException fe ? fe.status() : 0;
        String kind = err instanceof FetchException fe ? fe.kind() : err instanceof FeedParseException ? "parse"
                : "internal";
        String message = err instanceof FetchException || err instanceof FeedParseException
                ? err.getMessage() : "internal error: " + err;
        Duration wait = backoff.delay(feed.failures() + 1);
        if (err instanceof FetchException fe && fe.retryAfter() != null && fe.retryAfter().compareTo(wait) > 0) {
            wait = fe.retryAfter().compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : fe.retryAfter();
        }
        Meters.poll("error", took);
        Meters.error("poll", kind);
        logPoll(feed, status, 0, 0, took.toMillis(), message);
        return feeds.recordError(feed.id(), owner, message, status, Math.max(1, wait.toSeconds()), maxFailures)
                .compose(paused -> announce(feed.id(), paused ? "paused" : "error", message));
    }

    private Future<Void> moveIfPermanent(LeasedFeed feed, FetchResult result) {
        String target = result.permanentRedirect();
        if (target == null || target.equals(feed.url())) {
            return Future.succeededFuture();
        }
        return feeds.moveUrl(feed.id(), target).onSuccess(moved -> LOG.info(new JsonObject()
                .put("event", "feed-moved").put("feed", feed.id()).put("from", feed.url()).put("to", target)
                .put("moved", moved).encode())).mapEmpty();
    }

    private Future<PollReport> store(LeasedFeed feed, FetchResult result) {
        byte[] body = result.body().getBytes();
        String contentType = result.headers().get("content-type");
        return vertx.executeBlocking(() -> {
                    var parsed = FeedParser.parse(body, contentType, result.finalUrl());
                    String warnings = parsed.warnings().isEmpty() ? null : String.join("; ", parsed.warnings());
                    return new Parsed(parsed.title(), parsed.siteUrl(), FeedItemsToArticles.items(parsed), warnings);
                }, false)
                .compose(parsed -> checks.aliased(parsed.items().stream().map(ArticleStore.Item::url).toList())
                        .compose(aliases -> {
                            List<ArticleStore.Item> items = parsed.items().stream()
                                    .filter(i -> !aliases.contains(i.url())).toList();
                            String outlet = parsed.title() != null ? parsed.title() : hostOf(feed.url());
                            return articles.upsert(feed.id(), outlet, items)
                                    .compose(inserted -> feeds.recordOk(feed.id(), owner, parsed.title(),
                                                    parsed.siteUrl(), result.status(), result.headers().get("etag"),
                                                    result.headers().get("last-modified"), body.length,
                                                    parsed.warnings())
                                            .map(v -> new PollReport(result.status(), items.size(), inserted)));
                        }));
    }

    private static String header(FetchResult result, String name, String fallback) {
        String value = result.headers().get(name);
        return value != null ? value : fallback;
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
            LOG.info(line.encode());
        } else if (LOG.isLoggable(java.util.logging.Level.FINE)) {
            LOG.fine(line.encode());
        }
    }

    private static String hostOf(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** {@code warnings}: the parser's readable warnings joined by "; ", or null. */
    private record Parsed(String title, String siteUrl, List<ArticleStore.Item> items, String warnings) {
    }

    private record PollReport(int status, int items, int newArticles) {
    }
}
