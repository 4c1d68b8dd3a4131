package org.claimwatch.net;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Cluster-wide host slots on a real PostgreSQL: idle hosts are forgotten, busy ones and their requests kept. */
class HostSlotsIT {

    @Test
    void pruningForgetsIdleHostsAndExpiredRequestsOnly() throws Exception {
        String db = TestDatabase.create();
        RunningApp.start(RunningApp.testConfig(db)).close(); // applies the migrations
        Vertx vertx = Vertx.vertx();
        try {
            HostSlots slots = HostSlots.shared(vertx, org.claimwatch.config.AppConfig.defaults().put(ConfigKeys.DB_URL, db)
                    .put(ConfigKeys.CLUSTER_ENABLED, true).put(ConfigKeys.FETCH_HOST_DELAY_MS, 0));
            Runnable idle = get(slots.admit("idle.example"));
            idle.run();
            Runnable busy = get(slots.admit("busy.example"));
            get(slots.admit("deferred.example")).run();
            SqlAdmin.execute(db, "UPDATE host_slots SET next_start = now() - interval '2 hours'");
            SqlAdmin.execute(db, "UPDATE host_slots SET not_before = now() + interval '1 minute'"
                    + " WHERE host = 'deferred.example'");
            SqlAdmin.execute(db, "UPDATE host_slots SET next_start = now() WHERE host = 'busy.example'");
            SqlAdmin.execute(db, "INSERT INTO host_requests (host, until) VALUES ('gone.example', now())");

            assertThat(get(slots.prune(HostSlots.IDLE_MS))).isEqualTo(1);

            assertThat(SqlAdmin.query(db, "SELECT host FROM host_slots ORDER BY host"))
                    .extracting(r -> r.getString("host")).containsExactly("busy.example", "deferred.example");
            assertThat(SqlAdmin.query(db, "SELECT host FROM host_requests"))
                    .extracting(r -> r.getString("host")).containsExactly("busy.example");
            busy.run();
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private static <T> T get(io.vertx.core.Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
