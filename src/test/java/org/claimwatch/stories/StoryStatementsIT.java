package org.claimwatch.stories;

import io.vertx.core.json.JsonObject;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.support.Await;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SiteServer;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, with {@code nlp.embeddings} and {@code stories.statements} turned on (off in every other IT): the
 * five seeds through the whole app; the story stage stores statement facts, gets their embeddings from the cache
 * and the model, and a claim in other words joins a group, while the four statuses stay right and statements
 * raise no story change.
 */
class StoryStatementsIT {

    private static final List<String[]> SEEDS = List.of(
            new String[] {"3", "UNN", "Qatar tells Hamas leaders to leave", "2024-11-09"},
            new String[] {"4", "The Guardian", "Qatar to close Hamas office", "2024-11-09"},
            new String[] {"0", "The National", "Hamas political leaders leave Qatar", "2024-11-19"},
            new String[] {"1", "The Times of Israel", "Qatar confirms departure of Hamas leaders", "2024-11-19"},
            new String[] {"2", "The Jerusalem Post", "Hamas office in Doha not permanently closed", "2024-11-19"});

    private static SiteServer site;
    private static RunningApp app;

    @BeforeAll
    static void feedTheSeeds() throws Exception {
        site = new SiteServer();
        app = RunningApp.start(RunningApp.testConfig(TestDatabase.create()).put("stories.tickMs", 200)
                .put(ConfigKeys.NLP_EMBEDDINGS, true).put(ConfigKeys.STORIES_STATEMENTS, true));
        for (String[] seed : SEEDS) {
            String path = "/seed-" + seed[0];
            site.html(path, Fixtures.articlePage(seed[2], Fixtures.seed(Integer.parseInt(seed[0])))
                    .replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"><meta property=\"article:published_time\" "
                            + "content=\"" + seed[3] + "T08:00:00Z\">"));
            site.rss(path + ".xml", Fixtures.rss(seed[1], List.of(site.url(path)), List.of(seed[2])));
            app.addFeed(site.url(path + ".xml"), 60);
            Await.until("story assignment of " + path, Duration.ofSeconds(90), () -> !SqlAdmin.query(app.dbUrl(),
                    "SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE a.url = $1",
                    site.url(path)).isEmpty());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
        site.close();
    }

    @Test
    void aClaimInOtherWordsJoinsAGroupAndTheFourStatusesStayRight() throws Exception {
        long storyId = SqlAdmin.query(app.dbUrl(), "SELECT id FROM stories ORDER BY id LIMIT 1").get(0).getLong("id");
        HttpResponse<String> res = app.get("/api/stories/" + storyId);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        List<JsonObject> groups = new JsonObject(res.body()).getJsonArray("groups").stream().map(o -> (JsonObject) o)
                .toList();
        Map<String, String> status = groups.stream().collect(Collectors.toMap(g -> g.getString("key"),
                g -> g.getString("status")));
        System.out.println("groups with embeddings: " + status);
        assertThat(status).containsEntry("people:kill:m10", "AGREED").containsEntry("palestinian:kill", "UPDATED")
                .containsEntry("hostage:hold", "DISPUTED").containsEntry("assert:office:close", "DISPUTED");
        List<JsonObject> statements = groups.stream().flatMap(g -> g.getJsonArray("values").stream())
                .map(v -> (JsonObject) v).filter(v -> "STATEMENT".equals(v.getString("kind"))).toList();
        assertThat(statements).as("statement facts joined groups").isNotEmpty();
        assertThat(groups).anyMatch(g -> "STATEMENT".equals(g.getString("kind")) && g.getLong("articles") >= 2);
        assertThat(SqlAdmin.count(app.dbUrl(), "SELECT count(*) FROM story_changes WHERE group_key LIKE 'statement:%'"))
                .as("statements raise no story change").isZero();
        assertThat(SqlAdmin.count(app.dbUrl(), "SELECT count(*) FROM sentence_embeddings WHERE model = 'all-minilm-l6-v2-q'"))
                .isPositive();
    }
}
