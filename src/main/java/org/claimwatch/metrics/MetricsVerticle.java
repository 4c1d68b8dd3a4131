package org.claimwatch.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import org.claimwatch.db.Database;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Metrics that need sampling: event-loop lag (a timer's lateness) and, from the database, the webhook outbox depth
 * and delivery totals (zero while the webhook tables do not exist).
 */
public final class MetricsVerticle extends VerticleBase {

    private static final long SAMPLE_MS = 1000;
    private static final String WEBHOOKS = """
            SELECT to_regclass('webhook_deliveries') IS NOT NULL AS present""";
    private static final String WEBHOOK_COUNTS = """
            SELECT count(*) FILTER (WHERE status = 'pending')   AS pending,
                   count(*) FILTER (WHERE status = 'delivered') AS delivered,
                   count(*) FILTER (WHERE status = 'dead')      AS dead
            FROM webhook_deliveries""";

    private final AtomicLong outboxDepth = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dead = new AtomicLong();
    private Pool pool;
    private Timer lag;
    private long expectedAt;

    @Override
    public Future<?> start() {
        pool = Database.pool(vertx, config());
        MeterRegistry registry = Meters.registry();
        lag = Timer.builder("claimwatch.event.loop.lag").description("How late a 1 s timer fired on an event loop")
                .publishPercentiles(0.5, 0.99).register(registry);
        Gauge.builder("claimwatch.webhook.outbox.depth", outboxDepth, AtomicLong::get)
                .description("Webhook deliveries pending (0 when webhooks are not installed)").register(registry);
        Gauge.builder("claimwatch.webhook.deliveries", delivered, AtomicLong::get).tag("status", "delivered")
                .register(registry);
        Gauge.builder("claimwatch.webhook.deliveries", dead, AtomicLong::get).tag("status", "dead").register(registry);
        expectedAt = System.currentTimeMillis() + SAMPLE_MS;
        vertx.setPeriodic(SAMPLE_MS, id -> {
            long now = System.currentTimeMillis();
            lag.record(Duration.ofMillis(Math.max(0, now - expectedAt)));
            expectedAt = now + SAMPLE_MS;
        });
        vertx.setPeriodic(5 * SAMPLE_MS, id -> sampleWebhooks());
        return Future.succeededFuture();
    }

    private void sampleWebhooks() {
        pool.query(WEBHOOKS).execute()
                .compose(rows -> Boolean.TRUE.equals(rows.iterator().next().getBoolean("present"))
                        ? pool.query(WEBHOOK_COUNTS).execute().map(r -> r.iterator().next())
                        : Future.<Row>succeededFuture(null))
                .onSuccess(row -> {
                    outboxDepth.set(row == null ? 0 : row.getLong("pending"));
                    delivered.set(row == null ? 0 : row.getLong("delivered"));
                    dead.set(row == null ? 0 : row.getLong("dead"));
                });
    }
}
