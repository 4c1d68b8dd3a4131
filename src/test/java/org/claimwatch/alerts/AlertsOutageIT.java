package org.claimwatch.alerts;

import io.vertx.core.json.JsonObject;
import org.claimwatch.diff.ChangeKind;
import org.claimwatch.support.Await;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimwatch.alerts.VersionWriter.change;

/**
 * Issue 19, finding 3: through a long webhook outage an alert that was attempted keeps its webhook-id until it is
 * delivered (a receiver de-duplicating on it sees each once); only never-attempted alerts fold into a digest; retries
 * are not new traffic for the throttle.
 */
class AlertsOutageIT {

    @Test
    void attemptedAlertsKeepTheirIdsThroughAnOutage() throws Exception {
        JsonObject config = AlertsIT.config(RunningApp.testConfig(TestDatabase.create()))
                .put("alerts.maxPerMinute", 3).put("alerts.throttleWindowSeconds", 2)
                .put("alerts.maxAttempts", 100).put("alerts.retryBaseMs", 100).put("alerts.retryMaxDelayMs", 400);
        try (RunningApp app = RunningApp.start(config); VersionWriter versions = new VersionWriter(app.dbUrl());
             Receiver receiver = new Receiver()) {
            AlertsIT.subscribe(app, receiver.url("/outage"), new JsonObject());
            receiver.down();
            long feed = versions.feed("Outage Outlet");
            List<Long> articles = new ArrayList<>();
            Set<String> attempted = ConcurrentHashMap.newKeySet();
            // three alerts, one after the other, each attempted on its own and failing (retried every 100-400 ms,
            // so their retries alone would fill the 3-per-2-s limit); then five more queue up behind them
            for (int i = 0; i < 8; i++) {
                long article = versions.article(feed, "Outage " + i, "Outage Outlet");
                articles.add(article);
                versions.store(article, 2, List.of(change(ChangeKind.NUMBER_CHANGED, 0.9, i + " units", (i + 1) + " units")));
                if (i < 3) {
                    attempted.add(Await.until("alert " + i + " attempted on its own, and retried", Duration.ofSeconds(20),
                            () -> SqlAdmin.query(app.dbUrl(), "SELECT event_id FROM webhook_deliveries "
                                    + "WHERE type = 'claims.changed' AND attempts >= 2 "
                                    + "AND (payload->'data'->'article'->>'id')::bigint = " + article).stream()
                                    .map(r -> r.getString("event_id")).findFirst().orElse(null)));
                }
            }
            // several throttle windows of connection failures
            Await.holds("the outage goes on (collecting the ids attempted)", Duration.ofSeconds(5), () -> {
                attempted.addAll(attemptedIds(app));
                return true;
            });
            long failures = SqlAdmin.count(app.dbUrl(), "SELECT count(*) FROM webhook_attempts");
            assertThat(failures).as("connection failures during the outage").isGreaterThan(8);
            receiver.up();

            Await.until("all eight alerts, individually or in a digest", Duration.ofSeconds(30),
                    () -> covered(receiver).size() >= 8 ? true : null);
            List<String> delivered = receiver.accepted("/outage").stream().map(Receiver.Hit::id).toList();
            assertThat(delivered).as("every alert attempted during the outage arrives under its own id")
                    .containsAll(attempted);
            assertThat(covered(receiver)).containsExactlyInAnyOrderElementsOf(articles);
            List<String> folded = new ArrayList<>();
            for (Receiver.Hit h : receiver.accepted("/outage")) {
                if (h.json().getString("type").equals("claims.digest")) {
                    h.json().getJsonObject("data").getJsonArray("events")
                            .forEach(e -> folded.add(((JsonObject) e).getString("id")));
                }
            }
            assertThat(folded).as("a digest holds never-attempted alerts only").doesNotContainAnyElementsOf(attempted);
            System.out.printf("outage: %d connection failures, %d alerts attempted kept their ids, %d folded into digests%n",
                    failures, attempted.size(), folded.size());
        }
    }

    private static Set<String> attemptedIds(RunningApp app) throws Exception {
        Set<String> out = new java.util.HashSet<>();
        for (JsonObject row : SqlAdmin.query(app.dbUrl(),
                "SELECT event_id FROM webhook_deliveries WHERE attempts > 0 AND type = 'claims.changed'")) {
            out.add(row.getString("event_id"));
        }
        return out;
    }

    /** The article of every claims.changed event received, directly or inside a digest. */
    private static List<Long> covered(Receiver receiver) {
        List<Long> out = new ArrayList<>();
        for (Receiver.Hit h : receiver.accepted("/outage")) {
            JsonObject event = h.json();
            if (event.getString("type").equals("claims.digest")) {
                event.getJsonObject("data").getJsonArray("events").forEach(e -> out.add(((JsonObject) e)
                        .getJsonObject("data").getJsonObject("article").getLong("id")));
            } else {
                out.add(event.getJsonObject("data").getJsonObject("article").getLong("id"));
            }
        }
        return out;
    }
}
