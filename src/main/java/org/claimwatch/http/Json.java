package org.claimwatch.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/** Small helpers for JSON requests and responses. */
public final class Json {

    private Json() {
    }

    public static void ok(RoutingContext ctx, Object body) {
        send(ctx, 200, body);
    }

    public static void send(RoutingContext ctx, int status, Object body) {
        String encoded = body instanceof List<?> list ? new JsonArray(list).encode()
                : body instanceof JsonObject o ? o.encode() : String.valueOf(body);
        ctx.response().setStatusCode(status).putHeader("content-type", "application/json").end(encoded);
    }

    public static JsonObject body(RoutingContext ctx) {
        try {
            JsonObject body = ctx.body().asJsonObject();
            if (body == null) {
                throw ApiErrors.badRequest("a JSON object body is required");
            }
            return body;
        } catch (io.vertx.core.json.DecodeException | ClassCastException e) {
            throw ApiErrors.badRequest("the body is not a JSON object");
        }
    }

    public static long pathId(RoutingContext ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw ApiErrors.badRequest(name + " must be a number");
        }
    }

    public static Long queryLong(RoutingContext ctx, String name, Long fallback) {
        String v = ctx.request().getParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiErrors.badRequest(name + " must be a number");
        }
    }

    public static int limit(RoutingContext ctx, int fallback, int max) {
        long l = queryLong(ctx, "limit", (long) fallback);
        return (int) Math.max(1, Math.min(max, l));
    }
}
