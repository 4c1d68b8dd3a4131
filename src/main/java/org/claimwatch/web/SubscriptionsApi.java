package org.claimwatch.web;

import org.claimwatch.config.Settings;
import org.claimwatch.http.ApiErrors;
import org.claimwatch.http.Json;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.claimwatch.alerts.AlertFilter;
import org.claimwatch.alerts.AlertOutbox;
import org.claimwatch.alerts.AlertPayloads;
import org.claimwatch.alerts.Deliverer;
import org.claimwatch.alerts.DeliveryStore;
import org.claimwatch.alerts.SubscriptionStore;
import org.claimwatch.alerts.WebhookSender;
import org.claimwatch.alerts.TargetUrls;
import org.claimwatch.alerts.WebhookSignature;
import org.claimwatch.auth.AuthHandler;
import org.claimwatch.auth.Role;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** REST: webhook subscriptions (create shows the secret once), secret rotation and "send test". */
final class SubscriptionsApi {

    private static final List<String> FORMATS = List.of("claimwatch", "slack");

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final WebhookSender sender;
    private final Deliverer deliverer;
    private final double overlapSeconds;

    SubscriptionsApi(Vertx vertx, io.vertx.sqlclient.Pool pool, JsonObject config) {
        this.subscriptions = new SubscriptionStore(pool, Deliverer.secretBox(config));
        this.deliveries = new DeliveryStore(pool, Deliverer.secretBox(config));
        this.sender = Deliverer.sender(vertx, config);
        this.deliverer = new Deliverer(deliveries, sender, Deliverer.schedule(config));
        this.overlapSeconds = Settings.of(config).alerts().secretOverlapSeconds();
    }

    void mount(Router router) {
        router.get("/api/subscriptions").handler(ctx -> subscriptions.list()
                .onSuccess(list -> Json.ok(ctx, list.stream().map(sub -> forCaller(ctx, sub)).toList()))
                .onFailure(ctx::fail));
        router.post("/api/subscriptions").handler(this::create);
        router.get("/api/subscriptions/:id").handler(ctx -> found(subscriptions.get(Json.pathId(ctx, "id")))
                .onSuccess(s -> Json.ok(ctx, forCaller(ctx, s))).onFailure(ctx::fail));
        router.patch("/api/subscriptions/:id").handler(this::update);
        router.delete("/api/subscriptions/:id").handler(ctx -> subscriptions.delete(Json.pathId(ctx, "id"))
                .onSuccess(ok -> {
                    if (ok) {
                        ctx.response().setStatusCode(204).end();
                    } else {
                        ctx.fail(ApiErrors.notFound("subscription"));
                    }
                }).onFailure(ctx::fail));
        router.post("/api/subscriptions/:id/rotate-secret").handler(this::rotate);
        router.post("/api/subscriptions/:id/test").handler(this::test);
        router.get("/api/subscriptions/:id/deliveries").handler(ctx -> DeliveriesApi.page(ctx, deliveries,
                Json.pathId(ctx, "id"), null));
    }

    private void create(RoutingContext ctx) {
        JsonObject body = Json.body(ctx);
        String name = text(body, "name", true);
        String url = text(body, "url", true);
        String format = format(body.getValue("format", "claimwatch"));
        AlertFilter filter = filter(body.getValue("filters"));
        boolean active = bool(body.getValue("active", true), "active");
        String secret = WebhookSignature.newSecret();
        checkUrl(url)
                .compose(v -> subscriptions.insert(name, url, format, active, filter, secret))
                .compose(id -> found(subscriptions.get(id)))
                .onSuccess(s -> Json.send(ctx, 201, s.copy().put("secret", secret)))
                .onFailure(ctx::fail);
    }

    private void update(RoutingContext ctx) {
        long id = Json.pathId(ctx, "id");
        JsonObject body = Json.body(ctx);
        String name = body.containsKey("name") ? text(body, "name", true) : null;
        String url = body.containsKey("url") ? text(body, "url", true) : null;
        String format = body.containsKey("format") ? format(body.getValue("format")) : null;
        AlertFilter filter = body.containsKey("filters") ? filter(body.getValue("filters")) : null;
        Boolean active = body.containsKey("active") ? bool(body.getValue("active"), "active") : null;
        (url == null ? Future.<Void>succeededFuture() : checkUrl(url))
                .compose(v -> subscriptions.update(id, name, url, format, filter, active))
                .compose(ok -> ok ? found(subscriptions.get(id)) : Future.failedFuture(ApiErrors.notFound("subscription")))
                .onSuccess(s -> Json.ok(ctx, s))
                .onFailure(ctx::fail);
    }

