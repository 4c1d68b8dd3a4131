package org.claimwatch.web;

import org.claimwatch.http.ApiErrors;
import org.claimwatch.http.Json;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.claimwatch.json.Jackson;
import org.claimwatch.articles.Comparison;
import org.claimwatch.live.LiveMessages;
import org.claimwatch.articles.ArticleStore;

import java.util.List;

/** REST: articles, their versions, and the stream of stored versions the live page catches up from. */
final class ArticlesApi {

    private final Vertx vertx;
    private final ArticleStore articles;

    ArticlesApi(Vertx vertx, ArticleStore articles) {
        this.vertx = vertx;
        this.articles = articles;
    }

    void mount(Router router) {
        router.get("/api/articles").handler(this::list);
        router.get("/api/articles/:id").handler(ctx -> articles.get(Json.pathId(ctx, "id"))
                .map(a -> a.orElseThrow(() -> ApiErrors.notFound("article"))).onSuccess(a -> Json.ok(ctx, a)).onFailure(ctx::fail));
        router.get("/api/articles/:id/versions").handler(ctx -> articles.versions(Json.pathId(ctx, "id"))
                .onSuccess(list -> Json.ok(ctx, list)).onFailure(ctx::fail));
        router.get("/api/versions/:id").handler(ctx -> articles.version(Json.pathId(ctx, "id"))
                .map(v -> v.orElseThrow(() -> ApiErrors.notFound("version"))).onSuccess(v -> Json.ok(ctx, v)).onFailure(ctx::fail));
        router.get("/api/articles/:id/changes").handler(ctx -> articles.changesOf(Json.pathId(ctx, "id"))
                .onSuccess(list -> Json.ok(ctx, list)).onFailure(ctx::fail));
        router.get("/api/articles/:id/compare").handler(this::compare);
        router.get("/api/events").handler(this::events);
        router.get("/api/changes").handler(this::changes);
    }

    /** Newest first; {@code next_before} is the cursor for the next page (null at the end). */
    private void list(RoutingContext ctx) {
        Long feed = Json.queryLong(ctx, "feed", null);
        long before = Json.queryLong(ctx, "before", Long.MAX_VALUE);
        int limit = Json.limit(ctx, 50, 500);
        articles.list(feed, before, limit).onSuccess(items -> Json.ok(ctx, new JsonObject()
                        .put("items", items)
                        .put("next_before", items.size() < limit ? null : items.get(items.size() - 1).getLong("id"))))
                .onFailure(ctx::fail);
    }

    /** Claim changes after the cursor {@code after}, oldest first: what the live page catches up from. */
    private void changes(RoutingContext ctx) {
        long after = Json.queryLong(ctx, "after", 0L);
        int limit = Json.limit(ctx, 200, 1000);
        articles.changesAfter(after, limit).onSuccess(items -> {
            long next = items.isEmpty() ? after : items.get(items.size() - 1).getLong("id");
            Json.ok(ctx, new JsonObject().put("items", items).put("next_after", next).put("more", items.size() == limit));
        }).onFailure(ctx::fail);
    }

    /** Two versions ({@code from}, {@code to}) compared on demand: alignment, sentences, headlines and typed changes. */
    private void compare(RoutingContext ctx) {
        long id = Json.pathId(ctx, "id");
        int from = Json.queryLong(ctx, "from", 1L).intValue();
        int to = Json.queryLong(ctx, "to", 2L).intValue();
        articles.versionTexts(id, from, to)
                .compose(texts -> {
                    if (!texts.containsKey(from) || !texts.containsKey(to)) {
                        return Future.failedFuture(ApiErrors.notFound("version"));
                    }
                    return vertx.executeBlocking(() -> Comparison.of(texts.get(from).getString("text"),
                            texts.get(to).getString("text"), texts.get(to).getString("published"),
                            texts.get(from).getString("headline"), texts.get(to).getString("headline")), false);
                })
                .onSuccess(c -> {
                    JsonObject body = new JsonObject(Jackson.write(java.util.Map.of("from", from, "to", to,
                            "before", c.before(), "after", c.after(), "alignment", c.diff().alignment(),
                            "changes", c.diff().changes())));
                    body.put("headlines", new JsonObject().put("before", c.headlineBefore())
                            .put("after", c.headlineAfter()));
                    Json.ok(ctx, body);
                })
                .onFailure(ctx::fail);
    }

    /** Stored versions after the cursor {@code after}, oldest first, in the live message shape. */
    private void events(RoutingContext ctx) {
        long after = Json.queryLong(ctx, "after", 0L);
        int limit = Json.limit(ctx, 200, 1000);
        articles.versionsAfter(after, limit).onSuccess(rows -> {
            List<JsonObject> items = rows.stream().map(LiveMessages::version).toList();
            long next = items.isEmpty() ? after : items.get(items.size() - 1).getLong("id");
            Json.ok(ctx, new JsonObject().put("items", items).put("next_after", next)
                    .put("more", items.size() == limit));
        }).onFailure(ctx::fail);
    }
}
