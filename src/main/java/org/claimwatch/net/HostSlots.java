package org.claimwatch.net;

import org.claimwatch.config.Settings;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.LocalMap;
import io.vertx.core.shareddata.Shareable;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.claimwatch.db.Database;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Per-host politeness across clustered instances, on top of each instance's {@link HostGate}: a request to a host is
 * admitted in the database only while fewer than {@code fetch.perHostConcurrency} requests to it are in flight from
 * any instance ({@code host_requests}, each row leased until the request's deadline so a dead instance's rows expire),
 * and its start is reserved at least {@code fetch.perHostDelayMs} after the previous one ({@code host_slots}, on the
 * database clock); a Retry-After deferral holds for all. Single instances use {@link #NONE}. A database error never
 * stops fetching: that request falls back to the instance's own gate.
 */
public class HostSlots implements Shareable {

    /** No cluster-wide admission. */
    public static final HostSlots NONE = new HostSlots();

    private static final Logger LOG = Logger.getLogger("claimwatch.net");
    private static final String MAP = "claimwatch.net.slots";
    private static final Runnable NOTHING = () -> { };
    /** How long to wait before asking again when the host is at its limit. */
    private static final long FULL_RETRY_MS = 100;
    /** Hosts with no reservation for this long are forgotten ({@link #prune}), checked this often. */
    static final long IDLE_MS = 60 * 60_000L;
    private static final long PRUNE_EVERY_MS = 10 * 60_000L;

    HostSlots() {
    }

    /** The slots of this Vert.x instance: database admission when {@code cluster.enabled}, else {@link #NONE}. */
    public static HostSlots shared(Vertx vertx, JsonObject config) {
        Settings settings = Settings.of(config);
        if (!settings.cluster().enabled() || settings.db().embedded()) {
            return NONE;
        }
        LocalMap<String, HostSlots> map = vertx.sharedData().getLocalMap(MAP);
        return map.computeIfAbsent("slots", k -> {
            InDatabase slots = new InDatabase(vertx, Database.pool(vertx, config),
                    settings.fetch().perHostConcurrency(), settings.fetch().perHostDelayMs(),
                    settings.fetch().timeoutMs() + 5_000);
            vertx.setPeriodic(PRUNE_EVERY_MS, id -> slots.prune(IDLE_MS).onFailure(err ->
                    LOG.warning("could not prune idle hosts: " + err.getMessage())));
            return slots;
        });
    }

    /** Completes when a request to {@code host} may start; run the returned release once it is over. */
    public Future<Runnable> admit(String host) {
        return Future.succeededFuture(NOTHING);
    }

    /** Holds {@code host} back for {@code millis} for every instance. */
    public void defer(String host, long millis) {
    }

    /** Forgets hosts with no start reserved or deferred within {@code idleMs}; answers how many. */
    public Future<Integer> prune(long idleMs) {
        return Future.succeededFuture(0);
    }

    private static final class InDatabase extends HostSlots {
        private final Vertx vertx;
        private final Pool pool;
        private final int maxPerHost;
        private final long delayMs;
        private final long leaseMs;

        InDatabase(Vertx vertx, Pool pool, int maxPerHost, long delayMs, long leaseMs) {
            this.vertx = vertx;
            this.pool = pool;
            this.maxPerHost = Math.max(1, maxPerHost);
            this.delayMs = Math.max(0, delayMs);
            this.leaseMs = leaseMs;
        }

        @Override
        public Future<Runnable> admit(String host) {
            Promise<Runnable> admitted = Promise.promise();
            attempt(key(host), admitted);
            return admitted.future();
        }

        private void attempt(String host, Promise<Runnable> admitted) {
            pool.withTransaction(conn -> tryAdmit(conn, host)).onComplete(ar -> {
                if (ar.failed()) {
                    LOG.warning("could not reserve a request to " + host + " for the cluster (the instance's own limits "
                            + "apply): " + ar.cause().getMessage());
                    admitted.complete(NOTHING);
                } else if (ar.result().isEmpty()) {
                    vertx.setTimer(FULL_RETRY_MS, id -> attempt(host, admitted));
                } else {
                    Slot slot = ar.result().get();
                    Runnable release = release(slot.id());
                    if (slot.waitMs() <= 0) {
                        admitted.complete(release);
                    } else {
                        vertx.setTimer(slot.waitMs(), id -> admitted.complete(release));
                    }
                }
            });
        }

        /** A slot when the host has room (its request row and how long to wait for its start), empty when full. */
        private Future<Optional<Slot>> tryAdmit(SqlConnection conn, String host) {
            Tuple byHost = Tuple.of(host);
            return conn.preparedQuery(NetSql.LOCK_HOST.sql()).execute(byHost)
                    .compose(locked -> conn.preparedQuery(NetSql.DELETE_EXPIRED_HOST_REQUESTS.sql()).execute(byHost))
                    .compose(cleaned -> conn.preparedQuery(NetSql.COUNT_HOST_REQUESTS.sql()).execute(byHost))
                    .compose(busy -> busy.iterator().next().getLong("busy") >= maxPerHost
                            ? Future.succeededFuture(Optional.empty())
                            : conn.preparedQuery(NetSql.INSERT_HOST_REQUEST.sql()).execute(Tuple.of(host, leaseMs))
                            .compose(inserted -> conn.preparedQuery(NetSql.RESERVE_HOST_SLOT.sql())
                                    .execute(Tuple.of(host, delayMs))
                                    .map(reserved -> Optional.of(new Slot(inserted.iterator().next().getLong("id"),
                                            Math.round(reserved.iterator().next().getDouble("wait_ms")))))));
        }

        private Runnable release(long requestId) {
            AtomicBoolean once = new AtomicBoolean();
            return () -> {
                if (once.compareAndSet(false, true)) {
                    pool.preparedQuery(NetSql.DELETE_HOST_REQUEST.sql()).execute(Tuple.of(requestId)).onFailure(err ->
                            LOG.warning("could not release request " + requestId + " (its lease expires): "
                                    + err.getMessage()));
                }
            };
        }

        @Override
        public void defer(String host, long millis) {
            pool.preparedQuery(NetSql.DEFER_HOST.sql()).execute(Tuple.of(key(host), millis)).onFailure(err ->
                    LOG.warning("could not record Retry-After of " + host + " for the cluster: " + err.getMessage()));
        }

        @Override
        public Future<Integer> prune(long idleMs) {
            return pool.preparedQuery(NetSql.PRUNE_HOST_SLOTS.sql()).execute(Tuple.of(idleMs))
                    .map(rows -> rows.rowCount());
        }

        private static String key(String host) {
            return host.toLowerCase(Locale.ROOT);
        }

        private record Slot(long id, long waitMs) {
        }
    }
}
