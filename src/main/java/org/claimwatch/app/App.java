package org.claimwatch.app;

import org.claimwatch.config.Settings;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import org.claimwatch.auth.AdminBootstrap;
import org.claimwatch.auth.AuthStore;
import org.claimwatch.cluster.ClusterSetup;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.db.Database;
import org.claimwatch.db.EmbeddedPostgres;
import org.claimwatch.db.Migrator;
import org.claimwatch.metrics.MetricsSetup;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A running claimwatch: the embedded database when no {@code db.url} is set, the schema migrated, and the
 * main verticle deployed. Blocking start and stop; call them from a plain thread (main, a test).
 */
public final class App implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("claimwatch");
    public static final String EMBEDDED_DATABASE = "claimwatch";

    private final Vertx vertx;
    /** The embedded database (null with {@code db.url}); replaced when the watchdog starts it again. */
    private volatile EmbeddedPostgres embedded;
    private final java.util.concurrent.atomic.AtomicBoolean restarting = new java.util.concurrent.atomic.AtomicBoolean();
    private long watchdog = -1;
    private final JsonObject config;
    private final String deployment;

    private App(Vertx vertx, EmbeddedPostgres embedded, JsonObject config, String deployment) {
        this.vertx = vertx;
        this.embedded = embedded;
        this.config = config;
        this.deployment = deployment;
    }

    public static App start(JsonObject configuration) throws Exception {
        long started = System.nanoTime();
        JsonObject config = configuration.copy();
        EmbeddedPostgres embedded = null;
        Settings settings = Settings.of(config);
        if (settings.db().embedded()) {
            embedded = EmbeddedPostgres.start(Path.of(settings.db().dataDir()), settings.db().embeddedPort());
            config.put(ConfigKeys.DB_URL, embedded.url(EMBEDDED_DATABASE));
        }
        ClusterSetup.Node node = await(ClusterSetup.start(MetricsSetup.apply(new VertxOptions(), config), config));
        Vertx vertx = node.vertx();
        // the stages write it into their lease owners: survivors take back a departed instance's work by it
        config.put(ConfigKeys.INSTANCE_ID, node.id());
        try {
            if (embedded != null) {
                await(createDatabaseIfMissing(vertx, embedded.url("postgres"), EMBEDDED_DATABASE));
            }
            Pool pool = Database.pool(vertx, config);
            int schema = await(Migrator.bundled().migrate(pool));
            if (embedded != null && !settings.cluster().enabled()) {
                // the embedded database is this instance's alone: any lease in it belongs to a previous run that
                // was killed, so its work is taken back now instead of after the lease expires
                await(LeaseTakeBack.all(pool).onSuccess(n -> LeaseTakeBack.log("a previous run", n)));
            } else if (settings.cluster().enabled()) {
                // leases of instances no longer in the cluster (killed before this one joined), and from now on of
                // each member that leaves, are taken back at once instead of after they expire
                await(LeaseTakeBack.departed(pool, node.members())
                        .onSuccess(n -> LeaseTakeBack.log("instances no longer in the cluster", n)));
                // the member that left is excluded by name: the cluster's member list may not have dropped it yet
                node.onLeft(left -> LeaseTakeBack.departed(pool, node.members().stream()
                                .filter(member -> !member.equals(left)).toList())
                        .onSuccess(n -> LeaseTakeBack.log("member " + left + ", which left the cluster", n))
                        .onFailure(err -> LOG.warning("taking back the leases of member " + left + " failed (they "
                                + "expire): " + err)));
            }
            await(AdminBootstrap.ensureAdmin(vertx, new AuthStore(pool), settings.auth().adminPassword()));
            String deployment = await(vertx.deployVerticle(new MainVerticle(), new DeploymentOptions().setConfig(config)));
            LOG.info(String.format("claimwatch started in %d ms (schema version %d, database %s)",
                    (System.nanoTime() - started) / 1_000_000, schema, embedded != null ? "embedded" : "external"));
            App app = new App(vertx, embedded, config, deployment);
            if (embedded != null) {
                app.watchEmbedded(Path.of(settings.db().dataDir()), pool, !settings.cluster().enabled());
            }
            return app;
        } catch (Exception e) {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    /**
     * Checks every second that the embedded database still runs; when it was killed (or crashed), starts it again on
     * the same data and port. The pool reconnects by itself; work in flight when it died failed and is taken back
     * (single instance), so nothing waits for its lease. Committed versions and their outbox rows are on disk.
     */
    private void watchEmbedded(Path dataDir, Pool pool, boolean takeBack) {
        watchdog = vertx.setPeriodic(1000, id -> {
            EmbeddedPostgres db = embedded;
            if (db == null || db.alive() || !restarting.compareAndSet(false, true)) {
                return;
            }
            LOG.warning("the embedded database stopped (killed?): starting it again on port " + db.port());
            vertx.executeBlocking(() -> {
                        return EmbeddedPostgres.restart(dataDir, db.port());
                    }, false)
                    .compose(started -> {
                        embedded = started;
                        return takeBack ? LeaseTakeBack.all(pool).map(n -> n[0] + n[1] + n[2])
                                : Future.succeededFuture(0);
                    })
                    .onComplete(ar -> {
                        restarting.set(false);
                        if (ar.succeeded()) {
                            LOG.info("embedded database running again; " + ar.result() + " leases taken back");
                        } else {
                            LOG.warning("starting the embedded database again failed (next try in 1 s): " + ar.cause());
                        }
                    });
        });
    }

    public Vertx vertx() {
        return vertx;
    }

    /** The effective configuration, with {@code db.url} filled in when the database is embedded. */
    public JsonObject config() {
        return config.copy();
    }

    @Override
    public void close() throws Exception {
        try {
            vertx.cancelTimer(watchdog);
            // the stages stop first, while the database is still there: they hand their leases back
            try {
                vertx.undeploy(deployment).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                LOG.warning("stopping the stages failed: " + e.getCause());
            }
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static Future<Void> createDatabaseIfMissing(Vertx vertx, String adminUrl, String name) {
        Pool admin = PgBuilder.pool().with(new PoolOptions().setMaxSize(1))
                .connectingTo(PgConnectOptions.fromUri(adminUrl)).using(vertx).build();
        return admin.preparedQuery("SELECT 1 FROM pg_database WHERE datname = $1")
                .execute(io.vertx.sqlclient.Tuple.of(name))
                .compose(rows -> rows.size() > 0 ? Future.<Void>succeededFuture()
                        : admin.query("CREATE DATABASE \"" + name + "\"").execute().<Void>mapEmpty())
                .eventually(admin::close);
    }

    static <T> T await(Future<T> future) throws Exception {
        try {
            return future.toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
