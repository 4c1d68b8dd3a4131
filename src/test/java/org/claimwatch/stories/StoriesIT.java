package org.claimwatch.stories;

import io.vertx.core.json.JsonArray;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seed articles published by five outlets over ten days, fed in date order through the whole app: one
 * story, its claim groups with status, live story changes, an unrelated article, and the editor's corrections.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoriesIT {

    /** Seed index, outlet, title, publication date. */
    private static final List<String[]> SEEDS = List.of(
            new String[] {"3", "UNN", "Qatar tells Hamas leaders to leave", "2024-11-09"},
            new String[] {"4", "The Guardian", "Qatar to close Hamas office", "2024-11-09"},
            new String[] {"0", "The National", "Hamas political leaders leave Qatar", "2024-11-19"},
            new String[] {"1", "The Times of Israel", "Qatar confirms departure of Hamas leaders", "2024-11-19"},
            new String[] {"2", "The Jerusalem Post", "Hamas office in Doha not permanently closed", "2024-11-19"});

    private static SiteServer site;
    private static RunningApp app;
    private static LiveClient live;
    private static com.sun.net.httpserver.HttpServer webhooks;
    private static final List<String> webhookBodies = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void feedTheSeedsInDateOrder() throws Exception {
        site = new SiteServer();
        app = RunningApp.start(RunningApp.testConfig(TestDatabase.create()).put("stories.tickMs", 200));
        live = app.live();
        live.register("claimwatch.live.stories");
        webhooks = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 10);
        webhooks.createContext("/", exchange -> {
            webhookBodies.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        webhooks.start();
        var subscribed = app.send("POST", "/api/subscriptions", new JsonObject().put("name", "story desk")
                .put("url", "http://127.0.0.1:" + webhooks.getAddress().getPort() + "/hook").put("format", "claimwatch")
                .put("filters", new JsonObject().put("kinds", new io.vertx.core.json.JsonArray().add("STORY_CLAIM_DISPUTED")))
                .put("active", true));
        assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
        for (String[] seed : SEEDS) {
            publish("/seed-" + seed[0], seed[1], seed[2], seed[3], Fixtures.seed(Integer.parseInt(seed[0])));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        webhooks.stop(0);
        live.close();
        app.close();
        site.close();
    }

    /** A seed page with its publication date in the page metadata. */
    private static String page(String title, String date, String body) {
        return Fixtures.articlePage(title, body).replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">"
                + "<meta property=\"article:published_time\" content=\"" + date + "T08:00:00Z\">");
    }

    /** Serves an article and a one-item feed of its outlet, adds the feed, and waits for its story assignment. */
    private static void publish(String path, String outlet, String title, String date, String body) throws Exception {
        site.html(path, page(title, date, body));
        site.rss(path + ".xml", Fixtures.rss(outlet, List.of(site.url(path)), List.of(title)));
        app.addFeed(site.url(path + ".xml"), 60);
        Await.until("story assignment of " + path, Duration.ofSeconds(60), () -> storyOf(path) != null);
    }

    private static Long storyOf(String path) throws Exception {
        List<JsonObject> rows = SqlAdmin.query(app.dbUrl(), "SELECT sa.story_id FROM story_articles sa "
                + "JOIN articles a ON a.id = sa.article_id WHERE a.url = $1", site.url(path));
        return rows.isEmpty() ? null : rows.get(0).getLong("story_id");
    }

    private static long articleId(String path) throws Exception {
        return SqlAdmin.query(app.dbUrl(), "SELECT id FROM articles WHERE url = $1", site.url(path)).get(0).getLong("id");
    }

    private static JsonObject story(long id) throws Exception {
        HttpResponse<String> res = app.get("/api/stories/" + id);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return new JsonObject(res.body());
    }

    private static Map<String, JsonObject> groups(JsonObject story) {
        return story.getJsonArray("groups").stream().map(o -> (JsonObject) o)
                .collect(Collectors.toMap(g -> g.getString("key"), g -> g));
    }

    private static List<Object> values(JsonObject group) {
        return group.getJsonArray("values").stream().map(v -> ((JsonObject) v).getValue("value")).toList();
    }

    @Test
    @Order(1)
    void theFiveSeedsEndUpInOneStory() throws Exception {
        long story = storyOf("/seed-3");
        for (String[] seed : SEEDS) {
            assertThat(storyOf("/seed-" + seed[0])).as("story of seed " + seed[0]).isEqualTo(story);
        }
        JsonObject s = story(story);
        assertThat(s.getJsonArray("articles")).hasSize(5);
        assertThat(s.getString("title")).isEqualTo("Qatar tells Hamas leaders to leave");
        assertThat(s.getJsonArray("articles").stream().map(a -> ((JsonObject) a).getString("outlet")))
                .containsExactly("UNN", "The Guardian", "The National", "The Times of Israel", "The Jerusalem Post");
    }

    @Test
    @Order(2)
    void theClaimGroupsOfTheSeedsHaveTheirStatusAndValues() throws Exception {
        JsonObject s = story(storyOf("/seed-3"));
        Map<String, JsonObject> g = groups(s);
        assertThat(g.get("people:kill:m10").getString("status")).isEqualTo("AGREED"); // within rounding (issue 16)
        assertThat(values(g.get("people:kill:m10"))).containsExactly(1195.0, 1200.0);
        assertThat(g.get("hostage:hold").getString("status")).isEqualTo("DISPUTED");
        assertThat(values(g.get("hostage:hold"))).containsExactly(100.0, 97.0);
        assertThat(g.get("hostage:dead").getString("status")).isEqualTo("DISPUTED");
        assertThat(values(g.get("hostage:dead"))).containsExactly(40.0, 34.0);
        JsonObject office = g.get("assert:office:close");
        assertThat(office.getString("status")).isEqualTo("DISPUTED");
        Map<String, List<String>> stances = office.getJsonArray("values").stream().map(v -> (JsonObject) v)
                .collect(Collectors.groupingBy(v -> v.getString("stance"),
                        Collectors.mapping(v -> v.getString("outlet") + "@" + v.getString("date"), Collectors.toList())));
        assertThat(stances.get("close")).containsOnly("The Guardian@2024-11-09");
        assertThat(stances.get("not close")).contains("The Jerusalem Post@2024-11-19", "The National@2024-11-19");
        assertThat(g.get("palestinian:kill").getString("status")).isEqualTo("UPDATED");
        assertThat(g.get("hostage:release").getString("status")).isEqualTo("AGREED");
        assertThat(s.getJsonArray("groups").getJsonObject(0).getString("status")).isEqualTo("DISPUTED");
    }

    @Test
    @Order(3)
    void eachValuePointsAtItsArticleSentence() throws Exception {
        JsonObject value = groups(story(storyOf("/seed-3"))).get("people:kill:m10").getJsonArray("values")
                .getJsonObject(1);
        String text = SqlAdmin.query(app.dbUrl(), "SELECT text FROM article_versions WHERE id = $1",
                value.getLong("version_id")).get(0).getString("text");
        assertThat(text.substring(value.getInteger("start"), value.getInteger("end"))).isEqualTo(value.getString("text"))
                .contains("about 1,200");
        assertThat(value.getLong("article_id")).isEqualTo(articleId("/seed-0"));
    }

    @Test
    @Order(4)
    void aDisputedClaimReachesTheBrowserLive() throws Exception {
        // issue 16: people killed in October (1,195 vs "about 1,200") now agrees within rounding; the hostages held
        // (100 in The National vs 97 in The Times of Israel) is the exact-figure dispute that reaches the browser
        JsonObject frame = live.nextMatching(30_000, b -> "STORY_CLAIM_DISPUTED".equals(b.getString("kind"))
                && "hostage:hold".equals(b.getString("key")));
        assertThat(frame).as("live STORY_CLAIM_DISPUTED for hostages held").isNotNull();
        JsonObject body = frame.getJsonObject("body");
        assertThat(body.getString("outlet")).isEqualTo("The Times of Israel");
        assertThat(body.getString("url")).isEqualTo(site.url("/seed-1"));
        assertThat(body.getLong("story_id")).isEqualTo(storyOf("/seed-3"));
        assertThat(body.getString("title")).isEqualTo("Qatar tells Hamas leaders to leave");
        assertThat(body.getJsonArray("values").stream().map(v -> ((JsonObject) v).getString("outlet")))
                .containsExactly("The National", "The Times of Israel");
        assertThat(SqlAdmin.count(app.dbUrl(), "SELECT count(*) FROM story_changes WHERE kind = 'STORY_CLAIM_DISPUTED'"))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    @Order(5)
    void anUnrelatedArticleStartsANewStory() throws Exception {
        String text = Fixtures.resource("/stories/unrelated-wcxb-0103.txt");
        publish("/unrelated", "Stacy Blackman Consulting", "US News MBA Rankings", "2024-11-12", text);
        assertThat(storyOf("/unrelated")).isNotEqualTo(storyOf("/seed-3"));
        JsonArray items = new JsonObject(app.get("/api/stories").body()).getJsonArray("items");
        assertThat(items.stream().map(o -> ((JsonObject) o).getLong("id")))
                .contains(storyOf("/unrelated"), storyOf("/seed-3"));
    }

    @Test
    @Order(6)
    void aSplitPersistsAndSticksAcrossANewVersion() throws Exception {
        long original = storyOf("/seed-3");
        HttpResponse<String> res = app.send("POST", "/api/stories/" + original + "/split",
                new JsonObject().put("article_ids", new JsonArray().add(articleId("/seed-2"))).put("title", "Doha office"));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        long split = new JsonObject(res.body()).getLong("id");
        assertThat(storyOf("/seed-2")).isEqualTo(split);
        assertThat(story(original).getJsonArray("articles")).hasSize(4);
        assertThat(story(split).getString("title")).isEqualTo("Doha office");

        site.html("/seed-2", page(SEEDS.get(4)[2], "2024-11-19", Fixtures.seed(2)
                + "\n\nQatar's foreign ministry declined to comment further on Wednesday."));
        Await.until("the new version of seed 2 analysed", Duration.ofSeconds(60), () -> SqlAdmin.count(app.dbUrl(),
                "SELECT count(*) FROM story_articles sa JOIN article_versions v ON v.id = sa.version_id "
                        + "WHERE sa.article_id = $1 AND v.version_no = 2", articleId("/seed-2")) == 1);
        assertThat(storyOf("/seed-2")).as("the editor's split sticks").isEqualTo(split);
    }

    @Test
    @Order(7)
    void aMergePersistsAndHidesTheMergedStory() throws Exception {
        long original = storyOf("/seed-3");
        long split = storyOf("/seed-2");
        HttpResponse<String> res = app.send("POST", "/api/stories/" + split + "/merge",
                new JsonObject().put("into", original));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(storyOf("/seed-2")).isEqualTo(original);
        assertThat(story(original).getJsonArray("articles")).hasSize(5);
        assertThat(story(split).getLong("merged_into")).isEqualTo(original);
        JsonArray items = new JsonObject(app.get("/api/stories").body()).getJsonArray("items");
        assertThat(items.stream().map(o -> ((JsonObject) o).getLong("id"))).doesNotContain(split);
        assertThat(groups(story(original)).get("assert:office:close").getJsonArray("values").stream()
                .map(v -> ((JsonObject) v).getString("outlet"))).contains("The Jerusalem Post");
    }

    @Test
    @Order(8)
    void renameAndPinStick() throws Exception {
        long original = storyOf("/seed-3");
        HttpResponse<String> res = app.send("PATCH", "/api/stories/" + original,
                new JsonObject().put("title", "Qatar and the Hamas office").put("pinned", true));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonArray items = new JsonObject(app.get("/api/stories").body()).getJsonArray("items");
        assertThat(items.getJsonObject(0).getLong("id")).isEqualTo(original);
        assertThat(items.getJsonObject(0).getString("title")).isEqualTo("Qatar and the Hamas office");
        assertThat(items.getJsonObject(0).getBoolean("pinned")).isTrue();
    }

    @Test
    @Order(9)
    void badCorrectionsAreRefused() throws Exception {
        long original = storyOf("/seed-3");
        assertThat(app.send("POST", "/api/stories/" + original + "/merge", new JsonObject().put("into", "x"))
                .statusCode()).isEqualTo(400);
        assertThat(app.send("POST", "/api/stories/" + original + "/merge", new JsonObject().put("into", 999999))
                .statusCode()).isEqualTo(404);
        assertThat(app.send("POST", "/api/stories/" + original + "/split", new JsonObject().put("article_ids",
                new JsonArray())).statusCode()).isEqualTo(400);
        assertThat(app.send("PATCH", "/api/stories/" + original, new JsonObject().put("pinned", "yes"))
                .statusCode()).isEqualTo(400);
        assertThat(app.get("/api/stories/999999").statusCode()).isEqualTo(404);
    }
}
