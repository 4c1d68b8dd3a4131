package org.claimwatch.app;

import org.claimwatch.config.Settings;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.claimwatch.articles.FetchVerticle;
import org.claimwatch.articles.ProcessVerticle;
import org.claimwatch.feeds.PollVerticle;
import org.claimwatch.live.LiveVerticle;
import org.claimwatch.metrics.MetricsVerticle;
import org.claimwatch.web.HttpVerticle;
import org.claimwatch.http.StageStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Deploys one verticle per pipeline stage, and nothing else. */
public final class MainVerticle extends VerticleBase {

    static Map<String, Supplier<VerticleBase>> stages() {
        Map<String, Supplier<VerticleBase>> stages = new LinkedHashMap<>();
        stages.put("live", LiveVerticle::new);
        stages.put("process", ProcessVerticle::new);
        stages.put("stories", org.claimwatch.stories.pipeline.StoryVerticle::new);
        stages.put("fetch", FetchVerticle::new);
        stages.put("poll", PollVerticle::new);
        stages.put("alerts", org.claimwatch.alerts.DispatchVerticle::new);
        stages.put("http", HttpVerticle::new);
        stages.put("metrics", MetricsVerticle::new);
        return stages;
    }

    @Override
    public Future<?> start() {
        StageStatus.expect(vertx, List.copyOf(stages().keySet()));
        Future<Void> chain = Future.succeededFuture();
        for (Map.Entry<String, Supplier<VerticleBase>> stage : stages().entrySet()) {
            // the HTTP stage runs on several event loops (connections, e.g. live sockets, spread over them)
            int instances = "http".equals(stage.getKey()) ? Settings.of(config()).http().instances() : 1;
            chain = chain.compose(v -> vertx.deployVerticle(stage.getValue(),
                            new DeploymentOptions().setConfig(config()).setInstances(Math.max(1, instances)))
                    .onSuccess(id -> StageStatus.deployed(vertx, stage.getKey(), id))
                    .mapEmpty());
        }
        return chain.onSuccess(v -> StageStatus.complete(vertx));
    }

    @Override
    public Future<?> stop() {
        StageStatus.clear(vertx);
        return Future.succeededFuture();
    }
}
