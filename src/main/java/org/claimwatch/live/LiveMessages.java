package org.claimwatch.live;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The shape of live messages. Every message on a {@code claimwatch.live.*} address is a batch
 * {@code {"items": [...]}}, oldest first; each item has the shape the REST catch-up endpoints return.
 */
public final class LiveMessages {

    public static final String ITEMS = "items";

    private LiveMessages() {
    }

    /** A batch of live items, oldest first. */
    public static JsonObject batch(JsonArray items) {
        return new JsonObject().put(ITEMS, items);
    }

    /** A stored version as the tracker page shows it: {@code type} is "article" for a first version. */
    public static JsonObject version(JsonObject stored) {
        long versionId = stored.containsKey("version_id") ? stored.getLong("version_id") : stored.getLong("id");
        int versionNo = stored.getInteger("version_no");
        return new JsonObject()
                .put("type", versionNo == 1 ? "article" : "version")
                .put("id", versionId)
                .put("article_id", stored.getLong("article_id"))
                .put("feed_id", stored.getLong("feed_id"))
                .put("version_no", versionNo)
                .put("fetched_at", stored.getValue("fetched_at"))
                .put("title", stored.getString("title"))
                .put("url", stored.getString("url"))
                .put("outlet", stored.getString("outlet"))
                .put("sentence_count", stored.getInteger("sentence_count"))
                .put("sentences_added", stored.getInteger("sentences_added"))
                .put("sentences_removed", stored.getInteger("sentences_removed"))
                .put("revert_of", stored.getInteger("revert_of"))
                .put("changes", stored.containsKey("changes") ? stored.getJsonArray("changes").size()
                        : stored.getInteger("changes_count", 0))
                .put("significant", stored.getBoolean("significant", false));
    }
}
