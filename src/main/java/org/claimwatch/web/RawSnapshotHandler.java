package org.claimwatch.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
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
                    return vertx.executeBlocking(() -> {
                        try (var in = new GZIPInputStream(new ByteArrayInputStream(raw.gzipped()))) {
                            return in.readAllBytes();
                        }
                    }, false).map(bytes -> new Object[] {raw, bytes});
                })
                .onSuccess(pair -> {
                    var raw = (TrackerStore.RawSnapshot) pair[0];
                    byte[] bytes = (byte[]) pair[1];
                    ctx.response()
                            .putHeader("content-type", "text/plain; charset=utf-8")
                            .putHeader("content-disposition", "attachment; filename=\"article-" + raw.articleId()
                                    + "-v" + raw.versionNo() + ".html.txt\"")
                            .putHeader("content-security-policy", SANDBOX_CSP)
                            .putHeader("x-content-type-options", "nosniff")
                            .end(io.vertx.core.buffer.Buffer.buffer(bytes));
                })
                .onFailure(ctx::fail);
    }
}
