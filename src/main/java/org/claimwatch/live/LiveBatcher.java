package org.claimwatch.live;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Coalesces the messages of one live address into batches ({@link LiveMessages#batch}). The first message after a
 * quiet window is published at once; messages arriving within {@code windowMs} of the last publication wait for the
 * window's end (or until {@code maxItems} are pending) and go out together. Every browser socket costs the bridge one
 * encoding and one frame per message, so under a burst this turns N frames per socket into about one per window, while
 * a lone change is not delayed at all. Confined to the context of the verticle that owns it.
 */
final class LiveBatcher {

    private final Vertx vertx;
    private final String address;
    private final long windowNanos;
    private final int maxItems;
    private JsonArray pending = new JsonArray();
    private long lastPublished = Long.MIN_VALUE;
    private long timer = -1;

    LiveBatcher(Vertx vertx, String address, long windowMs, int maxItems) {
        this.vertx = vertx;
        this.address = address;
        this.windowNanos = Math.max(0, windowMs) * 1_000_000L;
        this.maxItems = Math.max(1, maxItems);
    }

    void add(JsonObject item) {
        pending.add(item);
        if (pending.size() >= maxItems) {
            publish();
            return;
        }
        if (timer != -1) {
            return;
        }
        long waited = System.nanoTime() - lastPublished;
        if (lastPublished == Long.MIN_VALUE || waited >= windowNanos) {
            publish();
        } else {
            timer = vertx.setTimer(Math.max(1, (windowNanos - waited) / 1_000_000L), id -> {
                timer = -1;
                publish();
            });
        }
    }

    private void publish() {
        if (timer != -1) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
        if (pending.isEmpty()) {
            return;
        }
        JsonArray items = pending;
        pending = new JsonArray();
        lastPublished = System.nanoTime();
        vertx.eventBus().publish(address, LiveMessages.batch(items));
    }
}
