package org.claimwatch.alerts;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonObject;
import org.claimwatch.Addresses;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.db.Database;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Alerts stage: delivers the webhook outbox. Each round leases due deliveries, applies each subscription's
 * per-minute limit (sending, grouping the backlog into one digest, or waiting) and sends them in parallel;
 * a new round starts after the previous one, at once when it was full or a version was stored meanwhile.
 */
public final class DispatchVerticle extends VerticleBase {

    private static final Logger LOG = Logger.getLogger("claimwatch.alerts");

    private DeliveryStore store;
    private Deliverer deliverer;
    private WebhookSender sender;
    private long tickMs;
    private int batch;
    private double leaseSeconds;
    private int maxPerMinute;
    private double windowSeconds;
    private boolean running;
    private boolean again;
    private long timer = -1;

    @Override
    public Future<?> start() {
        JsonObject config = config();
        store = new DeliveryStore(Database.pool(vertx, config));
        sender = Deliverer.sender(vertx, config);
        deliverer = new Deliverer(store, sender, Deliverer.schedule(config));
        tickMs = config.getLong(ConfigKeys.ALERTS_TICK_MS, 1000L);
        batch = config.getInteger(ConfigKeys.ALERTS_BATCH, 50);
        // a lease outlives the longest send, so a slow receiver never gets the same delivery twice at once
        leaseSeconds = Math.max(config.getDouble(ConfigKeys.ALERTS_LEASE_S, 60.0),
                config.getLong(ConfigKeys.ALERTS_TIMEOUT_MS, 10_000L) / 1000.0 + 5);
        maxPerMinute = config.getInteger(ConfigKeys.ALERTS_MAX_PER_MINUTE, 60);
        windowSeconds = config.getDouble(ConfigKeys.ALERTS_THROTTLE_WINDOW_S, 60.0);
        vertx.eventBus().consumer(Addresses.VERSIONS_STORED, m -> wake());
        timer = vertx.setTimer(1, id -> round());
        return vertx.eventBus().consumer(Addresses.ALERTS_DISPATCH, m -> wake()).completion();
    }

    @Override
    public Future<?> stop() {
        vertx.cancelTimer(timer);
        return sender.close();
    }

    private void wake() {
        if (running) {
            again = true;
        } else if (vertx.cancelTimer(timer)) {
            round();
        }
    }

    private void round() {
        running = true;
        again = false;
        store.lease(leaseSeconds, batch, windowSeconds).compose(this::dispatch).onComplete(ar -> {
            running = false;
            if (ar.failed()) {
                LOG.warning("webhook dispatch round failed: " + ar.cause());
            }
            boolean full = ar.succeeded() && ar.result() >= batch;
            timer = vertx.setTimer(full || again ? 1 : tickMs, id -> round());
        });
    }

    private Future<Integer> dispatch(List<DueDelivery> due) {
        Map<Long, List<DueDelivery>> bySubscription = new LinkedHashMap<>();
        due.forEach(d -> bySubscription.computeIfAbsent(d.subscriptionId(), k -> new ArrayList<>()).add(d));
        List<Future<?>> work = new ArrayList<>();
        for (List<DueDelivery> group : bySubscription.values()) {
            DueDelivery head = group.get(0);
            Throttle.Plan plan = Throttle.plan(maxPerMinute, head.sentInWindow(), head.backlog());
            if (plan == Throttle.Plan.DIGEST && AlertPayloads.CLAIMS_DIGEST.equals(head.type())) {
                plan = Throttle.Plan.SEND;
            }
            List<Long> ids = group.stream().map(DueDelivery::id).toList();
            switch (plan) {
                case WAIT -> work.add(store.release(ids, Math.max(1.0, head.windowResetSeconds())));
                case DIGEST -> work.add(store.mergeIntoDigest(head, ids)
                        .compose(digest -> digest.map(d -> deliverer.deliver(d).mapEmpty())
                                .orElse(Future.succeededFuture())));
                case SEND -> group.forEach(d -> work.add(deliverer.deliver(d)));
            }
        }
        return Future.join(work).map(v -> due.size()).recover(err -> {
            LOG.warning("some webhook deliveries could not be recorded: " + err);
            return Future.succeededFuture(due.size());
        });
    }
}
