package org.claimwatch.web;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import org.claimwatch.http.Json;
import org.claimwatch.http.StageStatus;

/** {@code /health}: 200 when the database answers and every stage is deployed, 503 otherwise. */
final class HealthHandler implements Handler<RoutingContext> {

    private final Vertx vertx;
    private final Pool pool;

    HealthHandler(Vertx vertx, Pool pool) {
        this.vertx = vertx;
        this.pool = pool;
    }

    @Override
    public void handle(RoutingContext ctx) {
        JsonObject stages = StageStatus.snapshot(vertx);
        pool.query("SELECT 1").execute().onComplete(ar -> {
            boolean db = ar.succeeded();
            boolean deployed = stages.getBoolean("complete", false);
            JsonObject body = new JsonObject()
                    .put("status", db && deployed ? "UP" : "DOWN")
                    .put("database", db ? "UP" : "DOWN: " + ar.cause().getMessage())
                    .put("verticles", stages.getJsonObject("stages", new JsonObject()));
            Json.send(ctx, db && deployed ? 200 : 503, body);
        });
    }
}
