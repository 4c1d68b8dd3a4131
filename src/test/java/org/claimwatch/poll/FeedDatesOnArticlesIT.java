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
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed's date of each item is kept on its article: the instant when it could be read, the raw string always, so
 * an unreadable date is shown as the feed wrote it, and the article's date for ordering falls back to first seen.
 */
class FeedDatesOnArticlesIT {

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

    @Test
    void readableDatesAreStoredUnreadableOnesKeptRawAndOrderingFallsBackToFirstSeen() throws Exception {
        server.serve("/dated.xml", "application/rss+xml", """
                <rss version="2.0"><channel><title>Dated</title><link>https://dated.example/</link><description>d</description>
                <item><title>A</title><link>https://dated.example/a</link><pubDate>Fri,24 Nov 2023 08:15:00 -0500</pubDate></item>
                <item><title>B</title><link>https://dated.example/b</link><pubDate>last Tuesday</pubDate></item>
                <item><title>C</title><link>https://dated.example/c</link></item>
                </channel></rss>""");
        HttpResponse<String> res = app.send("POST", "/api/feeds", new JsonObject().put("url", server.url("/dated.xml"))
                .put("interval_seconds", 60).put("force", true));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        long feed = new JsonObject(res.body()).getLong("id");
        Map<String, JsonObject> byTitle = Await.until("three articles", WAIT, () -> {
            JsonArray items = new JsonObject(app.get("/api/articles?feed=" + feed).body()).getJsonArray("items");
            Map<String, JsonObject> map = new HashMap<>();
            items.forEach(o -> map.put(((JsonObject) o).getString("title"), (JsonObject) o));
            return map.size() == 3 ? map : null;
        });
        JsonObject a = byTitle.get("A");
        assertThat(Instant.parse(a.getString("published_at"))).isEqualTo(Instant.parse("2023-11-24T13:15:00Z"));
        assertThat(a.getString("published_raw")).isEqualTo("Fri,24 Nov 2023 08:15:00 -0500");
        assertThat(Instant.parse(a.getString("dated_at"))).isEqualTo(Instant.parse("2023-11-24T13:15:00Z"));

        JsonObject b = byTitle.get("B");
        assertThat(b.getString("published_at")).isNull();
        assertThat(b.getString("published_raw")).isEqualTo("last Tuesday");
        assertThat(Instant.parse(b.getString("dated_at"))).isEqualTo(Instant.parse(b.getString("first_seen_at")));

        JsonObject c = byTitle.get("C");
        assertThat(c.getString("published_at")).isNull();
        assertThat(c.getString("published_raw")).isNull();
        assertThat(Instant.parse(c.getString("dated_at"))).isEqualTo(Instant.parse(c.getString("first_seen_at")));

        JsonObject one = new JsonObject(app.get("/api/articles/" + a.getLong("id")).body());
        assertThat(one.getString("published_raw")).isEqualTo("Fri,24 Nov 2023 08:15:00 -0500");
    }
}
