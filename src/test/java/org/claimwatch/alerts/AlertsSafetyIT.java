package org.claimwatch.alerts;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.claimwatch.diff.ChangeKind;
import org.claimwatch.support.Await;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimwatch.alerts.VersionWriter.change;

/** Without an allow-list, webhooks to loopback, private, link-local and metadata addresses are refused. */
class AlertsSafetyIT {

    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start(AlertsIT.config(RunningApp.testConfig(TestDatabase.create()))
                .put("net.allow", new JsonArray()));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static HttpResponse<String> subscribe(String url) throws Exception {
        return app.send("POST", "/api/subscriptions", new JsonObject().put("name", "ssrf").put("url", url));
    }

    @Test
    void loopbackTargetIsRefused() throws Exception {
        HttpResponse<String> res = subscribe("http://127.0.0.1:8080/hook");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(new JsonObject(res.body()).getString("error")).contains("blocked").contains("127.0.0.1");
    }

    @Test
    void metadataTargetIsRefused() throws Exception {
        HttpResponse<String> res = subscribe("http://169.254.169.254/latest/meta-data/");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(new JsonObject(res.body()).getString("error")).contains("blocked").contains("169.254.169.254");
    }

    @Test
    void aNameResolvingToLoopbackIsRefusedAfterResolution() throws Exception {
        HttpResponse<String> res = subscribe("http://localhost:9/hook");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(new JsonObject(res.body()).getString("error")).contains("blocked");
    }

    @Test
    void changingTheUrlToAPrivateAddressIsRefused() throws Exception {
        HttpResponse<String> created = subscribe("http://93.184.215.14/hook");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = new JsonObject(created.body()).getLong("id");
        HttpResponse<String> res = app.send("PATCH", "/api/subscriptions/" + id,
                new JsonObject().put("url", "http://10.0.0.5/hook").put("active", false));
        assertThat(res.statusCode()).isEqualTo(400);
    }

    @Test
    void theDispatcherChecksAgainWhenItSends() throws Exception {
        try (Receiver receiver = new Receiver(); VersionWriter versions = new VersionWriter(app.dbUrl())) {
            // a row written behind the API's back (or a name that resolves elsewhere by now) is still refused
            long sub = SqlAdmin.query(app.dbUrl(), "INSERT INTO webhook_subscriptions (name, url, secret) "
                    + "VALUES ('sneaky', $1, $2) RETURNING id", receiver.url("/sneaky"), WebhookSignature.newSecret())
                    .get(0).getLong("id");
            long feed = versions.feed("Safety Gazette");
            versions.store(versions.article(feed, "Safety", "Safety Gazette"), 2,
                    List.of(change(ChangeKind.NUMBER_CHANGED, 0.9, "1", "2")));
            JsonObject delivery = Await.until("a refused attempt", Duration.ofSeconds(20), () -> {
                JsonArray items = new JsonObject(app.get("/api/subscriptions/" + sub + "/deliveries").body())
                        .getJsonArray("items");
                return items.isEmpty() || items.getJsonObject(0).getInteger("attempts") == 0 ? null : items.getJsonObject(0);
            });
            assertThat(delivery.getString("last_error")).contains("blocked");
            assertThat(delivery.getValue("last_status_code")).isNull();
            assertThat(receiver.hits("/sneaky")).isEmpty();
        }
    }
}
