package org.claimwatch.pipeline;

import io.vertx.core.json.JsonObject;
import org.claimwatch.support.Await;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SiteServer;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Broken feeds and pages record a readable error and their next attempt; every other feed goes on. */
class BadInputIT {

    private static SiteServer site;
    private static RunningApp app;
    private static long goodFeed;

    @BeforeAll
    static void start() throws Exception {
        site = new SiteServer();
        app = RunningApp.start(RunningApp.testConfig(TestDatabase.create()));
        site.html("/good/article", Fixtures.articlePage("Good article", Fixtures.seed(2)));
        site.rss("/good.xml", Fixtures.rss("Good Feed", List.of(site.url("/good/article")), List.of("Good article")));
        goodFeed = app.addFeed(site.url("/good.xml"), 1);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
        site.close();
    }

    @Test
    void unreachableFeedRecordsConnectionError() throws Exception {
        long id = app.addFeed("http://127.0.0.1:" + RunningApp.freePort() + "/feed.xml", 1);
        JsonObject feed = awaitError(id);
        assertThat(feed.getString("last_error")).startsWith("cannot connect to http://127.0.0.1:");
        assertOthersGoOn();
    }

    @Test
    void notFoundFeedRecordsHttpStatus() throws Exception {
        long id = app.addFeed(site.url("/missing.xml"), 1);
        JsonObject feed = awaitError(id);
        assertThat(feed.getString("last_error")).isEqualTo("HTTP 404 from " + site.url("/missing.xml"));
        assertThat(feed.getInteger("last_http_status")).isEqualTo(404);
        assertOthersGoOn();
    }

    @Test
    void serverErrorFeedRecordsHttpStatus() throws Exception {
        site.serve("/broken.xml", 500, "text/plain", "boom");
        long id = app.addFeed(site.url("/broken.xml"), 1);
        JsonObject feed = awaitError(id);
        assertThat(feed.getString("last_error")).isEqualTo("HTTP 500 from " + site.url("/broken.xml"));
        assertOthersGoOn();
    }

    @Test
    void htmlInsteadOfFeedSaysSo() throws Exception {
        site.html("/page.html", "<!doctype html><html><head><title>A site</title></head><body><p>Hello</p></body></html>");
        long id = app.addFeed(site.url("/page.html"), 1);
        JsonObject feed = awaitError(id);
        assertThat(feed.getString("last_error")).containsIgnoringCase("html");
        assertOthersGoOn();
    }

    @Test
    void malformedXmlSaysSo() throws Exception {
        site.rss("/malformed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>a</ite");
        long id = app.addFeed(site.url("/malformed.xml"), 1);
        JsonObject feed = awaitError(id);
        assertThat(feed.getString("last_error")).isNotBlank();
        assertOthersGoOn();
    }

    @Test
    void articleThatFailsToFetchIsRetriedAndNeverStoredEmpty() throws Exception {
        site.serve("/flaky/article", 503, "text/plain", "try later");
        site.rss("/flaky.xml", Fixtures.rss("Flaky", List.of(site.url("/flaky/article")), List.of("Flaky article")));
        app.addFeed(site.url("/flaky.xml"), 60);
        Await.until("two failed fetches of the article", Duration.ofSeconds(30), () -> site.hits("/flaky/article") >= 2);
        JsonObject article = SqlAdmin.query(app.dbUrl(), "SELECT last_status, last_error, version_count, next_check_at "
                + "FROM articles WHERE url = $1", site.url("/flaky/article")).get(0);
        assertThat(article.getString("last_status")).isEqualTo("error");
        assertThat(article.getString("last_error")).isEqualTo("HTTP 503 from " + site.url("/flaky/article"));
        assertThat(article.getInteger("version_count")).isZero();
        assertThat(article.getString("next_check_at")).isNotNull();

        site.html("/flaky/article", Fixtures.articlePage("Flaky article", Fixtures.seed(3)));
        Await.until("the article stored once it answers", Duration.ofSeconds(30), () -> SqlAdmin.count(app.dbUrl(),
                "SELECT count(*) FROM article_versions v JOIN articles a ON a.id = v.article_id WHERE a.url = $1",
                site.url("/flaky/article")) == 1);
    }

    @Test
    void pageWithoutArticleTextIsRecordedNotStored() throws Exception {
        site.html("/thin/article", "<html><head><title>Subscribe</title></head><body><p>Subscribe now.</p></body></html>");
        site.rss("/thin.xml", Fixtures.rss("Thin", List.of(site.url("/thin/article")), List.of("Thin")));
        app.addFeed(site.url("/thin.xml"), 60);
        JsonObject article = Await.until("the thin article checked", Duration.ofSeconds(30), () -> {
            List<JsonObject> rows = SqlAdmin.query(app.dbUrl(), "SELECT last_status, last_error, version_count "
                    + "FROM articles WHERE url = $1 AND last_status IS NOT NULL", site.url("/thin/article"));
            return rows.isEmpty() ? null : rows.get(0);
        });
        assertThat(article.getString("last_status")).isNotEqualTo("ok").isNotEqualTo("error");
        assertThat(article.getString("last_error")).isNotBlank();
        assertThat(article.getInteger("version_count")).isZero();
    }

    @Test
    void privateAddressesAreRefusedWithoutTheAllowList() throws Exception {
        JsonObject config = RunningApp.testConfig(TestDatabase.create()).put("net.allow", new io.vertx.core.json.JsonArray());
        try (RunningApp strict = RunningApp.start(config)) {
            var res = strict.send("POST", "/api/feeds", new JsonObject().put("url", site.url("/good.xml")));
            assertThat(res.statusCode()).isEqualTo(400);
            assertThat(new JsonObject(res.body()).getString("error")).contains("127.0.0.1");
        }
    }

    private static JsonObject awaitError(long id) throws Exception {
        JsonObject feed = Await.until("feed " + id + " to record an error", Duration.ofSeconds(30), () -> {
            JsonObject f = app.feed(id);
            return "error".equals(f.getString("status")) ? f : null;
        });
        assertThat(feed.getString("next_poll_at")).isNotNull();
        assertThat(feed.getInteger("consecutive_failures")).isPositive();
        return feed;
    }

    private static void assertOthersGoOn() throws Exception {
        String before = app.feed(goodFeed).getString("last_polled_at");
        Await.until("the good feed to be polled again", Duration.ofSeconds(30), () -> {
            JsonObject f = app.feed(goodFeed);
            return "ok".equals(f.getString("status")) && !f.getString("last_polled_at").equals(before);
        });
        Await.until("the good feed's article stored", Duration.ofSeconds(30),
                () -> app.feed(goodFeed).getLong("versions_count") == 1L);
        assertThat(app.get("/health").statusCode()).isEqualTo(200);
    }
}
