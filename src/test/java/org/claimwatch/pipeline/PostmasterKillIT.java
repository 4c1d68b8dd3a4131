package org.claimwatch.pipeline;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.support.Await;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SiteServer;
import org.claimwatch.support.SqlAdmin;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, finding 9: the embedded database's postmaster killed with SIGKILL under a burst of stores. claimwatch
 * notices, starts its embedded database again, and loses no version and no alert.
 */
class PostmasterKillIT {

    private static final int ARTICLES = 5;

    @Test
    void aKilledEmbeddedDatabaseIsRestartedAndNothingIsLost() throws Exception {
        List<String> alerts = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        receiver.createContext("/hook", exchange -> {
            alerts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        Path data = Files.createTempDirectory(Path.of("target"), "postmaster-kill").toAbsolutePath();
        try (SiteServer site = new SiteServer();
             RunningApp app = RunningApp.start(RunningApp.testConfig(null).put(ConfigKeys.DATA_DIR, data.toString())
                     .put(ConfigKeys.DB_EMBEDDED_PORT, RunningApp.freePort()).put(ConfigKeys.FETCH_RETRY_S, 1)
                     .put(ConfigKeys.ALERTS_TICK_MS, 200).put(ConfigKeys.ALERTS_RETRY_BASE_MS, 200)
                     .put(ConfigKeys.ALERTS_LEASE_S, 10))) {
            assertThat(app.send("POST", "/api/subscriptions", new JsonObject().put("name", "desk")
                    .put("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook").put("format", "claimwatch")
                    .put("filters", new JsonObject()).put("active", true)).statusCode()).isEqualTo(201);
            List<String> links = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                site.html("/s" + i, Fixtures.articlePage("Story " + i, Fixtures.seed(i)));
                links.add(site.url("/s" + i));
                titles.add("Story " + i);
            }
            site.rss("/feed.xml", Fixtures.rss("Kill Gazette", links, titles));
            app.addFeed(site.url("/feed.xml"), 3600);
            String db = app.dbUrl();
            Await.until("first versions", Duration.ofSeconds(60), () ->
                    SqlAdmin.count(db, "SELECT count(*) FROM article_versions") == ARTICLES ? true : null);

            // a burst of edits; the postmaster is killed once the first of them is being stored
            for (int i = 0; i < ARTICLES; i++) {
                site.html("/s" + i, Fixtures.articlePage("Story " + i, "The regional council approved 4" + i
                        + " more affordable homes for the district on Tuesday evening, after a long debate in which "
                        + "members of every party argued about the cost (edit " + i + ").\n\n" + Fixtures.seed(i)));
            }
            Await.until("an edit stored", Duration.ofSeconds(30), () ->
                    SqlAdmin.count(db, "SELECT count(*) FROM article_versions") > ARTICLES ? true : null);
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("pg/postmaster.pid")).get(0).trim());
            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly(); // SIGKILL
            Await.until("the postmaster gone", Duration.ofSeconds(10),
                    () -> ProcessHandle.of(postmaster).map(p -> !p.isAlive()).orElse(true) ? true : null);

            Await.until("every edit stored after the database came back", Duration.ofSeconds(90), () ->
                    SqlAdmin.count(db, "SELECT count(DISTINCT article_id) FROM article_versions WHERE text LIKE '%(edit %'")
                            == ARTICLES ? true : null);
            assertThat(SqlAdmin.count(db, "SELECT count(*) FROM article_versions")).as("one version per edit, none twice")
                    .isEqualTo(2L * ARTICLES);
            long changes = SqlAdmin.count(db, "SELECT count(DISTINCT v.article_id) FROM claim_changes c "
                    + "JOIN article_versions v ON v.id = c.version_id WHERE v.version_no = 2");
            Await.until("an alert for every edit", Duration.ofSeconds(30), () ->
                    SqlAdmin.count(db, "SELECT count(*) FROM webhook_deliveries WHERE status <> 'delivered'") == 0
                            && alerts.stream().filter(a -> a.contains("\"claims.changed\"") || a.contains("claims.digest"))
                            .count() >= 1 ? true : null);
            long delivered = SqlAdmin.count(db, "SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered'");
            System.out.printf("postmaster kill -9: %d versions kept, %d edited articles with changes, %d alerts delivered, "
                    + "%d received%n", SqlAdmin.count(db, "SELECT count(*) FROM article_versions"), changes, delivered,
                    alerts.size());
            assertThat(alerts.size()).as("every delivered alert arrived").isGreaterThanOrEqualTo((int) delivered);
            assertThat(app.get("/health").statusCode()).isEqualTo(200);
        } finally {
            receiver.stop(0);
        }
    }
}
