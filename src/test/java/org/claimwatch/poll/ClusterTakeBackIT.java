package org.claimwatch.poll;

import io.vertx.core.json.JsonObject;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.support.Await;
import org.claimwatch.support.ChildApp;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, finding 2 (cluster): the work an instance held when it died is taken back by the survivors as soon as it
 * is known to be gone, not when its leases run out: at a survivor's start for instances no longer in the cluster, and
 * when a member leaves the cluster (killed with SIGKILL here).
 */
class ClusterTakeBackIT {

    @Test
    void leasesOfAnInstanceGoneBeforeThisOneStartedAreTakenBackAtStart() throws Exception {
        String db = TestDatabase.create();
        try (FeedServer server = new FeedServer()) {
            server.serve("/orphan.xml", "application/rss+xml", Feeds.rss20("Orphan", List.of()));
            RunningApp.start(RunningApp.testConfig(db)).close(); // the schema
            // a poll leased for an hour by an instance of a cluster that is no longer there
            SqlAdmin.execute(db, "INSERT INTO feeds (url, interval_seconds, lease_owner, lease_until) VALUES ('"
                    + server.url("/orphan.xml") + "', 60, 'poll:" + UUID.randomUUID() + ":x', now() + interval '1 hour')");
            int port = RunningApp.freePort();
            try (RunningApp app = RunningApp.start(ScaleOutIT.clustered(db, "takeback-" + UUID.randomUUID(), "survivor", port,
                    RunningApp.freePort()))) {
                Await.until("the orphaned feed polled", Duration.ofSeconds(30), () -> !server.hits("/orphan.xml").isEmpty());
                assertThat(SqlAdmin.query(db, "SELECT lease_owner FROM feeds").get(0).getString("lease_owner"))
                        .as("a new owner, stage:instance:uuid, or none once polled")
                        .satisfiesAnyOf(o -> assertThat(o).isNull(), o -> assertThat(o).matches("poll:[^:]+:[^:]+"));
            }
        }
    }

    @Test
    void aKilledMembersLeasesAreTakenBackWhenItLeavesTheCluster() throws Exception {
        String db = TestDatabase.create();
        String cluster = "takeback-" + UUID.randomUUID();
        int portA = RunningApp.freePort();
        int portB = RunningApp.freePort();
        try (FeedServer server = new FeedServer()) {
            // the first request is never answered: the instance that took it dies holding the lease (120 s)
            server.holdFirstRequest("/held.xml", Feeds.rss20("Held", List.of()));
            JsonObject configA = ScaleOutIT.clustered(db, cluster, "doomed", portA, portB).put(ConfigKeys.POLL_LEASE_S, 120)
                    .put(ConfigKeys.FETCH_TIMEOUT_MS, 120_000);
            ChildApp doomed = ChildApp.start(configA, null);
            try {
                Await.until("instance A up", Duration.ofSeconds(90), () -> SqlAdmin.count(db,
                        "SELECT count(*) FROM users") >= 1);
                // A alone: it leases the feed and its request hangs
                SqlAdmin.execute(db, "INSERT INTO feeds (url, interval_seconds) VALUES ('" + server.url("/held.xml")
                        + "', 60)");
                Await.until("A's request in flight", Duration.ofSeconds(30), () -> server.hits("/held.xml").size() == 1);
                assertThat(server.hits("/held.xml").get(0).userAgent()).isEqualTo("doomed");
                String owner = SqlAdmin.query(db, "SELECT lease_owner FROM feeds").get(0).getString("lease_owner");
                assertThat(owner).matches("poll:[^:]+:[^:]+");
                // B joins A's cluster (its start returns once it has joined): A's lease is a live member's, kept
                try (RunningApp b = RunningApp.start(ScaleOutIT.clustered(db, cluster, "survivor", portB, portA))) {
                    assertThat(SqlAdmin.query(db, "SELECT lease_owner FROM feeds").get(0).getString("lease_owner"))
                            .as("a live member's lease is not taken").isEqualTo(owner);
                    long killedAt = System.currentTimeMillis();
                    doomed.kill();
                    Await.until("B polled the feed A held", Duration.ofSeconds(100),
                            () -> server.hits("/held.xml").size() >= 2);
                    FeedServer.Hit second = server.hits("/held.xml").get(1);
                    assertThat(second.userAgent()).isEqualTo("survivor");
                    long waited = second.atMillis() - killedAt;
                    System.out.println("kill -9 of a member -> its feed polled by the survivor after " + waited + " ms");
                    assertThat(waited).as("taken back when A left, not when its 120 s lease ran out").isLessThan(100_000);
                }
            } finally {
                doomed.close();
            }
        }
    }
}
