package org.claimwatch.metrics;

import org.claimwatch.config.Settings;
import io.vertx.core.Handler;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.micrometer.MetricsDomain;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.micrometer.VertxPrometheusOptions;

import java.util.logging.Logger;

/** Turns Vert.x Micrometer metrics on (Prometheus backend, JVM and pool metrics) and serves them at /metrics. */
public final class MetricsSetup {

    private MetricsSetup() {
    }

    /**
     * vertx-micrometer-metrics 5.0.10 registers its untagged gauges (vertx.eventbus.handlers,
     * vertx.net.client.active.connections, …) again for every handler or connection and keeps its own counter, so
     * Micrometer's "This Gauge has been already registered … the registration will be ignored" is expected and
     * harmless; it was printed at every start. This filter drops exactly that message. Held here: JUL keeps loggers
     * only weakly, and a collected logger would lose its filter.
     */
    private static final Logger METER_REGISTRY_LOG = Logger.getLogger("io.micrometer.core.instrument.MeterRegistry");
    static final String DUPLICATE_GAUGE = "This Gauge has been already registered";

    static {
        METER_REGISTRY_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith(DUPLICATE_GAUGE));
    }

    /** Applies the metrics options to {@code options} when {@code metrics.enabled}. */
    public static VertxOptions apply(VertxOptions options, JsonObject config) {
        if (Settings.of(config).metricsEnabled()) {
            options.setMetricsOptions(new MicrometerMetricsOptions()
                    .setEnabled(true)
                    .setJvmMetricsEnabled(true)
                    .addDisabledMetricsCategory(MetricsDomain.HTTP_CLIENT)
                    .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true)
                            .setPublishQuantiles(true)));
        }
        return options;
    }

    /** The /metrics handler: the Prometheus text format, or 404 when metrics are off. */
    public static Handler<RoutingContext> handler(JsonObject config) {
        if (!Settings.of(config).metricsEnabled()) {
            return ctx -> ctx.fail(404);
        }
        Handler<RoutingContext> scrape = PrometheusScrapingHandler.create();
        return scrape;
    }
}
