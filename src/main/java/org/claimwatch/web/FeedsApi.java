package org.claimwatch.web;

import org.claimwatch.config.Settings;
import org.claimwatch.http.Json;
import org.claimwatch.http.ApiErrors;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.claimwatch.bus.Addresses;
import org.claimwatch.feeds.FeedFinder;
import org.claimwatch.net.FetchException;
import org.claimwatch.net.HttpFetcher;
import org.claimwatch.net.BlockedAddressException;
import org.claimwatch.net.NetworkGuard;
import org.claimwatch.feeds.FeedStore;
import org.claimwatch.articles.ArticleStore;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * REST: list, add, change, pause and remove feeds; discover the feeds of a site ({@code POST /api/feeds/discover}).
 * Adding a web page instead of a feed answers 422 with the feeds the page offers.
 */
final class FeedsApi {

    private static final long PROBE_TIMEOUT_MS = 5000;

    private final Vertx vertx;
    private final FeedStore feeds;
    private final ArticleStore articles;
    private final NetworkGuard guard;
    private final int defaultInterval;
    private final int minInterval;
    private final FeedFinder finder;

    FeedsApi(Vertx vertx, FeedStore feeds, ArticleStore articles, JsonObject config) {
        this.vertx = vertx;
        this.feeds = feeds;
        this.articles = articles;
        Settings settings = Settings.of(config);
        this.guard = NetworkGuard.of(settings.netAllow());
        this.defaultInterval = settings.poll().defaultIntervalSeconds();
        this.minInterval = settings.poll().minIntervalSeconds();
        this.finder = new FeedFinder(vertx, new HttpFetcher(vertx, config));
    }

    void mount(Router router) {
        new OpmlImportApi(vertx, feeds, this, defaultInterval).mount(router);
        router.get("/api/feeds").handler(ctx -> feeds.list().onSuccess(list -> Json.ok(ctx, list)).onFailure(ctx::fail));
        router.post("/api/feeds").handler(this::create);
        router.post("/api/feeds/discover").handler(this::discover);
        // article re-checks answered 304, and the bytes they saved, per host (per feed: in each feed)
        router.get("/api/feeds/recheck-hosts").handler(ctx -> articles.recheckHosts()
                .onSuccess(list -> Json.ok(ctx, list)).onFailure(ctx::fail));
        router.get("/api/feeds/:id").handler(ctx -> feeds.get(Json.pathId(ctx, "id"))
                .map(f -> f.orElseThrow(() -> ApiErrors.notFound("feed"))).onSuccess(f -> Json.ok(ctx, f)).onFailure(ctx::fail));
        router.patch("/api/feeds/:id").handler(this::update);
        router.delete("/api/feeds/:id").handler(ctx -> feeds.delete(Json.pathId(ctx, "id"))
                .onSuccess(found -> {
                    if (!found) {
                        ctx.fail(ApiErrors.notFound("feed"));
                    } else {
                        ctx.response().setStatusCode(204).end();
                    }
                }).onFailure(ctx::fail));
    }

    private void create(RoutingContext ctx) {
        JsonObject body = Json.body(ctx);
        String url = body.getString("url", "").strip();
        int interval = interval(body.getValue("interval_seconds"), defaultInterval);
        boolean force = Boolean.TRUE.equals(body.getValue("force"));
        checkUrl(url)
                .compose(v -> force ? Future.succeededFuture() : refuseWebPage(url))
                .compose(v -> feeds.insert(url, interval))
                .compose(feeds::get)
                .onSuccess(feed -> {
                    vertx.eventBus().send(Addresses.FEEDS_POLL, null);
                    Json.send(ctx, 201, feed.orElseThrow());
                })
                .onFailure(ctx::fail);
    }

    private void discover(RoutingContext ctx) {
        String url = Json.body(ctx).getString("url", "").strip();
        checkUrl(url)
                .compose(v -> finder.find(url, true))
                .onSuccess(found -> Json.ok(ctx, found.toJson()))
                .onFailure(err -> ctx.fail(err instanceof FetchException ? new ApiErrors.ApiException(422,
                        "could not fetch " + url + ": " + err.getMessage()) : err));
    }

    /** Checks the URL and adds it as a feed without probing it (OPML import): the new feed's id. */
    Future<Long> addWithoutProbe(String url, int interval) {
        return checkUrl(url).compose(v -> feeds.insert(url, interval));
    }

    /**
     * A URL that answers with a web page is not added: 422 with the feeds it links (an empty list when it links
     * none) instead.
     */
    private Future<Void> refuseWebPage(String url) {
        return finder.find(url, false).timeout(PROBE_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .transform(ar -> {
                    if (ar.succeeded() && !ar.result().isFeed()) {
                        return Future.failedFuture(new WebPageException(ar.result()));
                    }
                    // a feed, or unreachable now: add it and let the poller report
                    return Future.succeededFuture();
                });
    }

    /** 422 with the feeds a page offers. */
    static void handleWebPage(RoutingContext ctx) {
        if (ctx.failure() instanceof WebPageException page && !ctx.response().ended()) {
            Json.send(ctx, 422, page.found.toJson().put("error", page.found.candidates().isEmpty()
                    ? "this URL is not a feed and links none (a web page that links no feed): polling it would find no "
                    + "articles (send force: true to add it anyway)"
                    : "this URL is a web page, not a feed; add one of its feeds instead (or send force: true)"));
        } else {
            ctx.next();
        }
    }

    private static final class WebPageException extends RuntimeException {
        private final FeedFinder.Found found;

        WebPageException(FeedFinder.Found found) {
            super("web page, not a feed", null, false, false);
            this.found = found;
        }
    }

    private void update(RoutingContext ctx) {
        long id = Json.pathId(ctx, "id");
        JsonObject body = Json.body(ctx);
        Integer interval = body.containsKey("interval_seconds") ? interval(body.getValue("interval_seconds"), 0) : null;
        Object paused = body.getValue("paused");
        if (paused != null && !(paused instanceof Boolean)) {
            throw ApiErrors.badRequest("paused must be true or false");
        }
        feeds.update(id, interval, (Boolean) paused)
                .compose(found -> found ? feeds.get(id) : Future.failedFuture(ApiErrors.notFound("feed")))
                .onSuccess(feed -> {
                    vertx.eventBus().send(Addresses.FEEDS_POLL, null);
                    Json.ok(ctx, feed.orElseThrow());
                })
                .onFailure(ctx::fail);
    }

    int interval(Object value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number n) || n.intValue() < minInterval || n.intValue() > 7 * 24 * 3600) {
            throw ApiErrors.badRequest("interval_seconds must be a number between " + minInterval + " and 604800");
        }
        return n.intValue();
    }

    /** The URL must be http(s) and must not resolve to a private address unless allowed. */
    private Future<Void> checkUrl(String url) {
        URI uri;
        try {
            uri = HttpUrls.requireAbsoluteHttp(url, "the feed URL");
        } catch (ApiErrors.ApiException e) {
            return Future.failedFuture(e);
        }
        return vertx.executeBlocking(() -> {
            try {
                guard.check(url, Arrays.asList(InetAddress.getAllByName(uri.getHost())));
                return null;
            } catch (UnknownHostException e) {
                throw ApiErrors.badRequest("unknown host " + uri.getHost());
            } catch (BlockedAddressException e) {
                throw ApiErrors.badRequest(e.getMessage());
            }
        }, false);
    }
}
