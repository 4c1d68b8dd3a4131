package org.claimwatch.poll;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.support.Await;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A polled feed's status carries the parser's warnings, so a feed whose items are all skipped does not look empty. */
class FeedWarningsIT {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static FeedServer server;
    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        server = new FeedServer("127.0.0.2");
        app = RunningApp.start(RunningApp.testConfig(TestDatabase.create())
                .put(ConfigKeys.NET_ALLOW, new JsonArray().add("127.0.0.2/32"))
                .put(ConfigKeys.FETCH_HOST_DELAY_MS, 0));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
        server.close();
    }

    private static JsonObject polled(String path) throws Exception {
        HttpResponse<String> res = app.send("POST", "/api/feeds", new JsonObject().put("url", server.url(path))
                .put("interval_seconds", 60).put("force", true));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        long id = new JsonObject(res.body()).getLong("id");
        return Await.until("feed " + id + " polled", WAIT, () -> {
            JsonObject f = app.feed(id);
            return "ok".equals(f.getString("status")) || "error".equals(f.getString("status")) ? f : null;
        });
    }

    @Test
    void aFeedWhoseItemsAllLackALinkSaysSo() throws Exception {
        server.serve("/no-links.xml", "application/rss+xml", """
                <rss version="2.0"><channel><title>Notes</title><link>https://n.example/</link><description>d</description>
                <item><title>A</title><guid isPermaLink="false">a</guid></item>
                <item><title>B</title><guid isPermaLink="false">b</guid></item>
                </channel></rss>""");
        JsonObject feed = polled("/no-links.xml");
        assertThat(feed.getString("status")).isEqualTo("ok");
        assertThat(feed.getString("parse_warnings")).isEqualTo("all 2 items skipped: no link");
    }

    @Test
    void unreadableDatesAreCountedInTheStatus() throws Exception {
        server.serve("/dates.xml", "application/rss+xml", """
                <rss version="2.0"><channel><title>Dates</title><link>https://127.0.0.2/</link><description>d</description>
                <item><title>A</title><link>https://d.example/a</link><pubDate>last Tuesday</pubDate></item>
                <item><title>B</title><link>https://d.example/b</link><pubDate>soon</pubDate></item>
                <item><title>C</title><link>https://d.example/c</link><pubDate>Tue, 05 Mar 2024 14:30:00 GMT</pubDate></item>
                </channel></rss>""");
        JsonObject feed = polled("/dates.xml");
        assertThat(feed.getString("parse_warnings")).isEqualTo("2 items with unreadable dates");
    }

    @Test
    void aCleanFeedHasNoWarnings() throws Exception {
        server.serve("/clean.xml", "application/rss+xml", """
                <rss version="2.0"><channel><title>Clean</title><link>https://c.example/</link><description>d</description>
                <item><title>A</title><link>https://c.example/a</link></item></channel></rss>""");
        assertThat(polled("/clean.xml").getString("parse_warnings")).isNull();
    }
}
