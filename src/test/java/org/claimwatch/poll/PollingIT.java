package org.claimwatch.poll;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.support.Await;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.BiFunction;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The poller end to end against a loopback server: formats, conditional GET, compression, redirects, politeness. */
class PollingIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static FeedServer server;
    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        server = new FeedServer();
        app = RunningApp.start(RunningApp.testConfig(TestDatabase.create())
                .put(ConfigKeys.ARTICLE_RECHECK_S, 0)
                .put(ConfigKeys.FETCH_HOST_CONCURRENCY, 2)
                .put(ConfigKeys.FETCH_HOST_DELAY_MS, 50)
                .put(ConfigKeys.POLL_BACKOFF_BASE_S, 1)
                .put(ConfigKeys.POLL_BACKOFF_CAP_S, 2)
                .put(ConfigKeys.POLL_MAX_FAILURES, 3)
                .put(ConfigKeys.FETCH_USER_AGENT, "claimwatch-test/1.0 (+mailto:desk@example.org)"));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
        server.close();
    }

    /** Adds a feed without the web-page probe, so the server sees only the poller's requests. */
    private static long addForced(String url, int interval) throws Exception {
        HttpResponse<String> res = app.send("POST", "/api/feeds", new JsonObject().put("url", url)
                .put("interval_seconds", interval).put("force", true));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return new JsonObject(res.body()).getLong("id");
    }

    private static List<String> pages(String prefix, int n) {
        List<String> urls = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            String path = "/" + prefix + "/story-" + i;
            server.serve(path, "text/html; charset=utf-8", Fixtures.articlePage("Story " + i, Fixtures.seed(i % 3)));
            urls.add(server.url(path));
        }
        return urls;
    }

    private static List<String> articleUrls(long feedId) throws Exception {
        return SqlAdmin.query(app.dbUrl(), "SELECT url FROM articles WHERE feed_id = $1 ORDER BY url", feedId)
                .stream().map(r -> r.getString("url")).toList();
    }

    private void assertFormatPolled(String name, String contentType,
                                    BiFunction<String, List<String>, String> format) throws Exception {
        List<String> links = pages(name, 2);
        server.serve("/" + name + ".feed", contentType, format.apply("Format " + name, links));
        long id = app.addFeed(server.url("/" + name + ".feed"), 1);
        Await.until(name + " items recorded", WAIT, () -> articleUrls(id).size() == 2);
        assertThat(articleUrls(id)).containsExactlyInAnyOrderElementsOf(links);
        assertThat(app.feed(id).getString("status")).isEqualTo("ok");
        assertThat(app.feed(id).getString("title")).isEqualTo("Format " + name);
    }

    @Test
    void rss20IsPolled() throws Exception {
        assertFormatPolled("rss20", "application/rss+xml", Feeds::rss20);
    }

    @Test
    void rss091IsPolled() throws Exception {
        assertFormatPolled("rss091", "application/rss+xml", Feeds::rss091);
    }

    @Test
    void rss10IsPolled() throws Exception {
        assertFormatPolled("rss10", "application/rdf+xml", Feeds::rss10);
    }

    @Test
    void atom10IsPolled() throws Exception {
        assertFormatPolled("atom10", "application/atom+xml", Feeds::atom10);
    }

    @Test
    void atom03IsPolled() throws Exception {
        assertFormatPolled("atom03", "application/atom+xml", Feeds::atom03);
    }

    @Test
    void jsonFeedIsPolled() throws Exception {
        assertFormatPolled("jsonfeed", "application/feed+json", Feeds::jsonFeed);
    }

    @Test
    void storedArticlesGetVersionsFromTheFetchStage() throws Exception {
        List<String> links = pages("versioned", 1);
        server.serve("/versioned.xml", "application/rss+xml", Feeds.rss20("Versioned", links));
        long id = app.addFeed(server.url("/versioned.xml"), 1);
        Await.until("a version of the article", WAIT, () -> SqlAdmin.count(app.dbUrl(),
                "SELECT count(*) FROM articles WHERE feed_id = $1 AND version_count = 1", id) == 1);
    }

    @Test
    void anUpdatedItemWithTheSameGuidIsRecheckedAtOnce() throws Exception {
        String page = "/updated/story";
        server.serve(page, "text/html; charset=utf-8", Fixtures.articlePage("Toll rises", Fixtures.seed(0)));
        server.serve("/updated.xml", "application/rss+xml", updatedItemFeed("Toll rises", "Mon, 23 Nov 2026 10:00:00 GMT",
                server.url(page)));
        long feed = app.addFeed(server.url("/updated.xml"), 1);
        Await.until("the first version", WAIT, () -> SqlAdmin.count(app.dbUrl(),
                "SELECT count(*) FROM articles WHERE feed_id = $1 AND version_count = 1", feed) == 1);
        // the re-check schedule would not look at the article again for a day
        SqlAdmin.execute(app.dbUrl(), "UPDATE articles SET next_check_at = now() + interval '1 day' WHERE feed_id = " + feed);
        int fetches = server.hits(page).size();
        Await.until("two more polls of the unchanged feed", WAIT, () -> app.feed(feed).getInteger("polls_full") >= 3);
        assertThat(server.hits(page)).as("an unchanged item does not bring the article forward").hasSize(fetches);

        server.serve(page, "text/html; charset=utf-8", Fixtures.articlePage("Toll rises",
                Fixtures.seed(0).replaceFirst("1,200", "1,300")));
        server.serve("/updated.xml", "application/rss+xml", updatedItemFeed("Toll rises again",
                "Mon, 23 Nov 2026 12:00:00 GMT", server.url(page)));
        Await.until("the updated item's article re-fetched and versioned", WAIT, () -> SqlAdmin.count(app.dbUrl(),
                "SELECT count(*) FROM articles WHERE feed_id = $1 AND version_count = 2", feed) == 1);
    }

    private static String updatedItemFeed(String title, String date, String link) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Updates</title><link>http://example.org/</link>"
                + "<description>d</description><item><title>" + title + "</title><link>" + link + "</link>"
                + "<guid isPermaLink=\"false\">story-42</guid><pubDate>" + date + "</pubDate></item></channel></rss>";
    }

    @Test
    void conditionalGetIsAnswered304AndCounted() throws Exception {
        String body = Feeds.rss20("Conditional", pages("cond", 1));
        server.serveWithEtag("/cond.xml", "application/rss+xml", body, "\"v1\"");
        long id = addForced(server.url("/cond.xml"), 1);
        Await.until("three polls", WAIT, () -> server.hits("/cond.xml").size() >= 4);
        List<FeedServer.Hit> hits = server.hits("/cond.xml");
        long full = hits.stream().filter(h -> h.ifNoneMatch() == null).count();
        long conditional = hits.stream().filter(h -> "\"v1\"".equals(h.ifNoneMatch())).count();
        assertThat(full).isEqualTo(1);
        assertThat(conditional).isEqualTo(hits.size() - 1);
        JsonObject feed = Await.until("304s recorded", WAIT, () -> {
            JsonObject f = app.feed(id);
            return f.getInteger("polls_not_modified") >= 2 ? f : null;
        });
        assertThat(feed.getInteger("polls_full")).isEqualTo(1);
        assertThat(feed.getLong("bytes_saved")).isEqualTo((long) feed.getInteger("polls_not_modified")
                * body.getBytes(StandardCharsets.UTF_8).length);
        assertThat(feed.getInteger("last_http_status")).isEqualTo(304);
    }

    @Test
    void gzipBodyIsDecoded() throws Exception {
        assertCompressed("gzip", PollingIT::gzip);
    }

    @Test
    void deflateBodyIsDecoded() throws Exception {
        assertCompressed("deflate", PollingIT::deflate);
    }

    @Test
    void brotliBodyIsDecoded() throws Exception {
        Brotli4jLoader.ensureAvailability();
        assertCompressed("br", raw -> {
            try {
                return Encoder.compress(raw);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void assertCompressed(String encoding, java.util.function.Function<byte[], byte[]> compress) throws Exception {
        List<String> links = pages("enc-" + encoding, 2);
        byte[] packed = compress.apply(Feeds.rss20("Encoded " + encoding, links).getBytes(StandardCharsets.UTF_8));
        server.route("/enc-" + encoding + ".xml", req -> req.response().putHeader("content-type", "application/rss+xml")
                .putHeader("content-encoding", encoding).end(Buffer.buffer(packed)));
        long id = app.addFeed(server.url("/enc-" + encoding + ".xml"), 60);
        Await.until(encoding + " feed parsed", WAIT, () -> articleUrls(id).size() == 2);
        assertThat(app.feed(id).getString("title")).isEqualTo("Encoded " + encoding);
        assertThat(server.hits("/enc-" + encoding + ".xml").get(0).acceptEncoding()).contains(encoding);
    }

    @Test
    void userAgentIsTheConfiguredOne() throws Exception {
        server.serve("/ua.xml", "application/rss+xml", Feeds.rss20("UA", List.of()));
        app.addFeed(server.url("/ua.xml"), 60);
        Await.until("a poll", WAIT, () -> !server.hits("/ua.xml").isEmpty());
        assertThat(server.hits("/ua.xml").get(0).userAgent()).isEqualTo("claimwatch-test/1.0 (+mailto:desk@example.org)");
    }

    @Test
    void permanentRedirectMovesTheFeedUrl() throws Exception {
        server.route("/old.xml", req -> req.response().setStatusCode(301).putHeader("location", "/new.xml").end());
        server.serve("/new.xml", "application/rss+xml", Feeds.rss20("Moved", pages("moved", 1)));
        long id = addForced(server.url("/old.xml"), 1);
        Await.until("the feed URL moved", WAIT, () -> app.feed(id).getString("url").equals(server.url("/new.xml")));
        int oldHits = server.hits("/old.xml").size();
        Await.until("two more polls", WAIT, () -> server.hits("/new.xml").size() >= oldHits + 2);
        assertThat(server.hits("/old.xml")).hasSize(oldHits);
    }

    @Test
    void temporaryRedirectKeepsTheFeedUrl() throws Exception {
        server.route("/tmp-old.xml", req -> req.response().setStatusCode(302).putHeader("location", "/tmp-new.xml").end());
        server.serve("/tmp-new.xml", "application/rss+xml", Feeds.rss20("Temp", List.of()));
        long id = app.addFeed(server.url("/tmp-old.xml"), 1);
        Await.until("two polls", WAIT, () -> server.hits("/tmp-new.xml").size() >= 2);
        assertThat(app.feed(id).getString("url")).isEqualTo(server.url("/tmp-old.xml"));
        assertThat(app.feed(id).getString("status")).isEqualTo("ok");
    }

    @Test
    void retryAfterOn429DelaysTheNextPoll() throws Exception {
        // its own host: Retry-After holds the whole host back
        FeedServer busy = new FeedServer("127.0.0.4");
        busy.route("/busy.xml", req -> req.response().setStatusCode(429).putHeader("retry-after", "120").end());
        long id = addForced(busy.url("/busy.xml"), 1);
        JsonObject feed = Await.until("the 429 recorded", WAIT, () -> {
            JsonObject f = app.feed(id);
            return "error".equals(f.getString("status")) ? f : null;
        });
        assertThat(feed.getString("last_error")).contains("HTTP 429").contains("retry after 120 s");
        assertThat(feed.getInteger("last_http_status")).isEqualTo(429);
        OffsetDateTime next = OffsetDateTime.parse(feed.getString("next_poll_at"));
        OffsetDateTime polled = OffsetDateTime.parse(feed.getString("last_polled_at"));
        assertThat(Duration.between(polled, next).toSeconds()).isGreaterThanOrEqualTo(119);
        assertThat(busy.hits("/busy.xml")).hasSize(1);
        busy.close();
    }

    @Test
    void failingFeedBacksOffThenIsPausedWithItsError() throws Exception {
        server.route("/broken.xml", req -> req.response().setStatusCode(500).end("oops"));
        long id = addForced(server.url("/broken.xml"), 1);
        JsonObject feed = Await.until("the feed paused", WAIT, () -> {
            JsonObject f = app.feed(id);
            return Boolean.TRUE.equals(f.getBoolean("paused")) ? f : null;
        });
        assertThat(feed.getString("status")).isEqualTo("paused");
        assertThat(feed.getString("last_error")).isEqualTo("HTTP 500 from " + server.url("/broken.xml"));
        assertThat(feed.getString("paused_reason")).isEqualTo("paused after 3 failed polls in a row");
        assertThat(feed.getInteger("consecutive_failures")).isEqualTo(3);
        List<FeedServer.Hit> hits = server.hits("/broken.xml");
        assertThat(hits).hasSize(3);
        // the interval is 1 s; backoff waits at least half of 1 s then 2 s (capped) between failures
        assertThat(hits.get(2).atMillis() - hits.get(1).atMillis()).isGreaterThanOrEqualTo(900);
    }

    @Test
    void politenessLimitsAreObservedByTheServer() throws Exception {
        // a host of its own: its requests are this test's only
        FeedServer host = new FeedServer("127.0.0.5");
        try {
            List<String> links = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                host.serve("/polite/" + i, "text/html; charset=utf-8", Fixtures.articlePage("Polite " + i,
                        Fixtures.seed(i % 3)));
                links.add(host.url("/polite/" + i));
            }
            host.serve("/polite.xml", "application/rss+xml", Feeds.rss20("Polite", links));
            addForced(host.url("/polite.xml"), 60);
            Await.until("all eight pages fetched", WAIT, () -> host.hits().size() >= 9);
            assertThat(host.maxInFlight()).as("requests in flight at once (limit 2)").isLessThanOrEqualTo(2);
            List<Long> starts = host.hits().stream().map(FeedServer.Hit::atMillis).sorted().toList();
            long smallestGap = Long.MAX_VALUE;
            for (int i = 1; i < starts.size(); i++) {
                smallestGap = Math.min(smallestGap, starts.get(i) - starts.get(i - 1));
            }
            // starts are 50 ms apart at the client; arrival can be later by a new connection's set-up
            assertThat(smallestGap).as("smallest gap between two requests arriving (delay 50 ms): " + host.hits())
                    .isGreaterThanOrEqualTo(25);
        } finally {
            host.close();
        }
    }

    @Test
    void sameArticleThroughTwoFeedsIsOneArticle() throws Exception {
        String canonical = server.url("/world/summit");
        String page = "<!doctype html><html><head><title>Summit</title><link rel=\"canonical\" href=\"" + canonical
                + "\"></head><body><article><h1>Summit</h1>" + Fixtures.seed(1) + "</article></body></html>";
        server.serve("/world/summit", "text/html; charset=utf-8", page);
        server.serve("/amp/world/summit", "text/html; charset=utf-8", page);
        server.serve("/canon-a.xml", "application/rss+xml", Feeds.rss20("A", List.of(server.url("/amp/world/summit"))));
        server.serve("/canon-b.xml", "application/rss+xml",
                Feeds.rss20("B", List.of(canonical + "?utm_source=rss&utm_medium=feed")));
        long a = app.addFeed(server.url("/canon-a.xml"), 1);
        Await.until("the AMP article renamed to its canonical URL", WAIT, () -> SqlAdmin.count(app.dbUrl(),
                "SELECT count(*) FROM articles WHERE url = $1", canonical) == 1);
        long b = app.addFeed(server.url("/canon-b.xml"), 1);
        Await.until("feed B polled twice", WAIT, () -> app.feed(b).getInteger("polls_full") >= 2);
        Await.until("the AMP feed polled again", WAIT, () -> app.feed(a).getInteger("polls_full") >= 3);
        assertThat(SqlAdmin.count(app.dbUrl(), "SELECT count(*) FROM articles WHERE url LIKE $1",
                server.url("/%summit%"))).isEqualTo(1);
        assertThat(SqlAdmin.count(app.dbUrl(), "SELECT count(*) FROM article_aliases WHERE url = $1",
                server.url("/amp/world/summit"))).isEqualTo(1);
    }

    @Test
    void discoverOffersTheFeedsAPageLinks() throws Exception {
        server.serve("/site/", "text/html", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
                + "title=\"Site news\" href=\"/site/news.xml\"></head><body>hi</body></html>");
        HttpResponse<String> res = app.send("POST", "/api/feeds/discover", new JsonObject().put("url", server.url("/site/")));
        assertThat(res.statusCode()).isEqualTo(200);
        JsonObject found = new JsonObject(res.body());
        assertThat(found.getBoolean("is_feed")).isFalse();
        assertThat(found.getJsonArray("candidates")).containsExactly(new JsonObject()
                .put("url", server.url("/site/news.xml")).put("title", "Site news").put("type", "application/rss+xml"));
    }

    @Test
    void discoverProbesCommonPathsWhenNothingIsLinked() throws Exception {
        FeedServer other = new FeedServer("127.0.0.3");
        try {
            other.serve("/", "text/html", "<html><head><title>No links</title></head><body>hi</body></html>");
            other.serve("/feed.xml", "application/rss+xml", Feeds.rss20("Probed", List.of()));
            HttpResponse<String> res = app.send("POST", "/api/feeds/discover", new JsonObject().put("url", other.url("/")));
            JsonArray candidates = new JsonObject(res.body()).getJsonArray("candidates");
            assertThat(candidates).hasSize(1);
            assertThat(candidates.getJsonObject(0).getString("url")).isEqualTo(other.url("/feed.xml"));
            assertThat(candidates.getJsonObject(0).getString("title")).isEqualTo("Probed");
        } finally {
            other.close();
        }
    }

    @Test
    void discoverOfAFeedOffersItself() throws Exception {
        server.serve("/self.xml", "application/atom+xml", Feeds.atom10("Itself", List.of()));
        JsonObject found = new JsonObject(app.send("POST", "/api/feeds/discover",
                new JsonObject().put("url", server.url("/self.xml"))).body());
        assertThat(found.getBoolean("is_feed")).isTrue();
        assertThat(found.getJsonArray("candidates").getJsonObject(0).getString("url")).isEqualTo(server.url("/self.xml"));
    }

    @Test
    void addingAWebPageAnswers422WithItsFeeds() throws Exception {
        server.serve("/home/", "text/html", "<html><head><link rel=\"alternate\" type=\"application/atom+xml\" "
                + "href=\"/home/atom.xml\"></head><body>hi</body></html>");
        HttpResponse<String> res = app.send("POST", "/api/feeds", new JsonObject().put("url", server.url("/home/")));
        assertThat(res.statusCode()).isEqualTo(422);
        JsonObject body = new JsonObject(res.body());
        assertThat(body.getString("error")).startsWith("this URL is a web page, not a feed");
        assertThat(body.getJsonArray("candidates").getJsonObject(0).getString("url")).isEqualTo(server.url("/home/atom.xml"));
        assertThat(SqlAdmin.count(app.dbUrl(), "SELECT count(*) FROM feeds WHERE url = $1", server.url("/home/")))
                .isZero();
    }

    @Test
    void metricsEndpointExposesPipelineCounters() throws Exception {
        server.serve("/metered.xml", "application/rss+xml", Feeds.rss20("Metered", List.of()));
        app.addFeed(server.url("/metered.xml"), 1);
        Await.until("a poll", WAIT, () -> !server.hits("/metered.xml").isEmpty());
        String metrics = Await.until("poll metrics", WAIT, () -> {
            String text = app.get("/metrics").body();
            return text.contains("claimwatch_polls_seconds_count") ? text : null;
        });
        assertThat(metrics).contains("claimwatch_polls_seconds_count{outcome=\"ok\"}")
                .contains("claimwatch_webhook_outbox_depth")
                .contains("claimwatch_event_loop_lag_seconds")
                .contains("vertx_pool_");
    }

    private static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
            z.write(raw);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
