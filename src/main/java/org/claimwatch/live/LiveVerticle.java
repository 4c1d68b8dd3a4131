package org.claimwatch.live;

import org.claimwatch.config.Settings;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.claimwatch.bus.Addresses;

/**
 * Live stage: turns internal facts into the messages browsers receive on {@code claimwatch.live.*}, with only
 * the fields the page shows, batched per address ({@link LiveBatcher}) so a burst of changes costs each browser
 * socket one frame per {@code live.batchMillis} instead of one per change.
 */
public final class LiveVerticle extends VerticleBase {

    @Override
    public Future<?> start() {
        Settings.Live settings = Settings.of(config()).live();
        long window = settings.batchMillis();
        int max = settings.batchMaxItems();
        LiveBatcher versions = new LiveBatcher(vertx, Addresses.LIVE_VERSIONS, window, max);
        LiveBatcher changes = new LiveBatcher(vertx, Addresses.LIVE_CHANGES, window, max);
        LiveBatcher stories = new LiveBatcher(vertx, Addresses.LIVE_STORIES, window, max);
        LiveBatcher feeds = new LiveBatcher(vertx, Addresses.LIVE_FEEDS, window, max);
        var bus = vertx.eventBus();
        return Future.all(
                bus.<JsonObject>localConsumer(Addresses.VERSIONS_STORED, m -> {
                    versions.add(LiveMessages.version(m.body()));
                    m.body().getJsonArray("changes", new JsonArray())
                            .forEach(change -> changes.add((JsonObject) change));
                }).completion(),
                bus.<JsonObject>localConsumer(Addresses.STORIES_CHANGED, m -> stories.add(m.body())).completion(),
                bus.<JsonObject>localConsumer(Addresses.FEEDS_POLLED, m -> feeds.add(m.body())).completion());
    }
}
