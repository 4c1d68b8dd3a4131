package org.claimwatch.web;

import org.claimwatch.http.Json;
import org.claimwatch.http.ApiErrors;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.claimwatch.bus.Addresses;
import org.claimwatch.alerts.DeliveryStore;

import java.util.List;

/** REST: the webhook delivery log, dead letters, each delivery's attempts, and redelivery. */
final class DeliveriesApi {

    private static final List<String> STATUSES = List.of("pending", "delivered", "dead");

    private final Vertx vertx;
    private final DeliveryStore deliveries;

    DeliveriesApi(Vertx vertx, DeliveryStore deliveries) {
        this.vertx = vertx;
        this.deliveries = deliveries;
    }

    void mount(Router router) {
        router.get("/api/deliveries").handler(ctx -> {
            String status = ctx.request().getParam("status");
            if (status != null && !STATUSES.contains(status)) {
                throw ApiErrors.badRequest("status must be pending, delivered or dead");
            }
            page(ctx, deliveries, null, status);
        });
        router.get("/api/deliveries/:id/attempts").handler(ctx -> deliveries.attempts(Json.pathId(ctx, "id"))
                .onSuccess(list -> Json.ok(ctx, list)).onFailure(ctx::fail));
        router.post("/api/deliveries/:id/redeliver").handler(ctx -> deliveries.redeliver(Json.pathId(ctx, "id"))
                .onSuccess(ok -> {
                    if (!ok) {
                        ctx.fail(ApiErrors.notFound("delivery"));
                        return;
                    }
                    vertx.eventBus().send(Addresses.ALERTS_DISPATCH, null);
                    Json.ok(ctx, new JsonObject().put("id", Json.pathId(ctx, "id")).put("status", "pending"));
                }).onFailure(ctx::fail));
    }

    /** One page of the delivery log, newest first: {@code {items, next_before}}. */
    static void page(RoutingContext ctx, DeliveryStore deliveries, Long subscriptionId, String status) {
        long before = Json.queryLong(ctx, "before", Long.MAX_VALUE);
        int limit = Json.limit(ctx, 50, 200);
        deliveries.list(subscriptionId, status, before, limit).onSuccess(items -> {
            Long next = items.size() < limit ? null : items.get(items.size() - 1).getLong("id");
            Json.ok(ctx, new JsonObject().put("items", items).put("next_before", next));
        }).onFailure(ctx::fail);
    }
}
