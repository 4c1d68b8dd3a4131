package org.claimwatch.poll;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.support.Await;
import org.claimwatch.support.ChildApp;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.LiveClient;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Several instances on one database: shared polling without double polls, live changes across the cluster, and
 * leases of a killed instance taken over after they expire. */
class ScaleOutIT {

    private static final int FEEDS = 200;
    private static final int INTERVAL_S = 4;

    static JsonObject clustered(String db, String name, String agent, int port, int otherPort) throws Exception {
        return RunningApp.testConfig(db)
                .put(ConfigKeys.CLUSTER_ENABLED, true)
                .put(ConfigKeys.CLUSTER_NAME, name)
                .put(ConfigKeys.CLUSTER_PORT, port)
                .put(ConfigKeys.CLUSTER_MEMBERS, new JsonArray().add("127.0.0.1:" + port).add("127.0.0.1:" + otherPort))
                .put(ConfigKeys.FETCH_USER_AGENT, agent)
                .put(ConfigKeys.FETCH_HOST_DELAY_MS, 0)
                .put(ConfigKeys.FETCH_HOST_CONCURRENCY, 8);
    }

    @Test
    void twoInstancesPollEachFeedOncePerIntervalAndShareLiveChanges() throws Exception {
        String db = TestDatabase.create();
        String cluster = "cw-test-" + UUID.randomUUID();
        int portA = RunningApp.freePort();
        int portB = RunningApp.freePort();
        try (FeedServer server = new FeedServer();
             RunningApp a = RunningApp.start(clustered(db, cluster, "instance-A", portA, portB));
             // B polls feeds but never fetches articles: every version is detected by A
             RunningApp b = RunningApp.start(clustered(db, cluster, "instance-B", portB, portA)
                     .put(ConfigKeys.FETCH_BATCH, 0))) {
            for (int i = 0; i < FEEDS; i++) {
                server.serveWithEtag("/f/" + i, "application/rss+xml", Feeds.rss20("Feed " + i, List.of()), "\"e" + i + "\"");
            }
            long started = System.currentTimeMillis();
            for (int i = 0; i < FEEDS; i++) {
                (i % 2 == 0 ? a : b).send("POST", "/api/feeds", new JsonObject().put("url", server.url("/f/" + i))
                        .put("interval_seconds", INTERVAL_S).put("force", true));
            }
            Await.until("every feed polled three times", Duration.ofSeconds(60), () -> {
                Map<String, Long> perFeed = server.hits().stream().filter(h -> h.path().startsWith("/f/"))
                        .collect(Collectors.groupingBy(FeedServer.Hit::path, Collectors.counting()));
                return perFeed.size() == FEEDS && perFeed.values().stream().allMatch(n -> n >= 3);
            });
            List<FeedServer.Hit> hits = server.hits().stream().filter(h -> h.path().startsWith("/f/")).toList();
            Map<String, List<FeedServer.Hit>> byFeed = hits.stream().collect(Collectors.groupingBy(FeedServer.Hit::path));
            for (Map.Entry<String, List<FeedServer.Hit>> feed : byFeed.entrySet()) {
                List<Long> at = feed.getValue().stream().map(FeedServer.Hit::atMillis).sorted().toList();
                for (int i = 1; i < at.size(); i++) {
                    assertThat(at.get(i) - at.get(i - 1)).as("gap between two polls of " + feed.getKey())
                            .isGreaterThanOrEqualTo(INTERVAL_S * 1000L - 500);
                }
            }
            long elapsedS = (System.currentTimeMillis() - started) / 1000 + 1;
            assertThat(hits.size()).isLessThanOrEqualTo((int) (FEEDS * (elapsedS / INTERVAL_S + 1)));
            assertThat(hits.stream().map(FeedServer.Hit::userAgent).distinct()).containsExactlyInAnyOrder("instance-A",
                    "instance-B");

            try (LiveClient live = b.live()) {
                live.register("claimwatch.live.changes");
                String original = Fixtures.seed(0);
                server.serve("/news/qatar", "text/html; charset=utf-8", Fixtures.articlePage("Leaders leave", original));
                server.serve("/live.xml", "application/rss+xml", Feeds.rss20("Live", List.of(server.url("/news/qatar"))));
                b.addFeed(server.url("/live.xml"), 1);
                Await.until("version 1 stored", Duration.ofSeconds(30), () -> SqlAdmin.count(db,
                        "SELECT count(*) FROM article_versions") >= 1);
                server.serve("/news/qatar", "text/html; charset=utf-8", Fixtures.articlePage("Leaders leave",
                        original.replace("about 13 senior leaders", "about 15 senior leaders")));
                JsonObject change = live.nextMatching(30_000, m -> "NUMBER_CHANGED".equals(m.getString("kind")));
                assertThat(change).as("a change pushed to the client on instance B").isNotNull();
                assertThat(server.hits("/news/qatar")).allSatisfy(h -> assertThat(h.userAgent()).isEqualTo("instance-A"));
            }
        }
    }

