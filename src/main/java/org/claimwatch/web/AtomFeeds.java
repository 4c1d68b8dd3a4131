package org.claimwatch.web;

import org.claimwatch.http.Json;
import org.claimwatch.http.ApiErrors;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.claimwatch.articles.ArticleStore;
import org.claimwatch.feeds.FeedStore;
import org.claimwatch.tracker.AtomWriter;
import org.claimwatch.tracker.ChangeEntry;
import org.claimwatch.tracker.TrackerStore;

import java.time.Instant;
import java.util.List;

/**
 * Atom 1.0 feeds of claim changes: all ({@code /api/atom/changes}), per feed and per article; newest first, 100 entries
 * a page ({@code ?limit=} fewer), older pages through {@code ?before=ID} and each page's {@code rel="next"} link
 * (RFC 5005 paged feeds).
 */
final class AtomFeeds {

    private static final int ENTRIES = 100;

    private final TrackerStore tracker;
    private final FeedStore feeds;
    private final ArticleStore articles;

    AtomFeeds(TrackerStore tracker, FeedStore feeds, ArticleStore articles) {
        this.tracker = tracker;
        this.feeds = feeds;
        this.articles = articles;
    }

    void mount(Router router) {
        router.get("/api/atom/changes").handler(ctx -> tracker.changesBefore(before(ctx), null, null, limit(ctx))
                .onSuccess(items -> send(ctx, "urn:claimwatch:changes", "claimwatch: all claim changes", "#/", items))
                .onFailure(ctx::fail));
        router.get("/api/atom/feeds/:id").handler(ctx -> {
            long id = Json.pathId(ctx, "id");
            feeds.get(id)
                    .compose(f -> f.isEmpty() ? Future.failedFuture(ApiErrors.notFound("feed"))
                            : tracker.changesBefore(before(ctx), id, null, limit(ctx)).map(items -> {
                                String name = f.get().getString("title") != null ? f.get().getString("title")
                                        : f.get().getString("url");
                                send(ctx, "urn:claimwatch:changes:feed:" + id, "claimwatch: claim changes in " + name,
                                        "#/feeds", items);
                                return null;
                            }))
                    .onFailure(ctx::fail);
        });
        router.get("/api/atom/articles/:id").handler(ctx -> {
            long id = Json.pathId(ctx, "id");
            articles.get(id)
                    .compose(a -> a.isEmpty() ? Future.failedFuture(ApiErrors.notFound("article"))
                            : tracker.changesBefore(before(ctx), null, id, limit(ctx)).map(items -> {
                                String name = a.get().getString("title") != null ? a.get().getString("title")
                                        : a.get().getString("url");
                                send(ctx, "urn:claimwatch:changes:article:" + id, "claimwatch: claim changes in " + name,
                                        "#/articles/" + id, items);
                                return null;
                            }))
                    .onFailure(ctx::fail);
        });
    }

    private static long before(RoutingContext ctx) {
        return Json.queryLong(ctx, "before", Long.MAX_VALUE);
    }

    private static int limit(RoutingContext ctx) {
        return Json.limit(ctx, ENTRIES, ENTRIES);
    }

    private static void send(RoutingContext ctx, String feedId, String title, String pageFragment,
                             List<JsonObject> items) {
        String base = baseUrl(ctx);
        String path = base + ctx.request().path();
        String self = ctx.request().query() == null ? path : path + "?" + ctx.request().query();
        int limit = limit(ctx);
        String next = items.size() < limit ? null : path + "?before=" + items.get(items.size() - 1).getLong("id")
                + (limit == ENTRIES ? "" : "&limit=" + limit);
        String xml = AtomWriter.write(feedId, title, self, base + "/" + pageFragment,
                items.stream().map(AtomFeeds::entry).toList(), Instant.EPOCH, next);
        ctx.response().putHeader("content-type", "application/atom+xml; charset=utf-8").end(xml);
    }

    private static String baseUrl(RoutingContext ctx) {
        String scheme = ctx.request().scheme();
        String host = ctx.request().authority() == null ? "localhost" : ctx.request().authority().toString();
        return scheme + "://" + host;
    }

    static ChangeEntry entry(JsonObject c) {
        return new ChangeEntry(c.getLong("id"), c.getLong("article_id"), c.getString("kind"), c.getString("title"),
                c.getString("url"), c.getString("outlet"), c.getString("before"), c.getString("after"),
                c.getDouble("significance"), Instant.parse(c.getString("created_at")),
                c.getInteger("from_version"), c.getInteger("to_version"));
    }
}
