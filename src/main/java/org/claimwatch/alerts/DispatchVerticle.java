package org.claimwatch.alerts;

import org.claimwatch.db.LeaseOwner;
import org.claimwatch.config.Settings;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonObject;
import org.claimwatch.bus.Addresses;
import org.claimwatch.db.Database;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Alerts stage: delivers the webhook outbox. Each round leases due deliveries (as many as free sending slots),
 * applies each subscription's request limit (send, group the backlog into one digest, or wait) and starts the
 * sends without waiting for them: a slow receiver holds only its own slots. Rounds run every tick, at once when
 * a version was stored or, with a backlog, half the
 * sending slots are free. State is confined to the verticle's event loop.
 */
public final class DispatchVerticle extends VerticleBase {

    private static final Logger LOG = Logger.getLogger("claimwatch.alerts");

    private DeliveryStore store;
    private Deliverer deliverer;
    private WebhookSender sender;
    private long tickMs;
    private int maxInFlight;
    private double leaseSeconds;
    private String owner;
    private int maxPerWindow;
    private double windowSeconds;
    private int inFlightTotal;
    private boolean running;
    private boolean again;
    private boolean backlogLikely;
    private long timer = -1;
    private long pruneTimer = -1;

    @Override
    public Future<?> start() {
        JsonObject config = config();
        owner = LeaseOwner.of("alerts", Settings.of(config).cluster().instanceId());
        store = new DeliveryStore(Database.pool(vertx, config), Deliverer.secretBox(config));
        sender = Deliverer.sender(vertx, config);
        deliverer = new Deliverer(store, sender, Deliverer.schedule(config));
        Settings.Alerts settings = Settings.of(config).alerts();
        tickMs = settings.tickMs();
        maxInFlight = settings.batch();
        // a lease outlives the longest send, so a slow receiver never gets the same delivery twice at once
        leaseSeconds = Math.max(settings.leaseSeconds(), settings.timeoutMs() / 1000.0 + 5);
        maxPerWindow = settings.maxPerMinute();
        windowSeconds = settings.throttleWindowSeconds();
        vertx.eventBus().consumer(Addresses.VERSIONS_STORED, m -> wake());
        timer = vertx.setTimer(1, id -> round());
        int retentionDays = settings.retentionDays();
        prune(retentionDays);
        pruneTimer = vertx.setPeriodic(3_600_000, id -> prune(retentionDays));
        return vertx.eventBus().consumer(Addresses.ALERTS_DISPATCH, m -> wake()).completion();
    }

    @Override
    public Future<?> stop() {
        vertx.cancelTimer(timer);
        vertx.cancelTimer(pruneTimer);
        return sender.close();
    }

    private void prune(int days) {
        store.prune(days).onSuccess(n -> {
            if (n > 0) {
                LOG.info("pruned " + n + " delivered webhook alerts older than " + days + " days");
            }
        }).onFailure(err -> LOG.warning("pruning delivered webhook alerts failed: " + err.getMessage()));
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
        int free = maxInFlight - inFlightTotal;
        Future<Integer> leased = free <= 0 ? Future.succeededFuture(0)
                : store.lease(owner, leaseSeconds, free, windowSeconds).compose(this::dispatch);
        leased.onComplete(ar -> {
            running = false;
            if (ar.failed()) {
                LOG.warning("webhook dispatch round failed: " + ar.cause().getMessage());
            }
            boolean full = ar.succeeded() && ar.result() >= free && free > 0;
            backlogLikely = full || free <= 0;
            timer = vertx.setTimer(full || again ? 1 : tickMs, id -> round());
        });
    }

    private Future<Integer> dispatch(List<DueDelivery> due) {
        Map<Long, List<DueDelivery>> bySubscription = new LinkedHashMap<>();
        due.forEach(d -> bySubscription.computeIfAbsent(d.subscriptionId(), k -> new ArrayList<>()).add(d));
        List<Future<?>> bookkeeping = new ArrayList<>();
        for (List<DueDelivery> leased : bySubscription.values()) {
            // an alert already attempted keeps its id until delivered or dead, and its retries are not new traffic:
            // it goes out again when due, outside the throttle; only never-attempted alerts are limited or folded
            List<DueDelivery> group = new ArrayList<>();
            for (DueDelivery d : leased) {
                if (d.attempts() > 0) {
                    send(d);
                } else {
                    group.add(d);
                }
            }
            if (group.isEmpty()) {
                continue;
            }
            DueDelivery head = group.get(0);
            long used = head.sentInWindow(); // attempts in the window and requests in flight, of every instance
            Throttle.Plan plan = Throttle.plan(maxPerWindow, used, head.backlog());
            if (plan == Throttle.Plan.DIGEST && AlertPayloads.CLAIMS_DIGEST.equals(head.type())) {
                plan = Throttle.Plan.SEND;
            }
            List<Long> ids = group.stream().map(DueDelivery::id).toList();
            switch (plan) {
                case WAIT -> bookkeeping.add(store.release(ids, Math.max(1.0, head.windowResetSeconds())));
                case DIGEST -> bookkeeping.add(store.mergeIntoDigest(head, ids)
                        .onSuccess(digest -> digest.ifPresent(this::send)));
                case SEND -> {
                    int budget = (int) Math.max(0, maxPerWindow - used);
                    group.stream().limit(budget).forEach(this::send);
                    if (group.size() > budget) {
                        bookkeeping.add(store.release(ids.subList(budget, ids.size()),
                                Math.max(1.0, head.windowResetSeconds())));
                    }
                }
            }
        }
        return Future.join(bookkeeping).map(v -> due.size()).recover(err -> {
            LOG.warning("webhook outbox bookkeeping failed (leases expire and retry): " + err.getMessage());
            return Future.succeededFuture(due.size());
        });
    }

    private void send(DueDelivery d) {
        inFlightTotal++;
        deliverer.deliver(d).onComplete(ar -> {
            inFlightTotal--;
            if (ar.failed()) {
                LOG.warning("recording delivery " + d.id() + " failed (its lease expires and it is retried): "
                        + ar.cause().getMessage());
            }
            if (backlogLikely && inFlightTotal <= maxInFlight / 2) {
                wake();
            }
        });
    }
}
