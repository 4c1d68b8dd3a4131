package org.claimwatch.poll;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.support.Await;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile servers and the hostile feed corpus (src/test/resources/hostile) through the whole poller: each case ends
 * as a readable per-feed or per-article error (or a parsed feed) and nothing else; a good feed keeps working.
 */
class HostileFeedsIT {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static FeedServer server;
    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        // only the test server's own address is allowed: the loopback items of the corpus must be refused
        server = new FeedServer("127.0.0.2");
        app = RunningApp.start(RunningApp.testConfig(TestDatabase.create())
                .put(ConfigKeys.NET_ALLOW, new JsonArray().add("127.0.0.2/32"))
                .put(ConfigKeys.FETCH_HOST_DELAY_MS, 0)
                .put(ConfigKeys.FETCH_HOST_CONCURRENCY, 4));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
        server.close();
    }

    static List<String[]> corpus() throws Exception {
        Properties expected = new Properties();
        try (InputStream in = HostileFeedsIT.class.getResourceAsStream("/hostile/EXPECTED.properties")) {
            expected.load(in);
        }
        List<String[]> cases = new ArrayList<>();
        expected.stringPropertyNames().stream().sorted()
                .forEach(name -> cases.add(new String[] {name, expected.getProperty(name)}));
        return cases;
    }

    private static long addFeed(String path) throws Exception {
        HttpResponse<String> res = app.send("POST", "/api/feeds", new JsonObject().put("url", server.url(path))
                .put("interval_seconds", 60).put("force", true));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return new JsonObject(res.body()).getLong("id");
    }

    private static JsonObject polled(long id) throws Exception {
        return Await.until("feed " + id + " polled", WAIT, () -> {
            JsonObject f = app.feed(id);
            return "ok".equals(f.getString("status")) || "error".equals(f.getString("status")) ? f : null;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusFileEndsAsItsExpectedOutcome(String file, String outcome) throws Exception {
        byte[] body;
        try (InputStream in = getClass().getResourceAsStream("/hostile/" + file)) {
            body = in.readAllBytes();
        }
        server.route("/corpus/" + file, req -> req.response().end(Buffer.buffer(body)));
        JsonObject feed = polled(addFeed("/corpus/" + file));
        if (outcome.startsWith("error: ")) {
            assertThat(feed.getString("status")).isEqualTo("error");
            assertThat(feed.getString("last_error")).startsWith(outcome.substring(7));
        } else {
            assertThat(feed.getString("status")).as(feed.getString("last_error")).isEqualTo("ok");
            assertThat(feed.getString("last_error")).isNull();
        }
    }

    @Test
    void gzipBombIsRefusedBySize() throws Exception {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                gz.write(zeros);
            }
        }
        byte[] bomb = packed.toByteArray();
        server.route("/bomb.xml", req -> req.response().putHeader("content-type", "application/rss+xml")
                .putHeader("content-encoding", "gzip").end(Buffer.buffer(bomb)));
        JsonObject feed = polled(addFeed("/bomb.xml"));
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThat(feed.getString("last_error")).isEqualTo("response from " + server.url("/bomb.xml")
                + " is larger than 10485760 bytes (after decompression); refused");
    }

    @Test
    void fiftyMegabyteFeedIsRefusedBySize() throws Exception {
        Buffer chunk = Buffer.buffer("<item><title>x</title></item>".repeat(2000));
        server.route("/huge.xml", req -> {
            req.response().setChunked(true).putHeader("content-type", "application/rss+xml");
            req.response().write("<rss version=\"2.0\"><channel>");
            writeChunks(req.response(), chunk, 50L << 20);
        });
        JsonObject feed = polled(addFeed("/huge.xml"));
        assertThat(feed.getString("last_error")).isEqualTo("response from " + server.url("/huge.xml")
                + " is larger than 10485760 bytes (after decompression); refused");
    }

    private static void writeChunks(io.vertx.core.http.HttpServerResponse response, Buffer chunk, long left) {
        if (left <= 0 || response.closed()) {
            if (!response.closed()) {
                response.end();
            }
            return;
        }
        response.write(chunk).onComplete(ar -> {
            if (ar.succeeded()) {
                writeChunks(response, chunk, left - chunk.length());
            }
        });
    }

    @Test
    void slowLorisServerTimesOut() throws Exception {
        server.route("/slow.xml", req -> {
            req.response().setChunked(true).putHeader("content-type", "application/rss+xml");
            req.response().write("<rss>");
            long timer = server.vertx().setPeriodic(500, id -> {
                if (!req.response().closed()) {
                    req.response().write(" ");
                }
            });
            req.response().closeHandler(v -> server.vertx().cancelTimer(timer));
        });
        JsonObject feed = polled(addFeed("/slow.xml"));
        assertThat(feed.getString("last_error")).isEqualTo("timed out after 3000 ms fetching " + server.url("/slow.xml"));
    }

    @Test
    void redirectLoopStopsAtTheLimit() throws Exception {
        server.route("/loop-a.xml", req -> req.response().setStatusCode(302).putHeader("location", "/loop-b.xml").end());
        server.route("/loop-b.xml", req -> req.response().setStatusCode(302).putHeader("location", "/loop-a.xml").end());
        JsonObject feed = polled(addFeed("/loop-a.xml"));
        assertThat(feed.getString("last_error")).isEqualTo("too many redirects (more than 5), last to /loop-a.xml");
        assertThat(server.hits("/loop-a.xml").size() + server.hits("/loop-b.xml").size()).isEqualTo(6);
    }

    @Test
    void wrongCharsetHeaderStillDecodesTheFeed() throws Exception {
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\u00e9 "
                + "news</title><link>http://x.example/</link><description>d</description></channel></rss>")
                .getBytes(StandardCharsets.ISO_8859_1);
        server.route("/charset.xml", req -> req.response().putHeader("content-type", "application/rss+xml; charset=utf-8")
                .end(Buffer.buffer(latin1)));
        JsonObject feed = polled(addFeed("/charset.xml"));
        assertThat(feed.getString("status")).isEqualTo("ok");
        assertThat(feed.getString("title")).isEqualTo("Caf\u00e9 news");
    }

    @Test
    void itemsPointingToPrivateAddressesAreRefusedPerArticle() throws Exception {
        byte[] body;
        try (InputStream in = getClass().getResourceAsStream("/hostile/private-address-items.xml")) {
            body = in.readAllBytes();
        }
        server.route("/private.xml", req -> req.response().putHeader("content-type", "application/rss+xml")
                .end(Buffer.buffer(body)));
        long id = addFeed("/private.xml");
        assertThat(polled(id).getString("status")).isEqualTo("ok");
        List<JsonObject> articles = Await.until("every article checked", WAIT, () -> {
            List<JsonObject> rows = SqlAdmin.query(app.dbUrl(),
                    "SELECT url, last_error, version_count FROM articles WHERE feed_id = $1", id);
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.getString("last_error") != null) ? rows : null;
        });
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.getString("last_error")).startsWith("blocked:");
            assertThat(a.getInteger("version_count")).isZero();
        });
    }
}
