package org.claimwatch.pipeline;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import org.claimwatch.support.Await;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SiteServer;
import org.claimwatch.support.SqlAdmin;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, finding 2: claimwatch (a real child JVM, embedded database) killed with SIGKILL while article fetches are
 * in flight; after the restart nothing waits for the dead instance's leases: every edit is stored within 10 s.
 * Prints the time from the restart to the last stored edit.
 */
class CrashRecoveryIT {

    private static final int ARTICLES = 5;

    @Test
    void afterKillNineEveryEditIsStoredWithinTenSecondsOfTheRestart() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "crash-recovery").toAbsolutePath();
        JsonObject config = RunningApp.testConfig(null).put("data.dir", data.toString())
                .put("db.embedded.port", RunningApp.freePort());
        Path configFile = data.resolveSibling(data.getFileName() + ".json");
        Files.writeString(configFile, config.encode());

        Map<String, String> pages = new ConcurrentHashMap<>();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        long[] delayMs = {1500};
        Vertx vertx = Vertx.vertx();
        HttpServer outlet = vertx.createHttpServer().requestHandler(req -> {
            String page = pages.get(req.path());
            if (page == null) {
                req.response().setStatusCode(404).end();
                return;
            }
            started.incrementAndGet();
            Runnable answer = () -> {
                answered.incrementAndGet();
                req.response().putHeader("content-type", "text/html; charset=utf-8").end(page);
            };
            if (delayMs[0] > 0) {
                vertx.setTimer(delayMs[0], id -> answer.run());
            } else {
                answer.run();
            }
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        String base = "http://127.0.0.1:" + outlet.actualPort();
        List<String> links = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            pages.put("/story-" + i, Fixtures.articlePage("Burst story " + i, Fixtures.seed(i)));
            links.add(base + "/story-" + i);
            titles.add("Burst story " + i);
        }

        Path log = Path.of("target", "crash-recovery-child.log");
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", "target/classes" + File.pathSeparator + System.getProperty("java.class.path"),
                "org.claimwatch.Main", "serve")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        child.environment().put("CLAIMWATCH_CONFIG", configFile.toString());
        try (SiteServer feeds = new SiteServer()) {
            feeds.rss("/burst.xml", Fixtures.rss("Burst Gazette", links, titles));
            Process process = child.start();
            String app = "http://127.0.0.1:" + config.getInteger("http.port");
            HttpClient http = HttpClient.newHttpClient();
            try {
                Await.until("the child app healthy", Duration.ofSeconds(90), () -> http.send(
                        HttpRequest.newBuilder(URI.create(app + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
                HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(app + "/api/session"))
                        .header("content-type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("username", "admin")
                                .put("password", RunningApp.ADMIN_PASSWORD).encode())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
                HttpResponse<String> added = http.send(HttpRequest.newBuilder(URI.create(app + "/api/feeds"))
                        .header("content-type", "application/json")
                        .header("cookie", login.headers().firstValue("set-cookie").orElseThrow().split(";", 2)[0])
                        .header("X-CSRF-Token", new JsonObject(login.body()).getString("csrf_token"))
                        .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("url", feeds.url("/burst.xml"))
                                .put("interval_seconds", 3600).put("force", true).encode())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
                Await.until("article fetches in flight", Duration.ofSeconds(60),
                        () -> started.get() - answered.get() >= 1 ? true : null);
            } finally {
                process.destroyForcibly().waitFor(); // SIGKILL: no graceful stop
            }
            long inFlight = started.get() - answered.get();
            // the newsroom edits every story while claimwatch is down; the outlet answers fast from now on
            delayMs[0] = 0;
            for (int i = 0; i < ARTICLES; i++) {
                // the edit opens the story (a closing paragraph may be cut as page furniture)
                pages.put("/story-" + i, Fixtures.articlePage("Burst story " + i, "The regional council approved 4" + i
                        + " more affordable homes for the district on Tuesday evening, after a long debate in which "
                        + "members of every party argued about the cost (edit " + i + ").\n\n" + Fixtures.seed(i)));
            }
            awaitPostmasterGone(data);

            Instant restart = Instant.now();
            try (RunningApp restarted = RunningApp.start(config.put("http.port", RunningApp.freePort()))) {
                Instant up = Instant.now();
                String db = restarted.dbUrl();
                try {
                    Await.until("every edit stored", Duration.ofSeconds(60), () -> SqlAdmin.count(db,
                            "SELECT count(DISTINCT article_id) FROM article_versions WHERE text LIKE '%(edit %'") == ARTICLES
                            ? true : null);
                } catch (RuntimeException e) {
                    System.out.println("articles after the restart: " + SqlAdmin.query(db, "SELECT id, url, last_status, "
                            + "last_error, version_count, next_check_at, check_lease_until FROM articles"));
                    System.out.println("versions: " + SqlAdmin.query(db, "SELECT article_id, version_no, "
                            + "right(text, 200) AS tail FROM article_versions"));
                    throw e;
                }
                Instant last = Instant.ofEpochMilli(SqlAdmin.count(db, "SELECT (extract(epoch FROM max(fetched_at)) * 1000)::bigint "
                        + "FROM article_versions WHERE text LIKE '%(edit %'"));
                Duration fromRestart = Duration.between(restart, last);
                Duration fromUp = Duration.between(up, last);
                System.out.printf("kill -9 with %d fetches in flight: last edit stored %d ms after the restart began "
                        + "(%d ms after it was up; start took %d ms)%n", inFlight, fromRestart.toMillis(),
                        fromUp.toMillis(), Duration.between(restart, up).toMillis());
                assertThat(fromUp).as("restart (up) to the last stored edit").isLessThan(Duration.ofSeconds(10));
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** The killed JVM's embedded postmaster stops on the parent-death signal: wait for it to be gone. */
    private static void awaitPostmasterGone(Path data) {
        Path pid = data.resolve("pg/postmaster.pid");
        Await.until("the killed instance's postmaster gone", Duration.ofSeconds(30), () -> {
            if (!Files.exists(pid)) {
                return true;
            }
            long id = Long.parseLong(Files.readAllLines(pid).get(0).trim());
            return ProcessHandle.of(id).map(p -> !p.isAlive()).orElse(true) ? true : null;
        });
    }
}
