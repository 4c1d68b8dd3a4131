package org.claimwatch.metrics;

import io.vertx.core.Handler;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.micrometer.MetricsDomain;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.micrometer.VertxPrometheusOptions;
import org.claimwatch.config.ConfigKeys;

/** Turns Vert.x Micrometer metrics on (Prometheus backend, JVM and pool metrics) and serves them at /metrics. */
public final class MetricsSetup {

    private MetricsSetup() {
    }

    /** Applies the metrics options to {@code options} when {@code metrics.enabled}. */
    public static VertxOptions apply(VertxOptions options, JsonObject config) {
        if (config.getBoolean(ConfigKeys.METRICS_ENABLED, true)) {
            options.setMetricsOptions(new MicrometerMetricsOptions()
                    .setEnabled(true)
                    .setJvmMetricsEnabled(true)
                    .addDisabledMetricsCategory(MetricsDomain.HTTP_CLIENT)
                    // vertx-micrometer 5.0.10 re-registers the vertx.eventbus.handlers gauge on every handler
                    // registration, and Micrometer logs "This Gauge has been already registered" at each start.
                    // Event-bus meters are not among the documented metrics: off, and the warning with them.
                    .addDisabledMetricsCategory(MetricsDomain.EVENT_BUS)
                    .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true)
                            .setPublishQuantiles(true)));
        }
        return options;
    }

    /** The /metrics handler: the Prometheus text format, or 404 when metrics are off. */
    public static Handler<RoutingContext> handler(JsonObject config) {
        if (!config.getBoolean(ConfigKeys.METRICS_ENABLED, true)) {
            return ctx -> ctx.fail(404);
        }
        Handler<RoutingContext> scrape = PrometheusScrapingHandler.create();
        return scrape;
    }
}
