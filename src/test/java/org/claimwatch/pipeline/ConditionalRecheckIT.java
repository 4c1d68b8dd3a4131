package org.claimwatch.pipeline;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.claimwatch.support.Await;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SiteServer;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, finding 1: article re-checks send the validators the server gave (If-None-Match, If-Modified-Since); a
 * 304 is a successful check that moves the schedule on; 304s and bytes saved are counted per feed and per host, in
 * the feeds API and in /metrics. Prints the bytes saved in this loopback run.
 */
class ConditionalRecheckIT {

    private static final String ETAG = "\"v1-article\"";
    private static final String LAST_MODIFIED = "Sat, 05 Dec 2026 10:00:00 GMT";

    @Test
    void reChecksAreConditionalAndTheirSavingsAreCounted() throws Exception {
        String page = Fixtures.articlePage("Conditional article", Fixtures.seed(1));
        int pageBytes = page.getBytes(StandardCharsets.UTF_8).length;
        AtomicInteger full = new AtomicInteger();
        AtomicInteger notModified = new AtomicInteger();
        AtomicInteger unconditional = new AtomicInteger();
        Vertx vertx = Vertx.vertx();
        HttpServer outlet = vertx.createHttpServer().requestHandler(req -> {
            boolean matches = ETAG.equals(req.getHeader("If-None-Match"))
                    && LAST_MODIFIED.equals(req.getHeader("If-Modified-Since"));
            if (matches) {
                notModified.incrementAndGet();
                req.response().setStatusCode(304).putHeader("ETag", ETAG).end();
                return;
            }
            if (req.getHeader("If-None-Match") == null) {
                unconditional.incrementAndGet();
            }
            full.incrementAndGet();
            req.response().putHeader("content-type", "text/html; charset=utf-8").putHeader("ETag", ETAG)
                    .putHeader("Last-Modified", LAST_MODIFIED).end(page);
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        String articleUrl = "http://127.0.0.1:" + outlet.actualPort() + "/story";
        try (SiteServer feeds = new SiteServer();
             RunningApp app = RunningApp.start(RunningApp.testConfig(TestDatabase.create()))) {
            feeds.rss("/cond.xml", Fixtures.rss("Conditional Times", List.of(articleUrl), List.of("Conditional article")));
            long feedId = app.addFeed(feeds.url("/cond.xml"), 3600);

            Await.until("five 304 re-checks (1 s schedule)", Duration.ofSeconds(60), () -> notModified.get() >= 5 ? true : null);
            assertThat(full.get()).as("one full fetch, then only 304s").isEqualTo(1);
            assertThat(unconditional.get()).isEqualTo(1);

            JsonObject feed = Await.until("the feed counts them", Duration.ofSeconds(10), () -> {
                JsonObject f = app.feed(feedId);
                return f.getLong("recheck_not_modified", 0L) >= 5 ? f : null;
            });
            long saved = feed.getLong("recheck_bytes_saved");
            assertThat(saved).isEqualTo(feed.getLong("recheck_not_modified") * pageBytes);

            JsonArray hosts = new JsonArray(app.get("/api/feeds/recheck-hosts").body());
            JsonObject host = hosts.stream().map(o -> (JsonObject) o)
                    .filter(h -> h.getString("host").equals("127.0.0.1:" + outlet.actualPort())).findFirst().orElseThrow();
            assertThat(host.getLong("not_modified")).isGreaterThanOrEqualTo(5);
            assertThat(host.getLong("bytes_saved")).isGreaterThanOrEqualTo(5L * pageBytes);

            String metrics = app.get("/metrics").body();
            assertThat(metrics).containsPattern("claimwatch_recheck_not_modified_total\\{[^}]*feed=\"" + feedId + "\"")
                    .containsPattern("claimwatch_recheck_bytes_saved_total\\{[^}]*host=\"127.0.0.1:" + outlet.actualPort() + "\"");

            System.out.printf("conditional re-checks: %d full fetch, %d x 304, %d bytes saved (page %d bytes)%n",
                    full.get(), feed.getLong("recheck_not_modified"), saved, pageBytes);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