    @Test
    void theMinimumDelayPerHostHoldsAcrossInstances() throws Exception {
        int delayMs = 400;
        int feeds = 12;
        String db = TestDatabase.create();
        String cluster = "cw-test-" + UUID.randomUUID();
        int portA = RunningApp.freePort();
        int portB = RunningApp.freePort();
        try (FeedServer host = new FeedServer("127.0.0.4");
             RunningApp a = RunningApp.start(polite(clustered(db, cluster, "instance-A", portA, portB), delayMs));
             RunningApp b = RunningApp.start(polite(clustered(db, cluster, "instance-B", portB, portA), delayMs))) {
            for (int i = 0; i < feeds; i++) {
                host.serve("/p/" + i, "application/rss+xml", Feeds.rss20("Polite " + i, List.of()));
            }
            for (int i = 0; i < feeds; i++) {
                SqlAdmin.execute(db, "INSERT INTO feeds (url, interval_seconds) VALUES ('" + host.url("/p/" + i) + "', 3600)");
            }
            Await.until("every feed polled", Duration.ofSeconds(60), () -> host.hits().stream()
                    .map(FeedServer.Hit::path).distinct().count() == feeds);
            List<FeedServer.Hit> hits = host.hits();
            assertThat(hits.stream().map(FeedServer.Hit::userAgent).distinct())
                    .as("both instances polled the host").containsExactlyInAnyOrder("instance-A", "instance-B");
            // starts are spaced, arrivals are what the server sees: each instance's first request opens a cold
            // connection (class loading, connect) and may arrive late, so it is left out of the spacing check
            List<FeedServer.Hit> firsts = List.of(
                    hits.stream().filter(h -> h.userAgent().equals("instance-A")).findFirst().orElseThrow(),
                    hits.stream().filter(h -> h.userAgent().equals("instance-B")).findFirst().orElseThrow());
            List<Long> at = hits.stream().filter(h -> !firsts.contains(h)).map(FeedServer.Hit::atMillis).sorted().toList();
            long smallestGap = Long.MAX_VALUE;
            for (int i = 1; i < at.size(); i++) {
                smallestGap = Math.min(smallestGap, at.get(i) - at.get(i - 1));
            }
            assertThat(smallestGap).as("smallest gap between requests from either instance (delay " + delayMs + " ms): "
                    + hits).isGreaterThanOrEqualTo(delayMs - 100);
        }
    }

