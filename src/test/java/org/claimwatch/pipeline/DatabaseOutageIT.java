package org.claimwatch.pipeline;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.support.Await;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SiteServer;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database drops every connection of the app, again and again, while an edit is being detected: the app
 * reconnects by itself and the edit still becomes exactly one new version, its claim change and its webhook alert.
 */
class DatabaseOutageIT {

    private static final String KILL = "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            + "WHERE datname = current_database() AND pid <> pg_backend_pid()";

    @Test
    void droppedConnectionsLoseNoVersionAndNoAlert() throws Exception {
        List<String> alerts = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        receiver.createContext("/hook", exchange -> {
            alerts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        String db = TestDatabase.create();
        try (SiteServer site = new SiteServer();
             RunningApp app = RunningApp.start(RunningApp.testConfig(db).put(ConfigKeys.FETCH_RETRY_S, 2)
                     .put(ConfigKeys.FETCH_TIMEOUT_MS, 3000).put(ConfigKeys.ALERTS_TICK_MS, 200)
                     .put(ConfigKeys.ALERTS_RETRY_BASE_MS, 200).put(ConfigKeys.ALERTS_LEASE_S, 10))) {
            HttpResponse<String> subscribed = app.send("POST", "/api/subscriptions", new JsonObject().put("name", "desk")
                    .put("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook").put("format", "claimwatch")
                    .put("filters", new JsonObject()).put("active", true));
            assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
            String original = Fixtures.seed(0);
            site.html("/news/qatar", Fixtures.articlePage("Hamas leaders leave Qatar", original));
            site.rss("/feed.xml", Fixtures.rss("The Test Gazette", List.of(site.url("/news/qatar")),
                    List.of("Hamas leaders leave Qatar")));
            app.addFeed(site.url("/feed.xml"), 1);
            Await.until("version 1", Duration.ofSeconds(30), () -> versions(db) == 1);
            SqlAdmin.execute(db, "UPDATE articles SET next_check_at = now()");

            site.html("/news/qatar", Fixtures.articlePage("Hamas leaders leave Qatar",
                    original.replace("about 13 senior leaders", "about 15 senior leaders")));
            AtomicInteger killed = new AtomicInteger();
            // for 4 s, every 100 ms: drop the app's connections and make the article due again
            Await.holds("the outage", Duration.ofSeconds(4), () -> {
                killed.addAndGet((int) SqlAdmin.count(db, KILL));
                SqlAdmin.execute(db, "UPDATE articles SET next_check_at = now()");
                return true;
            });
            assertThat(killed.get()).as("connections of the app were dropped").isPositive();

            Await.until("version 2 after the outage", Duration.ofSeconds(120), () -> versions(db) == 2);
            Await.until("its NUMBER_CHANGED alert delivered", Duration.ofSeconds(120), () ->
                    alerts.stream().anyMatch(a -> a.contains("NUMBER_CHANGED")));
            assertThat(SqlAdmin.count(db, "SELECT count(*) FROM claim_changes WHERE kind = 'NUMBER_CHANGED'")).isEqualTo(1);
            assertThat(app.get("/health").statusCode()).isEqualTo(200);
            Await.holds("no duplicate version once things settle", Duration.ofSeconds(3), () -> versions(db) == 2);
        } finally {
            receiver.stop(0);
        }
    }

    private static long versions(String db) throws Exception {
        return SqlAdmin.count(db, "SELECT count(*) FROM article_versions");
    }
}