    private void rotate(RoutingContext ctx) {
        String secret = WebhookSignature.newSecret();
        subscriptions.rotate(Json.pathId(ctx, "id"), secret, overlapSeconds)
                .onSuccess(ok -> {
                    if (ok) {
                        Json.ok(ctx, new JsonObject().put("secret", secret));
                    } else {
                        ctx.fail(ApiErrors.notFound("subscription"));
                    }
                }).onFailure(ctx::fail);
    }

    private void test(RoutingContext ctx) {
        long id = Json.pathId(ctx, "id");
        subscriptions.target(id)
                .compose(t -> t.map(Future::succeededFuture)
                        .orElseGet(() -> Future.failedFuture(ApiErrors.notFound("subscription"))))
                .compose(t -> {
                    String eventId = AlertOutbox.newEventId();
                    Map<String, Object> event = AlertPayloads.test(eventId, Instant.now(), t.name());
                    return deliveries.insertTest(t, event).compose(d -> deliverer.deliver(d)
                            .map(r -> new JsonObject().put("delivery_id", d.id())
                                    .put("status_code", r.status() == 0 ? null : r.status())
                                    .put("latency_ms", r.latencyMs()).put("error", r.error())));
                })
                .onSuccess(result -> Json.ok(ctx, result))
                .onFailure(ctx::fail);
    }

    /** Viewers see only the origin of a target URL: Slack-style URLs carry their credential in the path. */
    private static JsonObject forCaller(RoutingContext ctx, JsonObject subscription) {
        boolean mayEdit = AuthHandler.principal(ctx).map(p -> p.role().atLeast(Role.EDITOR)).orElse(false);
        return mayEdit ? subscription : subscription.copy().put("url", TargetUrls.redact(subscription.getString("url")));
    }

    private static Future<JsonObject> found(Future<java.util.Optional<JsonObject>> lookup) {
        return lookup.compose(o -> o.map(Future::succeededFuture)
                .orElseGet(() -> Future.failedFuture(ApiErrors.notFound("subscription"))));
    }

    /** The URL must be absolute http(s) and, after DNS resolution, not private unless allowed. */
    private Future<Void> checkUrl(String url) {
        URI uri;
        try {
            uri = HttpUrls.requireAbsoluteHttp(url, "the webhook URL");
        } catch (ApiErrors.ApiException e) {
            return Future.failedFuture(e);
        }
        return sender.check(url).<Void>mapEmpty()
                .recover(err -> Future.failedFuture(ApiErrors.badRequest(err.getMessage())));
    }

    private static String text(JsonObject body, String field, boolean required) {
        Object v = body.getValue(field);
        if (!(v instanceof String s) || (required && s.isBlank())) {
            throw ApiErrors.badRequest(field + " is required and must be a string");
        }
        if (s.length() > 2000) {
            throw ApiErrors.badRequest(field + " is too long");
        }
        return s.strip();
    }

    private static String format(Object v) {
        if (!(v instanceof String s) || !FORMATS.contains(s)) {
            throw ApiErrors.badRequest("format must be \"claimwatch\" or \"slack\"");
        }
        return s;
    }

    private static boolean bool(Object v, String field) {
        if (!(v instanceof Boolean b)) {
            throw ApiErrors.badRequest(field + " must be true or false");
        }
        return b;
    }

    private static AlertFilter filter(Object v) {
        if (v == null) {
            return AlertFilter.any();
        }
        if (!(v instanceof JsonObject o)) {
            throw ApiErrors.badRequest("filters must be an object");
        }
        try {
            return AlertFilter.fromMap(o.getMap());
        } catch (IllegalArgumentException e) {
            throw ApiErrors.badRequest(e.getMessage());
        }
    }
}
