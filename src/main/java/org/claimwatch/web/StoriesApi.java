package org.claimwatch.web;

import org.claimwatch.http.Json;
import org.claimwatch.http.ApiErrors;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.claimwatch.bus.Addresses;
import org.claimwatch.stories.pipeline.StoryStore;

import java.util.ArrayList;
import java.util.List;

/** REST: stories, one story's timeline and claim groups, and the editor's corrections (merge, split, rename, pin). */
final class StoriesApi {

    private static final int MAX_TITLE = 300;

    private final Vertx vertx;
    private final StoryStore stories;

    StoriesApi(Vertx vertx, StoryStore stories) {
        this.vertx = vertx;
        this.stories = stories;
    }

    void mount(Router router) {
        router.get("/api/stories").handler(ctx -> stories.list(Json.limit(ctx, 100, 500))
                .onSuccess(items -> Json.ok(ctx, new JsonObject().put("items", items))).onFailure(ctx::fail));
        router.get("/api/stories/:id").handler(ctx -> stories.get(Json.pathId(ctx, "id"))
                .map(s -> s.orElseThrow(() -> ApiErrors.notFound("story")))
                .onSuccess(s -> Json.ok(ctx, s)).onFailure(ctx::fail));
        router.post("/api/stories/:id/merge").handler(this::merge);
        router.post("/api/stories/:id/split").handler(this::split);
        router.patch("/api/stories/:id").handler(this::update);
    }

    private void merge(RoutingContext ctx) {
        long id = Json.pathId(ctx, "id");
        Object into = Json.body(ctx).getValue("into");
        if (!(into instanceof Number n) || n.longValue() <= 0) {
            throw ApiErrors.badRequest("into must be a story id");
        }
        if (n.longValue() == id) {
            throw ApiErrors.badRequest("a story cannot be merged into itself");
        }
        stories.get(n.longValue()).compose(target -> {
            if (target.isEmpty() || target.get().getValue("merged_into") != null) {
                throw ApiErrors.notFound("target story");
            }
            return stories.merge(id, n.longValue());
        }).map(merged -> {
            if (!merged) {
                throw ApiErrors.notFound("story");
            }
            corrected();
            return n.longValue();
        }).compose(stories::get).onSuccess(s -> Json.ok(ctx, s.orElseThrow())).onFailure(ctx::fail);
    }

    private void split(RoutingContext ctx) {
        long id = Json.pathId(ctx, "id");
        JsonObject body = Json.body(ctx);
        Object raw = body.getValue("article_ids");
        if (!(raw instanceof JsonArray array) || array.isEmpty() || array.size() > 1000) {
            throw ApiErrors.badRequest("article_ids must be a non-empty array of article ids");
        }
        List<Long> ids = new ArrayList<>();
        for (Object o : array) {
            if (!(o instanceof Number n)) {
                throw ApiErrors.badRequest("article_ids must be numbers");
            }
            ids.add(n.longValue());
        }
        String title = title(body.getValue("title"));
        stories.split(id, ids, title == null ? "Split of story " + id : title).map(created -> {
            if (created.isEmpty()) {
                throw ApiErrors.notFound("articles of story " + id);
            }
            corrected();
            return created.get();
        }).compose(stories::get).onSuccess(s -> Json.send(ctx, 201, s.orElseThrow())).onFailure(ctx::fail);
    }

    private void update(RoutingContext ctx) {
        long id = Json.pathId(ctx, "id");
        JsonObject body = Json.body(ctx);
        String title = title(body.getValue("title"));
        Object pinned = body.getValue("pinned");
        if (pinned != null && !(pinned instanceof Boolean)) {
            throw ApiErrors.badRequest("pinned must be true or false");
        }
        if (title == null && pinned == null) {
            throw ApiErrors.badRequest("nothing to change: give title and/or pinned");
        }
        stories.update(id, title, (Boolean) pinned).map(found -> {
            if (!found) {
                throw ApiErrors.notFound("story");
            }
            corrected();
            return id;
        }).compose(stories::get).onSuccess(s -> Json.ok(ctx, s.orElseThrow())).onFailure(ctx::fail);
    }

    private static String title(Object raw) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String s) || s.isBlank() || s.length() > MAX_TITLE) {
            throw ApiErrors.badRequest("title must be a non-empty string of at most " + MAX_TITLE + " characters");
        }
        return s.strip();
    }

    private void corrected() {
        vertx.eventBus().publish(Addresses.STORIES_CORRECTED, null);
    }
}
