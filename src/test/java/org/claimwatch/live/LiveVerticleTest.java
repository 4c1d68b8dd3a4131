package org.claimwatch.live;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.claimwatch.bus.Addresses;
import org.claimwatch.config.ConfigKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The live stage on a real Vert.x: facts in, batched live messages out. A 3 s window makes timing unambiguous. */
class LiveVerticleTest {

    private static final long WINDOW_MS = 3000;

    private Vertx vertx;
    private final BlockingQueue<JsonObject> changes = new LinkedBlockingQueue<>();
    private final BlockingQueue<JsonObject> versions = new LinkedBlockingQueue<>();
    private final BlockingQueue<JsonObject> stories = new LinkedBlockingQueue<>();

    @BeforeEach
    void deploy() throws Exception {
        vertx = Vertx.vertx();
        vertx.eventBus().<JsonObject>consumer(Addresses.LIVE_CHANGES, m -> changes.add(m.body()));
        vertx.eventBus().<JsonObject>consumer(Addresses.LIVE_VERSIONS, m -> versions.add(m.body()));
        vertx.eventBus().<JsonObject>consumer(Addresses.LIVE_STORIES, m -> stories.add(m.body()));
        vertx.deployVerticle(new LiveVerticle(), new DeploymentOptions().setConfig(org.claimwatch.config.AppConfig.defaults()
                        .put(ConfigKeys.LIVE_BATCH_MS, WINDOW_MS).put(ConfigKeys.LIVE_BATCH_MAX_ITEMS, 5)))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aLoneChangeGoesOutAtOnceAndABurstGoesOutAsOneBatchInOrder() throws Exception {
        stored(1, 2, "first");
        JsonObject lone = changes.poll(WINDOW_MS / 2, TimeUnit.MILLISECONDS);
        assertNotNull(lone, "a change after a quiet window is not held back");
        assertEquals(List.of("first"), texts(lone));

        stored(1, 3, "second");
        stored(2, 2, "third");
        stored(3, 2, "fourth");
        assertNull(changes.poll(WINDOW_MS / 3, TimeUnit.MILLISECONDS), "changes within the window wait for its end");
        JsonObject burst = changes.poll(2 * WINDOW_MS, TimeUnit.MILLISECONDS);
        assertNotNull(burst);
        assertEquals(List.of("second", "third", "fourth"), texts(burst), "one batch, oldest first, nothing lost");
        assertNull(changes.poll(200, TimeUnit.MILLISECONDS), "each change is sent once");

        JsonObject firstVersions = versions.poll(1, TimeUnit.SECONDS);
        JsonObject laterVersions = versions.poll(1, TimeUnit.SECONDS);
        assertEquals(1, firstVersions.getJsonArray("items").size());
        assertEquals(3, laterVersions.getJsonArray("items").size());
        assertEquals("version", laterVersions.getJsonArray("items").getJsonObject(0).getString("type"));
        assertEquals(3, laterVersions.getJsonArray("items").getJsonObject(0).getInteger("version_no"));
    }

    @Test
    void aFullBatchIsNotHeldForTheWindow() throws Exception {
        stored(1, 2, "warm");
        assertNotNull(changes.poll(WINDOW_MS / 2, TimeUnit.MILLISECONDS));
        stored(1, 3, "a", "b", "c", "d", "e", "f");
        JsonObject full = changes.poll(WINDOW_MS / 2, TimeUnit.MILLISECONDS);
        assertNotNull(full, "five pending items are sent without waiting");
        assertEquals(List.of("a", "b", "c", "d", "e"), texts(full));
        JsonObject rest = changes.poll(2 * WINDOW_MS, TimeUnit.MILLISECONDS);
        assertEquals(List.of("f"), texts(rest));
    }

    @Test
    void storyChangesAreForwardedBatched() throws Exception {
        vertx.eventBus().publish(Addresses.STORIES_CHANGED, new JsonObject().put("id", 7).put("kind", "STORY_CLAIM_NEW"));
        JsonObject batch = stories.poll(WINDOW_MS / 2, TimeUnit.MILLISECONDS);
        assertNotNull(batch);
        assertEquals(7, batch.getJsonArray("items").getJsonObject(0).getInteger("id"));
    }

    private void stored(long article, int versionNo, String... afters) {
        JsonArray list = new JsonArray();
        IntStream.range(0, afters.length).forEach(i -> list.add(new JsonObject().put("id", article * 100 + versionNo * 10 + i)
                .put("after", afters[i])));
        vertx.eventBus().publish(Addresses.VERSIONS_STORED, new JsonObject().put("version_id", article * 100 + versionNo)
                .put("article_id", article).put("feed_id", 1L).put("version_no", versionNo)
                .put("fetched_at", "2026-11-24T12:00:00Z").put("title", "t").put("url", "http://x/" + article)
                .put("outlet", "o").put("sentence_count", 3).put("sentences_added", 1).put("sentences_removed", 1)
                .put("significant", true).put("changes", list));
    }

    private static List<String> texts(JsonObject batch) {
        return batch.getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("after")).toList();
    }
}