    @Test
    void theConcurrencyLimitPerHostHoldsAcrossInstances() throws Exception {
        int feeds = 8;
        String db = TestDatabase.create();
        String cluster = "cw-test-" + UUID.randomUUID();
        int portA = RunningApp.freePort();
        int portB = RunningApp.freePort();
        try (FeedServer host = new FeedServer("127.0.0.5");
             RunningApp a = RunningApp.start(polite(clustered(db, cluster, "instance-A", portA, portB), 0)
                     .put(ConfigKeys.FETCH_HOST_CONCURRENCY, 1));
             RunningApp b = RunningApp.start(polite(clustered(db, cluster, "instance-B", portB, portA), 0)
                     .put(ConfigKeys.FETCH_HOST_CONCURRENCY, 1))) {
            for (int i = 0; i < feeds; i++) {
                String body = Feeds.rss20("Slow " + i, List.of());
                // a slow host: each answer takes 600 ms, so both instances have requests waiting for it
                host.route("/slow/" + i, req -> host.vertx().setTimer(600, t ->
                        req.response().putHeader("content-type", "application/rss+xml").end(body)));
            }
            for (int i = 0; i < feeds; i++) {
                SqlAdmin.execute(db, "INSERT INTO feeds (url, interval_seconds) VALUES ('" + host.url("/slow/" + i)
                        + "', 3600)");
            }
            Await.until("every feed polled", Duration.ofSeconds(60), () -> host.hits().stream()
                    .map(FeedServer.Hit::path).distinct().count() == feeds);
            assertThat(host.hits().stream().map(FeedServer.Hit::userAgent).distinct())
                    .as("both instances polled the host").containsExactlyInAnyOrder("instance-A", "instance-B");
            assertThat(host.maxInFlight()).as("requests in flight at the host at once (limit 1 per host): "
                    + host.hits()).isEqualTo(1);
        }
    }

    /** Each instance leases a few feeds per tick, often, so both are polling the one host at the same time. */
    private static JsonObject polite(JsonObject config, int delayMs) {
        return config.put(ConfigKeys.FETCH_HOST_DELAY_MS, delayMs).put(ConfigKeys.FETCH_HOST_CONCURRENCY, 2)
                .put(ConfigKeys.POLL_BATCH, 6).put(ConfigKeys.POLL_TICK_MS, 200);
    }

    @Test
    void killedInstanceLeaseIsTakenOverAfterItExpires() throws Exception {
        String db = TestDatabase.create();
        try (FeedServer server = new FeedServer()) {
            // the first request is never answered: the instance that took it dies holding the lease
            server.holdFirstRequest("/held.xml", Feeds.rss20("Held", List.of()));
            JsonObject configA = RunningApp.testConfig(db).put(ConfigKeys.POLL_LEASE_S, 20)
                    .put(ConfigKeys.FETCH_TIMEOUT_MS, 120_000).put(ConfigKeys.FETCH_USER_AGENT, "doomed");
            ChildApp doomed = ChildApp.start(configA, null);
            try {
                Await.until("instance A up", Duration.ofSeconds(60), () -> SqlAdmin.count(db,
                        "SELECT count(*) FROM users") >= 1);
                SqlAdmin.execute(db, "INSERT INTO feeds (url, interval_seconds) VALUES ('" + server.url("/held.xml")
                        + "', 60)");
                Await.until("A's request in flight", Duration.ofSeconds(30), () -> server.hits("/held.xml").size() == 1);
                JsonObject lease = SqlAdmin.query(db, "SELECT lease_owner, lease_until::text AS until FROM feeds").get(0);
                assertThat(lease.getString("lease_owner")).startsWith("poll:");
                try (RunningApp b = RunningApp.start(RunningApp.testConfig(db).put(ConfigKeys.FETCH_USER_AGENT, "survivor"))) {
                    doomed.kill();
                    JsonObject feed = Await.until("B polled the feed", Duration.ofSeconds(60), () -> {
                        JsonObject f = b.get("/api/feeds").statusCode() == 200
                                ? new JsonArray(b.get("/api/feeds").body()).getJsonObject(0) : null;
                        return f != null && "ok".equals(f.getString("status")) ? f : null;
                    });
                    FeedServer.Hit second = server.hits("/held.xml").get(1);
                    assertThat(second.userAgent()).isEqualTo("survivor");
                    long leaseEnd = OffsetDateTime.parse(lease.getString("until").replace(' ', 'T')
                            .replaceAll("\\+00$", "+00:00")).toInstant().toEpochMilli();
                    assertThat(second.atMillis()).as("B waited for the lease to expire").isGreaterThanOrEqualTo(leaseEnd - 50);
                    assertThat(feed.getString("title")).isEqualTo("Held");
                }
            } finally {
                doomed.close();
            }
        }
    }
}
