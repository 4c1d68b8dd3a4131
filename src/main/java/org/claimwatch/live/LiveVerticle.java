package org.claimwatch.live;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.claimwatch.Addresses;

/**
 * Live stage: turns internal facts into the messages browsers receive on {@code claimwatch.live.*}, with only
 * the fields the page shows.
 */
public final class LiveVerticle extends VerticleBase {

    @Override
    public Future<?> start() {
        var bus = vertx.eventBus();
        return Future.all(
                bus.<JsonObject>localConsumer(Addresses.VERSIONS_STORED, m -> {
                    bus.publish(Addresses.LIVE_VERSIONS, LiveMessages.version(m.body()));
                    m.body().getJsonArray("changes", new JsonArray())
                            .forEach(change -> bus.publish(Addresses.LIVE_CHANGES, change));
                }).completion(),
                bus.<JsonObject>localConsumer(Addresses.FEEDS_POLLED,
                        m -> bus.publish(Addresses.LIVE_FEEDS, m.body())).completion());
    }
}
