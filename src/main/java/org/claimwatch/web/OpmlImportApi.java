package org.claimwatch.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.LocalMap;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.pgclient.PgException;
import org.claimwatch.bus.Addresses;
import org.claimwatch.feeds.parse.FeedParseException;
import org.claimwatch.feeds.parse.OpmlReader;
import org.claimwatch.http.ApiErrors;
import org.claimwatch.http.Json;
import org.claimwatch.feeds.FeedStore;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Server-side OPML import. {@code POST /api/feeds/opml} takes the file (the raw body, or the first part of a
 * multipart upload), answers 202 at once with the job; the feeds are then added one after another (duplicates
 * skipped and reported, each failure with its reason) while the job's progress is published on
 * {@link Addresses#LIVE_OPML} and kept for {@code GET /api/feeds/opml/{id}}. A file that is not OPML gets a 400.
 * Jobs live in this process's shared memory (all HTTP instances see them; they do not survive a restart).
 */
final class OpmlImportApi {

    static final String JOBS = "claimwatch.opml.jobs";

    private final Vertx vertx;
    private final FeedStore feeds;
    private final FeedsApi adder;
    private final int defaultInterval;

    OpmlImportApi(Vertx vertx, FeedStore feeds, FeedsApi adder, int defaultInterval) {
        this.vertx = vertx;
        this.feeds = feeds;
        this.adder = adder;
        this.defaultInterval = defaultInterval;
    }

    void mount(Router router) {
        router.post("/api/feeds/opml").handler(this::start);
        router.get("/api/feeds/opml/:id").handler(ctx -> {
            JsonObject job = jobs().get(ctx.pathParam("id"));
            if (job == null) {
                throw ApiErrors.notFound("OPML import");
            }
            Json.ok(ctx, job);
        });
    }

    private LocalMap<String, JsonObject> jobs() {
        return vertx.sharedData().getLocalMap(JOBS);
    }

    private void start(RoutingContext ctx) {
        int interval = adder.interval(Json.queryLong(ctx, "interval_seconds", (long) defaultInterval).intValue(), defaultInterval);
        Buffer file = upload(ctx);
        vertx.executeBlocking(() -> OpmlReader.read(file.toString(StandardCharsets.UTF_8)), false)
                .recover(err -> Future.failedFuture(err instanceof FeedParseException
                        ? ApiErrors.badRequest(err.getMessage()) : err))
                .compose(entries -> entries.isEmpty()
                        ? Future.failedFuture(ApiErrors.badRequest("the OPML file lists no feed (no outline with an xmlUrl)"))
                        : Future.succeededFuture(entries))
                .onSuccess(entries -> {
                    String id = UUID.randomUUID().toString();
                    JsonObject job = new JsonObject().put("id", id).put("total", entries.size()).put("done", 0)
                            .put("failed", 0).put("skipped", 0).put("added", 0).put("errors", new JsonArray())
                            .put("finished", false).put("started_at", Instant.now().toString());
                    jobs().put(id, job);
                    Json.send(ctx, 202, job);
                    feeds.list().map(list -> {
                        Set<String> present = new HashSet<>();
                        list.forEach(f -> present.add(f.getString("url")));
                        return present;
                    }).compose(present -> run(job, entries, present, interval, 0))
                            .onComplete(ar -> {
                                if (ar.failed()) {
                                    job.put("error", String.valueOf(ar.cause().getMessage()));
                                }
                                job.put("finished", true).put("finished_at", Instant.now().toString());
                                publish(job);
                                vertx.eventBus().send(Addresses.FEEDS_POLL, null);
                            });
                })
                .onFailure(ctx::fail);
    }

    private static Buffer upload(RoutingContext ctx) {
        List<FileUpload> uploads = ctx.fileUploads();
        if (!uploads.isEmpty()) {
            throw ApiErrors.badRequest("send the OPML file as the request body (Content-Type: text/x-opml)");
        }
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        if (body == null || body.length() == 0) {
            throw ApiErrors.badRequest("send the OPML file as the request body");
        }
        return body;
    }

    /** Adds entry {@code at}, records the outcome, publishes the progress, then goes on with the next. */
    private Future<Void> run(JsonObject job, List<OpmlReader.Entry> entries, Set<String> present, int interval, int at) {
        if (at >= entries.size()) {
            return Future.succeededFuture();
        }
        String url = entries.get(at).url();
        Future<Void> one;
        if (present.contains(url)) {
            job.put("skipped", job.getInteger("skipped") + 1);
            job.getJsonArray("errors").add(new JsonObject().put("url", url).put("error", "already present, skipped")
                    .put("duplicate", true));
            one = Future.succeededFuture();
        } else {
            one = adder.addWithoutProbe(url, interval).transform(ar -> {
                if (ar.succeeded()) {
                    present.add(url);
                    job.put("added", job.getInteger("added") + 1);
                } else {
                    boolean duplicate = ar.cause() instanceof PgException pg && "23505".equals(pg.getSqlState());
                    job.put(duplicate ? "skipped" : "failed", job.getInteger(duplicate ? "skipped" : "failed") + 1);
                    job.getJsonArray("errors").add(new JsonObject().put("url", url).put("duplicate", duplicate)
                            .put("error", duplicate ? "already present, skipped" : String.valueOf(ar.cause().getMessage())));
                }
                return Future.<Void>succeededFuture();
            });
        }
        return one.compose(v -> {
            job.put("done", at + 1);
            publish(job);
            return run(job, entries, present, interval, at + 1);
        });
    }

    private void publish(JsonObject job) {
        JsonObject copy = job.copy();
        jobs().put(job.getString("id"), copy);
        vertx.eventBus().publish(Addresses.LIVE_OPML, new JsonObject().put("items", new JsonArray().add(copy)));
    }
}
