package org.claimwatch.alerts;

import org.claimwatch.config.Settings;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.claimwatch.net.Backoff;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Signs and sends one leased delivery and records the outcome: 2xx delivered; 410 dead and the subscription
 * disabled; otherwise retried with backoff (or after {@code Retry-After}) until the last attempt, then dead.
 */
public final class Deliverer {

    private static final Logger LOG = Logger.getLogger("claimwatch.alerts");

    private final DeliveryStore store;
    private final WebhookSender sender;
    private final RetrySchedule schedule;

    public Deliverer(DeliveryStore store, WebhookSender sender, RetrySchedule schedule) {
        this.store = store;
        this.sender = sender;
        this.schedule = schedule;
    }

    /** The retry schedule and sender configured by {@code config}. */
    public static RetrySchedule schedule(JsonObject config) {
        Settings.Alerts alerts = Settings.of(config).alerts();
        return new RetrySchedule(Duration.ofMillis(alerts.retryBaseMs()), Duration.ofMillis(alerts.retryMaxDelayMs()),
                alerts.maxAttempts());
    }

    /** The box for subscription secrets at rest, keyed by {@code alerts.secretKey} (blank: stored in plain). */
    public static SecretBox secretBox(JsonObject config) {
        return SecretBox.of(Settings.of(config).alerts().secretKey());
    }

    public static WebhookSender sender(io.vertx.core.Vertx vertx, JsonObject config) {
        Settings settings = Settings.of(config);
        return new WebhookSender(vertx, org.claimwatch.net.NetworkGuard.of(settings.netAllow()),
                settings.alerts().timeoutMs(), settings.alerts().maxResponseBytes(), settings.fetch().userAgent());
    }

    /** The Standard Webhooks headers for {@code d} sent at {@code timestamp} (epoch seconds). */
    static Map<String, String> headers(DueDelivery d, long timestamp) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("webhook-id", d.eventId());
        h.put("webhook-timestamp", Long.toString(timestamp));
        h.put("webhook-signature", WebhookSignature.header(d.secrets(), d.eventId(), timestamp, d.body()));
        return h;
    }

    /** Sends {@code d} once and records the attempt; the result is what the receiver answered. */
    public Future<SendResult> deliver(DueDelivery d) {
        long timestamp = Instant.now().getEpochSecond();
        return sender.post(d.url(), headers(d, timestamp), d.body())
                .compose(r -> settle(d, r).map(r));
    }

    private Future<Void> settle(DueDelivery d, SendResult r) {
        if (r.delivered()) {
            return store.record(d.id(), "delivered", r, null);
        }
        SendResult failed = r.error() != null ? r
                : new SendResult(r.status(), r.latencyMs(), "HTTP " + r.status(), r.excerpt(), r.retryAfter());
        if (r.status() == 410) {
            LOG.info(() -> "subscription " + d.subscriptionId() + " answered 410 Gone: disabled");
            return store.record(d.id(), "dead", failed, null)
                    .compose(v -> store.disableSubscription(d.subscriptionId(),
                            "the receiver answered 410 Gone at " + Instant.now()));
        }
        int attempts = d.attempts() + 1;
        RetrySchedule effective = d.maxAttempts() == null ? schedule
                : new RetrySchedule(schedule.base(), schedule.maxDelay(), d.maxAttempts());
        return effective.next(attempts, ThreadLocalRandom.current().nextDouble(),
                        Backoff.retryAfter(r.retryAfter(), Instant.now()))
                .map(wait -> store.record(d.id(), "pending", failed, wait.toMillis() / 1000.0))
                .orElseGet(() -> store.record(d.id(), "dead", failed, null));
    }
}
