package org.claimwatch.pipeline;

import io.vertx.core.json.JsonObject;
import org.claimwatch.support.Await;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.LiveClient;
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

/** The whole pipeline on a real PostgreSQL and a real loopback site: feed → articles → versions → live page. */
class PipelineIT {

    private static SiteServer site;
    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        site = new SiteServer();
        app = RunningApp.start(RunningApp.testConfig(TestDatabase.create()));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
        site.close();
    }

    @Test
    void pollsFeedStoresArticlesAndPushesANewVersionLive() throws Exception {
        site.html("/news/hamas-qatar", Fixtures.articlePage("Hamas leaders leave Qatar", Fixtures.seed(0)));
        site.html("/news/hostages", Fixtures.articlePage("Hostage talks", Fixtures.seed(1)));
        site.rss("/feed.xml", Fixtures.rss("The Test Gazette",
                List.of(site.url("/news/hamas-qatar"), site.url("/news/hostages")),
                List.of("Hamas leaders leave Qatar", "Hostage talks")));

        try (LiveClient live = app.live()) {
            live.register("claimwatch.live.versions");
            live.register("claimwatch.live.changes");
            long feedId = app.addFeed(site.url("/feed.xml"), 1);

            Await.until("two articles with one version each", Duration.ofSeconds(30), () ->
                    SqlAdmin.count(app.dbUrl(), "SELECT count(*) FROM article_versions v JOIN articles a ON a.id = v.article_id "
                            + "WHERE v.version_no = 1 AND a.feed_id = $1", feedId) == 2);
            JsonObject feed = app.feed(feedId);
            assertThat(feed.getString("status")).isEqualTo("ok");
            assertThat(feed.getString("title")).isEqualTo("The Test Gazette");
            assertThat(feed.getLong("items_count")).isEqualTo(2L);

            String original = Fixtures.seed(0);
            assertThat(original).contains("about 13 senior leaders");
            String edited = original.replace("about 13 senior leaders", "about 15 senior leaders")
                    + "\n\nQatar's foreign ministry declined to comment on Wednesday.";
            site.html("/news/hamas-qatar", Fixtures.articlePage("Hamas leaders leave Qatar", edited));

            JsonObject change = live.nextMatching(30_000, b -> "NUMBER_CHANGED".equals(b.getString("kind")));
            assertThat(change).as("live NUMBER_CHANGED message").isNotNull();
            JsonObject number = change.getJsonObject("body");
            assertThat(number.getString("before")).contains("about 13 senior leaders");
            assertThat(number.getString("after")).contains("about 15 senior leaders");
            assertThat(number.getJsonObject("numbers").getJsonArray("before").getJsonObject(0).getDouble("value"))
                    .isEqualTo(13.0);
            assertThat(number.getJsonObject("numbers").getJsonArray("after").getJsonObject(0).getDouble("value"))
                    .isEqualTo(15.0);
            assertThat(number.getDouble("significance")).isGreaterThanOrEqualTo(0.5);
            assertThat(number.getInteger("from_version")).isEqualTo(1);
            assertThat(number.getInteger("to_version")).isEqualTo(2);
            assertThat(number.getString("outlet")).isEqualTo("The Test Gazette");

            JsonObject frame = live.nextMatching(30_000, b -> "version".equals(b.getString("type"))
                    && b.getInteger("version_no") == 2);
            assertThat(frame).as("live message for version 2").isNotNull();
            JsonObject body = frame.getJsonObject("body");
            assertThat(body.getString("url")).isEqualTo(site.url("/news/hamas-qatar"));
            assertThat(body.getString("outlet")).isEqualTo("The Test Gazette");
            assertThat(body.getInteger("sentences_added")).isEqualTo(1);
            assertThat(body.getBoolean("significant")).isTrue();

            List<JsonObject> versions = SqlAdmin.query(app.dbUrl(),
                    "SELECT v.version_no, v.text FROM article_versions v JOIN articles a ON a.id = v.article_id "
                            + "WHERE a.url = $1 ORDER BY v.version_no", site.url("/news/hamas-qatar"));
            assertThat(versions).hasSize(2);
            assertThat(versions.get(0).getString("text")).contains("about 13 senior leaders")
                    .doesNotContain("All rights reserved");
            assertThat(versions.get(1).getString("text")).contains("about 15 senior leaders")
                    .contains("declined to comment on Wednesday");
            List<JsonObject> stored = SqlAdmin.query(app.dbUrl(), "SELECT kind, claim_key, significance FROM claim_changes "
                    + "WHERE article_id = $1 ORDER BY id", body.getLong("article_id"));
            assertThat(stored).extracting(c -> c.getString("kind")).contains("NUMBER_CHANGED", "CLAIM_ADDED");
            JsonObject compared = new JsonObject(app.get("/api/articles/" + body.getLong("article_id")
                    + "/compare?from=1&to=2").body());
            assertThat(compared.getJsonArray("changes").stream().map(c -> ((JsonObject) c).getString("kind")))
                    .contains("NUMBER_CHANGED");
            assertThat(compared.getJsonArray("alignment")).isNotEmpty();
            assertThat(SqlAdmin.count(app.dbUrl(), "SELECT count(*) FROM article_versions v JOIN articles a "
                    + "ON a.id = v.article_id WHERE a.url = $1", site.url("/news/hostages"))).isEqualTo(1L);
        }
    }

    @Test
    void liveBridgeRefusesInboundMessages() throws Exception {
        try (LiveClient live = app.live()) {
            live.send(new JsonObject().put("type", "send").put("address", "claimwatch.feeds.poll").put("body", 1));
            JsonObject reply = live.next(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(reply).as("reply to an inbound send").isNotNull();
            assertThat(reply.getString("type")).isEqualTo("err");
            assertThat(reply.getString("body")).isEqualTo("access_denied");
            live.register("claimwatch.feeds.polled");
            JsonObject refused = live.next(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(refused.getString("body")).isEqualTo("access_denied");
        }
    }

    @Test
    void catchUpEndpointListsStoredVersionsAfterACursor() throws Exception {
        site.html("/news/other", Fixtures.articlePage("Gaza figures", Fixtures.seed(4)));
        site.rss("/other.xml", Fixtures.rss("Other Outlet", List.of(site.url("/news/other")), List.of("Gaza figures")));
        app.addFeed(site.url("/other.xml"), 60);
        Await.until("the article of the second feed", Duration.ofSeconds(30), () ->
                SqlAdmin.count(app.dbUrl(), "SELECT count(*) FROM articles a JOIN article_versions v ON v.article_id = a.id "
                        + "WHERE a.url = $1", site.url("/news/other")) == 1);
        JsonObject page = new JsonObject(app.get("/api/events?after=0&limit=1000").body());
        List<String> urls = page.getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("url")).toList();
        assertThat(urls).contains(site.url("/news/other"));
        long last = page.getLong("next_after");
        JsonObject after = new JsonObject(app.get("/api/events?after=" + last).body());
        assertThat(after.getJsonArray("items")).isEmpty();
    }

    @Test
    void aRefetchChangesTheArticleOnlyWhereThePageChanged() throws Exception {
        String p1 = "Officials said 40 people were hurt in the blast at the port on Monday morning.";
        String p2 = "The mayor said the city would pay for repairs to homes and shops nearby.";
        String p3 = "Residents were told to keep their windows shut until the fires were out.";
        String path = "/news/port-blast";
        site.html(path, Fixtures.articleWithAside("Blast at the port", List.of(p1, p2, p3), "Ten things to do this weekend"));
        site.rss("/port.xml", Fixtures.rss("Port News", List.of(site.url(path)), List.of("Blast at the port")));
        app.addFeed(site.url("/port.xml"), 1);
        String versions = "SELECT count(*) FROM article_versions v JOIN articles a ON a.id = v.article_id WHERE a.url = $1";
        Await.until("the first version", Duration.ofSeconds(30), () -> SqlAdmin.count(app.dbUrl(), versions,
                site.url(path)) == 1);

        // the site moves p2 into its sidebar: the cleaner no longer takes it, but the page still says it
        site.html(path, Fixtures.articleWithAside("Blast at the port", List.of(p1, p3), p2));
        int hits = site.hits(path);
        Await.until("two re-fetches of the changed page", Duration.ofSeconds(30), () -> site.hits(path) >= hits + 2);
        assertThat(SqlAdmin.count(app.dbUrl(), versions, site.url(path))).as("versions after the move").isEqualTo(1L);

        // the site takes p2 off the page: that is a claim removed
        site.html(path, Fixtures.articleWithAside("Blast at the port", List.of(p1, p3), "Why the river flooded again"));
        Await.until("the second version", Duration.ofSeconds(30), () -> SqlAdmin.count(app.dbUrl(), versions,
                site.url(path)) == 2);
        List<JsonObject> removed = SqlAdmin.query(app.dbUrl(), "SELECT c.kind, c.before_text FROM claim_changes c "
                + "JOIN article_versions v ON v.id = c.version_id JOIN articles a ON a.id = v.article_id WHERE a.url = $1",
                site.url(path));
        assertThat(removed).anySatisfy(c -> {
            assertThat(c.getString("kind")).isEqualTo("CLAIM_REMOVED");
            assertThat(c.getString("before_text")).isEqualTo(p2);
        });
    }
}
