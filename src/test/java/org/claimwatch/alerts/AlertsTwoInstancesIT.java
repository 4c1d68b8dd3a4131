package org.claimwatch.alerts;

import io.vertx.core.json.JsonObject;
import org.claimwatch.diff.ChangeKind;
import org.claimwatch.support.Await;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimwatch.alerts.VersionWriter.change;

/** Two instances on one database deliver a shared outbox without ever sending one delivery twice. */
class AlertsTwoInstancesIT {

    @Test
    void twoInstancesNeverSendTheSameDeliveryTwice() throws Exception {
        String db = TestDatabase.create();
        JsonObject config = AlertsIT.config(RunningApp.testConfig(db));
        try (RunningApp first = RunningApp.start(config);
             RunningApp second = RunningApp.start(config.copy().put("http.port", RunningApp.freePort()));
             VersionWriter versions = new VersionWriter(db); Receiver receiver = new Receiver()) {
            receiver.delay(50);
            AlertsIT.subscribe(first, receiver.url("/shared"), new JsonObject());
            long feed = versions.feed("Shared Gazette");
            for (int i = 0; i < 30; i++) {
                versions.store(versions.article(feed, "Shared " + i, "Shared Gazette"), 2,
                        List.of(change(ChangeKind.NUMBER_CHANGED, 0.9, i + " units", (i + 1) + " units")));
            }
            Await.until("all thirty delivered", Duration.ofSeconds(30), () ->
                    SqlAdmin.count(db, "SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered'") == 30);
            Map<String, Long> perId = receiver.hits("/shared").stream()
                    .collect(Collectors.groupingBy(Receiver.Hit::id, Collectors.counting()));
            assertThat(perId).hasSize(30);
            assertThat(perId.values()).containsOnly(1L);
            assertThat(SqlAdmin.count(db, "SELECT count(*) FROM webhook_attempts")).isEqualTo(30);
        }
    }
}
