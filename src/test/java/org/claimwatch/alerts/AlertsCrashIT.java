package org.claimwatch.alerts;

import io.vertx.core.json.JsonObject;
import org.claimwatch.diff.ChangeKind;
import org.claimwatch.support.Await;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimwatch.alerts.VersionWriter.change;

/** claimwatch killed (no graceful stop) while alerts are in flight and pending: after a restart none is lost. */
class AlertsCrashIT {

    @Test
    void killedWhileDeliveringThenRestartedLosesNoAlert() throws Exception {
        String db = TestDatabase.create();
        JsonObject config = AlertsIT.config(RunningApp.testConfig(db)).put("alerts.timeoutMs", 4000)
                .put("alerts.leaseSeconds", 1);
        Path configFile = Files.createTempFile(Path.of("target"), "crash-config", ".json");
        Files.writeString(configFile, config.encode());
        Path log = Path.of("target", "crash-child.log");
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", "target/classes" + File.pathSeparator + System.getProperty("java.class.path"),
                "org.claimwatch.Main", "serve")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        child.environment().put("CLAIMWATCH_CONFIG", configFile.toString());

        try (Receiver receiver = new Receiver(); VersionWriter versions = new VersionWriter(db)) {
            Process process = child.start();
            String base = "http://127.0.0.1:" + config.getInteger("http.port");
            HttpClient http = HttpClient.newHttpClient();
            try {
                Await.until("the child app healthy", Duration.ofSeconds(60), () -> http.send(
                        HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
                HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                        .header("content-type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("username", "admin")
                                .put("password", RunningApp.ADMIN_PASSWORD).encode())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
                HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/subscriptions"))
                        .header("content-type", "application/json")
                        .header("cookie", login.headers().firstValue("set-cookie").orElseThrow().split(";", 2)[0])
                        .header("X-CSRF-Token", new JsonObject(login.body()).getString("csrf_token"))
                        .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("name", "crash")
                                .put("url", receiver.url("/crash")).encode())).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

                receiver.delay(3000);
                long feed = versions.feed("Crash Gazette");
                for (int i = 0; i < 3; i++) {
                    versions.store(versions.article(feed, "In flight " + i, "Crash Gazette"), 2,
                            List.of(change(ChangeKind.NUMBER_CHANGED, 0.9, i + " units", (i + 1) + " units")));
                }
                Await.until("three requests in flight", Duration.ofSeconds(20), () -> receiver.hits("/crash").size() == 3);
            } finally {
                process.destroyForcibly().waitFor();
            }
            assertThat(SqlAdmin.count(db, "SELECT count(*) FROM webhook_deliveries WHERE status = 'pending'")).isEqualTo(3);
            receiver.delay(0);
            for (int i = 0; i < 2; i++) {
                versions.store(versions.article(versions.feed("Later Gazette"), "While down " + i, "Later Gazette"), 2,
                        List.of(change(ChangeKind.CLAIM_ADDED, 0.9, "", "Claim " + i)));
            }

            try (RunningApp restarted = RunningApp.start(config.put("http.port", RunningApp.freePort()))) {
                Await.until("every alert delivered after the restart", Duration.ofSeconds(40), () ->
                        SqlAdmin.count(db, "SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered'") == 5);
            }
            List<String> stored = SqlAdmin.query(db, "SELECT event_id FROM webhook_deliveries").stream()
                    .map(r -> r.getString("event_id")).toList();
            Map<String, Long> received = receiver.hits("/crash").stream()
                    .collect(Collectors.groupingBy(Receiver.Hit::id, Collectors.counting()));
            assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(stored);
            List<String> inFlight = new ArrayList<>(received.entrySet().stream().filter(e -> e.getValue() >= 2)
                    .map(Map.Entry::getKey).toList());
            assertThat(inFlight).as("the three in-flight alerts sent again with the same id").hasSize(3);
        }
    }
}
