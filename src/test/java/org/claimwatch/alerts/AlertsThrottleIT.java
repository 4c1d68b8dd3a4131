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

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimwatch.alerts.VersionWriter.change;

/** A subscription over its request limit gets the excess grouped into one digest, none dropped. */
class AlertsThrottleIT {

    @Test
    void aThrottledSubscriptionReceivesADigestAndNothingIsDropped() throws Exception {
        JsonObject config = AlertsIT.config(RunningApp.testConfig(TestDatabase.create()))
                .put("alerts.maxPerMinute", 2).put("alerts.throttleWindowSeconds", 3);
        try (RunningApp app = RunningApp.start(config); VersionWriter versions = new VersionWriter(app.dbUrl());
             Receiver receiver = new Receiver()) {
            AlertsIT.subscribe(app, receiver.url("/throttled"), new JsonObject());
            long feed = versions.feed("Busy Outlet");
            List<Long> articles = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                long article = versions.article(feed, "Busy " + i, "Busy Outlet");
                articles.add(article);
                versions.store(article, 2, List.of(change(ChangeKind.NUMBER_CHANGED, 0.9, i + " units", (i + 1) + " units")));
            }
            Await.until("all eight alerts, individually or in a digest", Duration.ofSeconds(30),
                    () -> covered(receiver).size() == 8);

            List<Receiver.Hit> hits = receiver.hits("/throttled");
            assertThat(hits).anyMatch(h -> h.json().getString("type").equals("claims.digest"));
            assertThat(hits.size()).isLessThan(8);
            assertThat(covered(receiver)).containsExactlyInAnyOrderElementsOf(articles);
            for (int i = 2; i < hits.size(); i++) {
                assertThat(hits.get(i).atMillis() - hits.get(i - 2).atMillis())
                        .as("at most 2 requests in any 3 s window").isGreaterThan(2500);
            }
        }
    }

    @Test
    void requestsInFlightFromAnotherInstanceCountAgainstTheLimit() throws Exception {
        JsonObject config = AlertsIT.config(RunningApp.testConfig(TestDatabase.create()))
                .put("alerts.maxPerMinute", 2).put("alerts.throttleWindowSeconds", 60);
        try (RunningApp app = RunningApp.start(config); VersionWriter versions = new VersionWriter(app.dbUrl());
             Receiver receiver = new Receiver()) {
            long subscription = AlertsIT.subscribe(app, receiver.url("/throttled"), new JsonObject()).getLong("id");
            // another instance has leased two requests to this subscription and is sending them
            for (int i = 0; i < 2; i++) {
                SqlAdmin.execute(app.dbUrl(), "INSERT INTO webhook_deliveries (subscription_id, event_id, type, "
                        + "order_key, payload, body, next_attempt_at, lease_until) VALUES (" + subscription
                        + ", 'elsewhere-" + i + "', 'claims.changed', 'elsewhere-" + i + "', '{}', '{}', "
                        + "now() + interval '1 hour', now() + interval '1 minute')");
            }
            long feed = versions.feed("Busy Outlet");
            long article = versions.article(feed, "Busy", "Busy Outlet");
            versions.store(article, 2, List.of(change(ChangeKind.NUMBER_CHANGED, 0.9, "1 unit", "2 units")));

            Await.holds("the limit is used up by the other instance's requests: nothing is sent",
                    Duration.ofSeconds(3), () -> receiver.hits("/throttled").isEmpty());

            SqlAdmin.execute(app.dbUrl(), "UPDATE webhook_deliveries SET status = 'delivered', lease_until = NULL "
                    + "WHERE event_id LIKE 'elsewhere-%'");
            Await.until("the alert once the other requests are over", Duration.ofSeconds(30),
                    () -> covered(receiver).size() == 1);
            assertThat(covered(receiver)).containsExactly(article);
        }
    }

    /** The article of every claims.changed event received, directly or inside a digest. */
    private static List<Long> covered(Receiver receiver) {
        List<Long> out = new ArrayList<>();
        for (Receiver.Hit h : receiver.accepted("/throttled")) {
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
