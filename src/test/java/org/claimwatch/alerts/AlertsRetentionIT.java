package org.claimwatch.alerts;

import org.claimwatch.support.Await;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Old delivered alerts are pruned at start; dead letters and pending alerts are kept. */
class AlertsRetentionIT {

    @Test
    void deliveredAlertsOlderThanTheRetentionArePrunedAndDeadOnesKept() throws Exception {
        String db = TestDatabase.create();
        try (RunningApp first = RunningApp.start(RunningApp.testConfig(db))) {
            long sub = SqlAdmin.query(db, "INSERT INTO webhook_subscriptions (name, url, secret, active) "
                    + "VALUES ('old', 'http://127.0.0.1:9/x', $1, false) RETURNING id", WebhookSignature.newSecret())
                    .get(0).getLong("id");
            for (String status : new String[] {"delivered", "dead"}) {
                SqlAdmin.execute(db, "INSERT INTO webhook_deliveries (subscription_id, event_id, type, order_key, payload, "
                        + "body, status, delivered_at, created_at) VALUES (" + sub + ", 'msg_old_" + status
                        + "', 'claims.changed', 'article:1', '{}', '{}', '" + status + "', now() - interval '40 days', "
                        + "now() - interval '40 days')");
            }
        }
        try (RunningApp second = RunningApp.start(RunningApp.testConfig(db))) {
            Await.until("the old delivered alert pruned", Duration.ofSeconds(20), () ->
                    SqlAdmin.count(db, "SELECT count(*) FROM webhook_deliveries WHERE event_id = 'msg_old_delivered'") == 0);
            assertThat(SqlAdmin.count(db, "SELECT count(*) FROM webhook_deliveries WHERE event_id = 'msg_old_dead'"))
                    .isEqualTo(1);
        }
    }
}
