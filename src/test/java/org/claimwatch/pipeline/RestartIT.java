package org.claimwatch.pipeline;

import io.vertx.core.json.JsonObject;
import org.claimwatch.support.Await;
import org.claimwatch.support.Fixtures;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SiteServer;
import org.claimwatch.support.SqlAdmin;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The default set-up, an embedded PostgreSQL under the data directory, keeps everything across restarts. */
class RestartIT {

    @Test
    void stopAndStartOnTheSameDataLosesNothing() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "restart-data").toAbsolutePath();
        try (SiteServer site = new SiteServer()) {
            site.html("/a", Fixtures.articlePage("Article A", Fixtures.seed(0)));
            site.rss("/feed.xml", Fixtures.rss("Restart Gazette", List.of(site.url("/a")), List.of("Article A")));
            JsonObject config = RunningApp.testConfig(null).put("data.dir", data.toString());

            long feedId;
            List<JsonObject> before;
            try (RunningApp first = RunningApp.start(config)) {
                assertThat(first.dbUrl()).contains("127.0.0.1").endsWith("/claimwatch");
                feedId = first.addFeed(site.url("/feed.xml"), 3600);
                Await.until("the article stored", Duration.ofSeconds(30), () ->
                        SqlAdmin.count(first.dbUrl(), "SELECT count(*) FROM article_versions") == 1);
                before = SqlAdmin.query(first.dbUrl(), "SELECT id, article_id, version_no, text_hash FROM article_versions");
            }
            assertThat(Files.exists(data.resolve("pg/PG_VERSION"))).isTrue();

            try (RunningApp second = RunningApp.start(config.put("http.port", RunningApp.freePort()))) {
                JsonObject feed = second.feed(feedId);
                assertThat(feed.getString("url")).isEqualTo(site.url("/feed.xml"));
                assertThat(feed.getString("title")).isEqualTo("Restart Gazette");
                assertThat(SqlAdmin.query(second.dbUrl(),
                        "SELECT id, article_id, version_no, text_hash FROM article_versions")).isEqualTo(before);
                assertThat(second.get("/health").statusCode()).isEqualTo(200);
            }
        }
    }
}
