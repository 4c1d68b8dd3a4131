package org.claimwatch.pipeline;

import io.vertx.core.json.JsonObject;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.semantic.model.Embedder;
import org.claimwatch.support.Await;
import org.claimwatch.support.Fixtures;
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

/**
 * With {@code nlp.embeddings} on, on a real PostgreSQL: the pipeline stores each sentence's embedding once, a
 * re-fetched version embeds only its new sentence (the rest are cache hits), and a sentence rephrased in other
 * words with its figure changed is aligned as one NUMBER_CHANGED, not a removal plus an addition.
 */
class EmbeddingsPipelineIT {

    private static final String OLD = "At least 1,200 people were killed in the Hamas attack on Israel, officials said.";
    private static final String NEW = "Israeli authorities now put the death toll from the Hamas assault at 1,139.";

    /** MiniLM (matching) and e5 (check-worthiness). */
    private static final int MODELS = 2;

    private static SiteServer site;
    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        site = new SiteServer();
        app = RunningApp.start(RunningApp.testConfig(TestDatabase.create()).put(ConfigKeys.NLP_EMBEDDINGS, true));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
        site.close();
    }

    @Test
    void embeddingsAreCachedAndAlignARephrasedSentence() throws Exception {
        String original = Fixtures.seed(0) + "\n\n" + OLD;
        site.html("/news/toll", Fixtures.articlePage("Hamas leaders leave Qatar", original));
        site.rss("/feed.xml", Fixtures.rss("The Semantic Gazette", List.of(site.url("/news/toll")),
                List.of("Hamas leaders leave Qatar")));
        long[] before = Embedder.totals();
        long feedId = app.addFeed(site.url("/feed.xml"), 1);
        Await.until("version 1", Duration.ofSeconds(60), () -> SqlAdmin.count(app.dbUrl(),
                "SELECT count(*) FROM article_versions v JOIN articles a ON a.id = v.article_id WHERE a.feed_id = $1",
                feedId) == 1);
        long stored1 = SqlAdmin.count(app.dbUrl(), "SELECT count(*) FROM sentence_embeddings");
        long sentences1 = SqlAdmin.count(app.dbUrl(), "SELECT v.sentence_count FROM article_versions v JOIN articles a "
                + "ON a.id = v.article_id WHERE a.feed_id = $1", feedId);
        assertThat(stored1).as("one embedding per model (MiniLM, e5) and distinct sentence of version 1")
                .isGreaterThan(5 * MODELS).isLessThanOrEqualTo(sentences1 * MODELS);
        assertThat(stored1 % MODELS).isZero();

        site.html("/news/toll", Fixtures.articlePage("Hamas leaders leave Qatar", original.replace(OLD, NEW)));
        Await.until("version 2", Duration.ofSeconds(60), () -> SqlAdmin.count(app.dbUrl(),
                "SELECT count(*) FROM article_versions v JOIN articles a ON a.id = v.article_id WHERE a.feed_id = $1",
                feedId) == 2);
        long[] after = Embedder.totals();
        System.out.printf("version 1: %d embeddings stored; version 2: %d cache hits, %d embedded%n",
                stored1, after[0] - before[0], after[1] - before[1] - stored1);
        assertThat(SqlAdmin.count(app.dbUrl(), "SELECT count(*) FROM sentence_embeddings"))
                .as("version 2 embeds only its one new sentence (with each model)").isEqualTo(stored1 + MODELS);
        assertThat(after[1] - before[1]).isEqualTo(stored1 + MODELS);
        assertThat(after[0] - before[0]).as("version 2's unchanged sentences come from the cache").isEqualTo(stored1);

        List<JsonObject> changes = SqlAdmin.query(app.dbUrl(), "SELECT c.kind, c.before_text, c.after_text "
                + "FROM claim_changes c JOIN articles a ON a.id = c.article_id WHERE a.feed_id = $1 ORDER BY c.id", feedId);
        assertThat(changes).extracting(c -> c.getString("kind")).contains("NUMBER_CHANGED")
                .doesNotContain("CLAIM_ADDED", "CLAIM_REMOVED");
        JsonObject number = changes.stream().filter(c -> "NUMBER_CHANGED".equals(c.getString("kind"))).findFirst()
                .orElseThrow();
        assertThat(number.getString("before_text")).isEqualTo(OLD);
        assertThat(number.getString("after_text")).isEqualTo(NEW);
    }
}
