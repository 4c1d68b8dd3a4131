package org.claimwatch.stories;

import org.claimwatch.config.ConfigKeys;
import org.claimwatch.support.Await;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SiteServer;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database, each with its own in-memory story index: an article assigned by one instance is
 * known to the other when it matches the next article of the same story (no duplicate story).
 */
class StoriesScaleOutIT {

    private static final long NEVER_MS = 3_600_000;

    @Test
    void anInstanceMatchesAgainstStoriesAnotherInstanceCreatedAfterItStarted() throws Exception {
        String db = TestDatabase.create();
        try (SiteServer site = new SiteServer();
             // B starts first, with an empty index, and works only when nudged by its own API
             RunningApp b = RunningApp.start(RunningApp.testConfig(db).put(ConfigKeys.POLL_TICK_MS, NEVER_MS)
                     .put(ConfigKeys.FETCH_TICK_MS, NEVER_MS).put(ConfigKeys.STORIES_TICK_MS, NEVER_MS))) {
            long first;
            try (RunningApp a = RunningApp.start(RunningApp.testConfig(db).put(ConfigKeys.STORIES_TICK_MS, 200))) {
                first = publish(a, site, "/unn", "UNN", "Qatar tells Hamas leaders to leave", Fixtures.seed(3));
            }
            long second = publish(b, site, "/guardian", "The Guardian", "Qatar to close Hamas office", Fixtures.seed(4));
            assertThat(second).as("the Guardian article joins the story instance A created").isEqualTo(first);
            assertThat(SqlAdmin.count(db, "SELECT count(*) FROM stories")).isEqualTo(1);
        }
    }

    /** Serves an article and its one-item feed, adds the feed through {@code app}, returns the article's story. */
    private static long publish(RunningApp app, SiteServer site, String path, String outlet, String title, String body)
            throws Exception {
        site.html(path, Fixtures.articlePage(title, body));
        site.rss(path + ".xml", Fixtures.rss(outlet, List.of(site.url(path)), List.of(title)));
        app.addFeed(site.url(path + ".xml"), 3600);
        return Await.until("story assignment of " + path, Duration.ofSeconds(60), () -> {
            List<io.vertx.core.json.JsonObject> rows = SqlAdmin.query(app.dbUrl(), "SELECT sa.story_id FROM story_articles sa "
                    + "JOIN articles a ON a.id = sa.article_id WHERE a.url = $1", site.url(path));
            return rows.isEmpty() ? null : rows.get(0).getLong("story_id");
        });
    }
}
