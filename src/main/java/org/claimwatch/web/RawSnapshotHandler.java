package org.claimwatch.web;

import org.claimwatch.http.Json;
import org.claimwatch.http.ApiErrors;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.claimwatch.tracker.TrackerStore;

import java.io.ByteArrayInputStream;
import java.util.zip.GZIPInputStream;

/**
 * {@code GET /api/versions/{id}/raw}: the stored page as fetched, served as an inert text download (text/plain,
 * attachment, sandboxed CSP) so a browser never renders or runs it.
 */
final class RawSnapshotHandler {

    static final String SANDBOX_CSP = "sandbox; default-src 'none'";

    private final Vertx vertx;
    private final TrackerStore store;

    RawSnapshotHandler(Vertx vertx, TrackerStore store) {
        this.vertx = vertx;
        this.store = store;
    }

    void mount(Router router) {
        router.get("/api/versions/:id/raw").handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        long id = Json.pathId(ctx, "id");
        store.raw(id)
                .compose(found -> {
                    var raw = found.orElseThrow(() -> ApiErrors.notFound("version"));
                    if (raw.gzipped() == null) {
                        return Future.failedFuture(ApiErrors.notFound("raw snapshot"));
                    }
                    String name = "article-" + raw.articleId() + "-v" + raw.versionNo() + ".html.txt";
                    return vertx.executeBlocking(() -> gunzip(raw.gzipped()), false)
                            .onSuccess(bytes -> ctx.response()
                                    .putHeader("content-type", "text/plain; charset=utf-8")
                                    .putHeader("content-disposition", "attachment; filename=\"" + name + "\"")
                                    .putHeader("content-security-policy", SANDBOX_CSP)
                                    .putHeader("x-content-type-options", "nosniff")
                                    .end(Buffer.buffer(bytes)));
                })
                .onFailure(ctx::fail);
    }

    private static byte[] gunzip(byte[] gzipped) throws java.io.IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
