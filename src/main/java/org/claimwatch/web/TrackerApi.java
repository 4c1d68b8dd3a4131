package org.claimwatch.web;

import org.claimwatch.http.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.claimwatch.live.LiveMessages;
import org.claimwatch.tracker.TrackerStore;

import java.util.List;

/**
 * REST for the tracker page: newest-first pages of changes and versions ({@code ?before=}), the per-hour chart,
 * the per-day sparklines and an article's version timeline. Mounted before {@link ArticlesApi}: requests to
 * {@code /api/changes} and {@code /api/events} without {@code before} fall through to its oldest-first catch-up.
 */
final class TrackerApi {

    private final TrackerStore store;

    TrackerApi(TrackerStore store) {
        this.store = store;
    }

    void mount(Router router) {
        router.get("/api/changes").handler(this::changesBefore);
        router.get("/api/events").handler(this::versionsBefore);
        router.get("/api/stats/changes-per-hour").handler(ctx -> {
            int hours = (int) Math.max(1, Math.min(168, Json.queryLong(ctx, "hours", 24L)));
            store.changesPerHour(hours).onSuccess(b -> Json.ok(ctx, new JsonObject().put("hours", b)))
                    .onFailure(ctx::fail);
        });
        router.get("/api/stats/versions-per-day").handler(ctx -> {
            int days = (int) Math.max(1, Math.min(90, Json.queryLong(ctx, "days", 14L)));
            store.versionsPerDay(days).onSuccess(f -> Json.ok(ctx, new JsonObject().put("days", days).put("feeds", f)))
                    .onFailure(ctx::fail);
        });
        router.get("/api/articles/:id/timeline").handler(ctx -> store.timeline(Json.pathId(ctx, "id"))
                .onSuccess(list -> Json.ok(ctx, list)).onFailure(ctx::fail));
    }

    /** {@code ?before=ID&limit=&feed=&article=}: newest first; {@code next_before} is null at the end. */
    private void changesBefore(RoutingContext ctx) {
        if (!hasBefore(ctx)) {
            ctx.next();
            return;
        }
        long before = cursor(ctx);
        int limit = Json.limit(ctx, 200, 1000);
        store.changesBefore(before, Json.queryLong(ctx, "feed", null), Json.queryLong(ctx, "article", null), limit)
                .onSuccess(items -> Json.ok(ctx, page(items, limit))).onFailure(ctx::fail);
    }

    /** {@code ?before=ID&limit=}: stored versions newest first, in the live message shape. */
    private void versionsBefore(RoutingContext ctx) {
        if (!hasBefore(ctx)) {
            ctx.next();
            return;
        }
        long before = cursor(ctx);
        int limit = Json.limit(ctx, 200, 1000);
        store.versionsBefore(before, limit)
                .onSuccess(rows -> Json.ok(ctx, page(rows.stream().map(LiveMessages::version).toList(), limit)))
                .onFailure(ctx::fail);
    }

    private static boolean hasBefore(RoutingContext ctx) {
        return ctx.request().getParam("before") != null;
    }

    /** An empty {@code before} means "from the newest". */
    private static long cursor(RoutingContext ctx) {
        return Json.queryLong(ctx, "before", Long.MAX_VALUE);
    }

    private static JsonObject page(List<JsonObject> items, int limit) {
        return new JsonObject().put("items", items)
                .put("next_before", items.size() < limit ? null : items.get(items.size() - 1).getLong("id"));
    }
}
