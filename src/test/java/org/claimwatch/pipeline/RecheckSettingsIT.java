package org.claimwatch.pipeline;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
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
 * Issue 19, finding 6: changed re-check settings apply to the articles already scheduled, at the next start (not
 * only after each article's next check under the old settings).
 */
class RecheckSettingsIT {

    @Test
    void changedRecheckSettingsApplyToExistingArticlesAtStart() throws Exception {
        String db = TestDatabase.create();
        try (SiteServer site = new SiteServer()) {
            site.html("/slow", Fixtures.articlePage("Slowly checked", Fixtures.seed(2)));
            site.rss("/feed.xml", Fixtures.rss("Schedule Gazette", List.of(site.url("/slow")), List.of("Slowly checked")));
            // daily checks for a month
            JsonObject daily = RunningApp.testConfig(db).put(ConfigKeys.ARTICLE_RECHECK_S, 0)
                    .put(ConfigKeys.ARTICLE_RECHECK_STEPS, new JsonArray().add(new JsonArray().add(2592000).add(86400)));
            try (RunningApp first = RunningApp.start(daily)) {
                first.addFeed(site.url("/feed.xml"), 3600);
                Await.until("the article checked once", Duration.ofSeconds(30), () ->
                        SqlAdmin.count(db, "SELECT count(*) FROM article_versions") == 1 ? true : null);
                assertThat(SqlAdmin.count(db, "SELECT count(*) FROM articles WHERE next_check_at > now() + interval '12 hours'"))
                        .isEqualTo(1);
            }
            int hitsBefore = site.hits("/slow");
            // now every 2 s for a day
            JsonObject often = RunningApp.testConfig(db).put(ConfigKeys.ARTICLE_RECHECK_S, 0)
                    .put(ConfigKeys.ARTICLE_RECHECK_STEPS, new JsonArray().add(new JsonArray().add(86400).add(2)));
            try (RunningApp second = RunningApp.start(often)) {
                Await.until("the article re-checked under the new settings", Duration.ofSeconds(20),
                        () -> site.hits("/slow") > hitsBefore ? true : null);
                assertThat(SqlAdmin.count(db, "SELECT count(*) FROM articles WHERE next_check_at > now() + interval '1 hour'"))
                        .isZero();
            }
        }
    }
}
