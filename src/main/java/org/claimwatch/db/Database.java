package org.claimwatch.db;

import org.claimwatch.config.Settings;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import org.claimwatch.config.ConfigKeys;

/**
 * Builds the connection pools of one Vert.x instance: one shared by the stages and the API, and one of the store path
 * (the process stage) alone, so a flood of reads (the API, the live catch-up, the stories) never leaves a new
 * version waiting for a connection.
 */
public final class Database {

    public static final String POOL_NAME = "claimwatch-db";
    public static final String STORE_POOL_NAME = "claimwatch-store";

    private Database() {
    }

    /** A pool on {@code db.url}; verticles calling this with the same config share one pool. */
    public static Pool pool(Vertx vertx, JsonObject config) {
        return pool(vertx, config, POOL_NAME, Settings.of(config).db().poolSize());
    }

    /** The store path's own pool ({@code db.storePoolSize}), shared by the process stage's instances only. */
    public static Pool storePool(Vertx vertx, JsonObject config) {
        return pool(vertx, config, STORE_POOL_NAME, Settings.of(config).db().storePoolSize());
    }

    private static Pool pool(Vertx vertx, JsonObject config, String name, int size) {
        Settings.Db settings = Settings.of(config).db();
        String url = settings.url();
        if (settings.embedded()) {
            throw new IllegalStateException("no database URL: " + ConfigKeys.DB_URL + " must be set before deploying");
        }
        PgConnectOptions connect = PgConnectOptions.fromUri(url).setCachePreparedStatements(true);
        PoolOptions pool = new PoolOptions()
                .setMaxSize(size)
                .setShared(true)
                .setName(name + "-" + Integer.toHexString(url.hashCode()));
        return PgBuilder.pool().with(pool).connectingTo(connect).using(vertx).build();
    }
}
