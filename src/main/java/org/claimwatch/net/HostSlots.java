package org.claimwatch.net;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.LocalMap;
import io.vertx.core.shareddata.Shareable;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.db.Database;
import org.claimwatch.feeds.PollSql;

import java.util.Locale;
import java.util.logging.Logger;

/**
 * Per-host politeness across clustered instances: before each request, its start is reserved in the database
 * ({@code host_slots}) at least the minimum delay after the previous one from any instance, and a Retry-After
 * deferral holds for all. Single instances use {@link #NONE}: the in-memory {@link HostGate} is enough there.
 * A database error never stops fetching: that request falls back to the instance's own gate.
 */
public class HostSlots implements Shareable {

    /** No cluster-wide reservation. */
    public static final HostSlots NONE = new HostSlots();

    private static final Logger LOG = Logger.getLogger("claimwatch.net");
    private static final String MAP = "claimwatch.net.slots";

    HostSlots() {
    }

    /** The slots of this Vert.x instance: database reservations when {@code cluster.enabled}, else {@link #NONE}. */
    public static HostSlots shared(Vertx vertx, JsonObject config) {
        if (!config.getBoolean(ConfigKeys.CLUSTER_ENABLED, false) || config.getString(ConfigKeys.DB_URL, "").isBlank()) {
            return NONE;
        }
        LocalMap<String, HostSlots> map = vertx.sharedData().getLocalMap(MAP);
        return map.computeIfAbsent("slots", k -> new InDatabase(vertx, Database.pool(vertx, config),
                config.getLong(ConfigKeys.FETCH_HOST_DELAY_MS, 500L)));
    }

    /** Completes when a request to {@code host} may start. */
    public Future<Void> reserve(String host) {
        return Future.succeededFuture();
    }

    /** Holds {@code host} back for {@code millis} for every instance. */
    public void defer(String host, long millis) {
    }

    private static final class InDatabase extends HostSlots {
        private final Vertx vertx;
        private final Pool pool;
        private final long delayMs;

        InDatabase(Vertx vertx, Pool pool, long delayMs) {
            this.vertx = vertx;
            this.pool = pool;
            this.delayMs = Math.max(0, delayMs);
        }

        @Override
        public Future<Void> reserve(String host) {
            Promise<Void> ready = Promise.promise();
            pool.preparedQuery(PollSql.RESERVE_HOST_SLOT.sql()).execute(Tuple.of(key(host), delayMs)).onComplete(ar -> {
                if (ar.failed()) {
                    LOG.warning("could not reserve a request slot for " + host + " (the instance's own limits apply): "
                            + ar.cause().getMessage());
                    ready.complete();
                    return;
                }
                long wait = Math.round(ar.result().iterator().next().getDouble("wait_ms"));
                if (wait <= 0) {
                    ready.complete();
                } else {
                    vertx.setTimer(wait, id -> ready.complete());
                }
            });
            return ready.future();
        }

        @Override
        public void defer(String host, long millis) {
            pool.preparedQuery(PollSql.DEFER_HOST.sql()).execute(Tuple.of(key(host), millis)).onFailure(err ->
                    LOG.warning("could not record Retry-After of " + host + " for the cluster: " + err.getMessage()));
        }

        private static String key(String host) {
            return host.toLowerCase(Locale.ROOT);
        }
    }
}
