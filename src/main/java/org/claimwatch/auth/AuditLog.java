package org.claimwatch.auth;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.claimwatch.http.Json;

import java.util.List;
import java.util.logging.Logger;

/**
 * Records every successful change made through the API (who, what, when) and serves the log to admins.
 * Only allow-listed, non-secret request fields are kept as detail.
 */
public final class AuditLog implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger("claimwatch.audit");
    private static final List<String> DETAIL_FIELDS = List.of("url", "name", "username", "role", "title", "paused",
            "active", "interval_seconds", "disabled", "format", "into");

    private final AuthStore store;

    public AuditLog(AuthStore store) {
        this.store = store;
    }

    public void mount(Router router) {
        router.route("/api/*").handler(this);
        router.get("/api/audit").handler(ctx -> store.auditLog(Json.queryLong(ctx, "before", Long.MAX_VALUE),
                        Json.limit(ctx, 100, 1000))
                .onSuccess(items -> Json.ok(ctx, new JsonObject().put("items", items)
                        .put("next_before", items.isEmpty() ? null : items.get(items.size() - 1).getLong("id"))))
                .onFailure(ctx::fail));
    }

    @Override
    public void handle(RoutingContext ctx) {
        String method = ctx.request().method().name();
        String path = ctx.normalizedPath();
        if (!"GET".equals(method) && !"HEAD".equals(method) && !path.startsWith("/api/session")) {
            ctx.addEndHandler(v -> {
                int status = ctx.response().getStatusCode();
                if (status < 400) {
                    String[] parts = path.split("/");
                    String type = parts.length > 2 ? parts[2] : null;
                    String id = parts.length > 3 ? parts[3] : null;
                    Principal who = AuthHandler.principal(ctx).orElse(null);
                    store.audit(who, method + " " + path, type, id, detail(ctx), status)
                            .onFailure(err -> LOG.warning("audit record failed: " + err.getMessage()));
                }
            });
        }
        ctx.next();
    }

    private static String detail(RoutingContext ctx) {
        try {
            JsonObject body = ctx.body() == null ? null : ctx.body().asJsonObject();
            if (body == null) {
                return null;
            }
            JsonObject kept = new JsonObject();
            DETAIL_FIELDS.forEach(f -> {
                if (body.containsKey(f)) {
                    kept.put(f, body.getValue(f));
                }
            });
            return kept.isEmpty() ? null : kept.encode();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
