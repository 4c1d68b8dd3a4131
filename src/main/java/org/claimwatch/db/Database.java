package org.claimwatch.db;

import org.claimwatch.config.Settings;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import org.claimwatch.config.ConfigKeys;

/** Builds the connection pool shared by every verticle of one Vert.x instance. */
public final class Database {

    public static final String POOL_NAME = "claimwatch-db";

    private Database() {
    }

    /** A pool on {@code db.url}; verticles calling this with the same config share one pool. */
    public static Pool pool(Vertx vertx, JsonObject config) {
        Settings.Db settings = Settings.of(config).db();
        String url = settings.url();
        if (settings.embedded()) {
            throw new IllegalStateException("no database URL: " + ConfigKeys.DB_URL + " must be set before deploying");
        }
        PgConnectOptions connect = PgConnectOptions.fromUri(url).setCachePreparedStatements(true);
        PoolOptions pool = new PoolOptions()
                .setMaxSize(settings.poolSize())
                .setShared(true)
                .setName(POOL_NAME + "-" + Integer.toHexString(url.hashCode()));
        return PgBuilder.pool().with(pool).connectingTo(connect).using(vertx).build();
    }
}
