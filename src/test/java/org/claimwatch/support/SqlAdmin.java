package org.claimwatch.support;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Tuple;
import org.claimwatch.db.Rows;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Blocking SQL for tests: run a statement or a query against a database URL and get JSON rows back. */
public final class SqlAdmin {

    private static final Vertx VERTX = Vertx.vertx();

    private SqlAdmin() {
    }

    public static void execute(String url, String sql) throws Exception {
        query(url, sql);
    }

    public static List<JsonObject> query(String url, String sql, Object... params) throws Exception {
        Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(1))
                .connectingTo(PgConnectOptions.fromUri(url)).using(VERTX).build();
        try {
            return pool.preparedQuery(sql).execute(Tuple.from(params)).map(Rows::json)
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } finally {
            pool.close();
        }
    }

    public static long count(String url, String sql, Object... params) throws Exception {
        List<JsonObject> rows = query(url, sql, params);
        return ((Number) rows.get(0).getValue(rows.get(0).fieldNames().iterator().next())).longValue();
    }

}
