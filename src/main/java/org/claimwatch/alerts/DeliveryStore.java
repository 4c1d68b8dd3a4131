package org.claimwatch.alerts;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.claimwatch.db.Rows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox rows: leasing due deliveries, recording attempts, digests, the delivery log and redelivery. */
public final class DeliveryStore {

    private final Pool pool;
    private final SecretBox box;

    /** Subscription secrets read with a delivery are opened with {@code box}. */
    public DeliveryStore(Pool pool, SecretBox box) {
        this.pool = pool;
        this.box = box;
    }

    /**
     * Leases up to {@code limit} due deliveries for {@code leaseSeconds} ({@code FOR UPDATE SKIP LOCKED}: several
     * instances never lease the same row), only the oldest pending one per subscription and article; each
     * carries its subscription's requests in the last {@code windowSeconds}.
     */
    public Future<List<DueDelivery>> lease(String owner, double leaseSeconds, int limit, double windowSeconds) {
        return pool.preparedQuery(AlertSql.LEASE_DUE_DELIVERIES.sql())
                .execute(Tuple.of(leaseSeconds, limit, windowSeconds, owner))
                .map(rows -> {
                    List<DueDelivery> out = new ArrayList<>();
                    rows.forEach(r -> out.add(due(r, box)));
                    out.sort((a, b) -> Long.compare(a.id(), b.id()));
                    return out;
                });
    }

    private static DueDelivery due(Row r, SecretBox box) {
        return new DueDelivery(r.getLong("id"), r.getLong("subscription_id"), r.getString("event_id"),
                r.getString("type"), r.getString("body"), r.getInteger("attempts"), r.getInteger("max_attempts"),
                r.getString("url"), r.getString("format"), box.open(r.getString("secret")), box.open(r.getString("previous_secret")),
                r.getLong("sent_in_window"), r.getDouble("window_reset_s"), r.getLong("backlog"));
    }

    /** Records one attempt and the delivery's new state; {@code retryInSeconds} null unless it stays pending. */
    public Future<Void> record(long id, String status, SendResult r, Double retryInSeconds) {
        return pool.preparedQuery(AlertSql.RECORD_ATTEMPT.sql())
                .execute(Tuple.from(new Object[] {id, status, r.status() == 0 ? null : r.status(), (int) r.latencyMs(),
                        r.error(), r.excerpt(), retryInSeconds}))
                .mapEmpty();
    }

    /**
     * Takes back the delivery leases of instances that are gone, due at once: every lease when {@code liveInstances}
     * is null (a single instance at start), else those of instances not among them. Answers how many.
     */
    public Future<Integer> releaseDeparted(List<String> liveInstances) {
        return pool.preparedQuery(AlertSql.RELEASE_DEPARTED_DELIVERY_LEASES.sql())
                .execute(Tuple.of(liveInstances == null ? null : liveInstances.toArray(new String[0])))
                .map(r -> r.rowCount());
    }

    /** Gives leased deliveries back, due again in {@code seconds}. */
    public Future<Void> release(List<Long> ids, double seconds) {
        return pool.preparedQuery(AlertSql.RELEASE_DELIVERIES.sql())
                .execute(Tuple.tuple().addArrayOfLong(ids.toArray(new Long[0])).addDouble(seconds)).mapEmpty();
    }

    public Future<Void> disableSubscription(long subscriptionId, String reason) {
        return pool.preparedQuery(AlertSql.DISABLE_SUBSCRIPTION.sql()).execute(Tuple.of(subscriptionId, reason))
                .mapEmpty();
    }

    /**
     * Replaces every pending alert of a subscription (not leased by another instance; {@code leasedHere} are
     * this instance's) by one {@code claims.digest} delivery, in one transaction; returns it leased for sending.
     */
    public Future<Optional<DueDelivery>> mergeIntoDigest(DueDelivery head, List<Long> leasedHere) {
        return pool.withTransaction(conn -> conn.preparedQuery(AlertSql.SELECT_DIGEST_ROWS.sql())
                .execute(Tuple.tuple().addLong(head.subscriptionId()).addArrayOfLong(leasedHere.toArray(new Long[0])))
                .compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.succeededFuture(Optional.<DueDelivery>empty());
                    }
                    List<Long> ids = new ArrayList<>();
                    List<Map<String, Object>> events = new ArrayList<>();
                    rows.forEach(r -> {
                        ids.add(r.getLong("id"));
                        events.add(AlertOutbox.toMap(r.getJsonObject("payload")));
                    });
                    Map<String, Object> digest = AlertPayloads.digest(AlertOutbox.newEventId(), Instant.now(), events);
                    Tuple insert = AlertOutbox.row(head.subscriptionId(), head.format(), digest, "digest", null, true);
                    return conn.preparedQuery(AlertSql.DELETE_DELIVERIES.sql())
                            .execute(Tuple.tuple().addArrayOfLong(ids.toArray(new Long[0])))
                            .compose(d -> conn.preparedQuery(AlertSql.INSERT_DELIVERY.sql()).execute(insert))
                            .map(inserted -> Optional.of(new DueDelivery(inserted.iterator().next().getLong("id"),
                                    head.subscriptionId(), (String) digest.get("id"), AlertPayloads.CLAIMS_DIGEST,
                                    insert.getString(5), 0, null, head.url(), head.format(), head.secret(),
                                    head.previousSecret(), head.sentInWindow(), head.windowResetSeconds(), 1)));
                }));
    }

    /** Inserts a leased one-attempt {@code webhook.test} delivery to {@code t}; returns it ready to send. */
    public Future<DueDelivery> insertTest(SubscriptionStore.Target t, Map<String, Object> event) {
        Tuple insert = AlertOutbox.row(t.id(), t.format(), event, "test:" + event.get("id"), 1, true);
        return pool.preparedQuery(AlertSql.INSERT_DELIVERY.sql()).execute(insert)
                .map(rows -> new DueDelivery(rows.iterator().next().getLong("id"), t.id(), (String) event.get("id"),
                        AlertPayloads.WEBHOOK_TEST, insert.getString(5), 0, 1, t.url(), t.format(), t.secret(),
                        t.previousSecret(), 0, 0, 0));
    }

    /** The delivery log, newest first: of one subscription and/or one status (nulls mean any). */
    public Future<List<JsonObject>> list(Long subscriptionId, String status, long beforeId, int limit) {
        return pool.preparedQuery(AlertSql.SELECT_DELIVERIES.sql())
                .execute(Tuple.of(subscriptionId, status, beforeId, limit)).map(Rows::json);
    }

    /** Every attempt of one delivery, oldest first. */
    public Future<List<JsonObject>> attempts(long deliveryId) {
        return pool.preparedQuery(AlertSql.SELECT_ATTEMPTS.sql()).execute(Tuple.of(deliveryId)).map(Rows::json);
    }

    /** Deletes delivered alerts (and their attempts) older than {@code days}; returns how many. */
    public Future<Integer> prune(int days) {
        return pool.preparedQuery(AlertSql.PRUNE_DELIVERIES.sql()).execute(Tuple.of(days)).map(rows -> rows.rowCount());
    }

    /** Puts a delivery (typically dead) back in the queue with the same event id; false when it does not exist. */
    public Future<Boolean> redeliver(long id) {
        return pool.preparedQuery(AlertSql.REDELIVER.sql()).execute(Tuple.of(id)).map(rows -> rows.size() > 0);
    }
}
