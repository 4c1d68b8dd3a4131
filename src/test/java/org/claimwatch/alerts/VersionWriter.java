package org.claimwatch.alerts;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import org.claimwatch.articles.NewVersion;
import org.claimwatch.diff.ChangeKind;
import org.claimwatch.diff.ClaimChange;
import org.claimwatch.articles.ArticleStore;
import org.claimwatch.support.SqlAdmin;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stores article versions with given claim changes through the real {@link ArticleStore#storeVersion}. */
final class VersionWriter implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final String dbUrl;
    private final Pool pool;
    private final ArticleStore store;

    VersionWriter(String dbUrl) {
        this.dbUrl = dbUrl;
        this.pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(2))
                .connectingTo(PgConnectOptions.fromUri(dbUrl)).using(vertx).build();
        this.store = new ArticleStore(pool);
    }

    /** A new feed named {@code outlet}; returns its id. */
    long feed(String outlet) throws Exception {
        return SqlAdmin.query(dbUrl, "INSERT INTO feeds (url, title, paused) VALUES ($1, $2, true) RETURNING id",
                "http://127.0.0.1:9/" + outlet + "-" + System.nanoTime(), outlet).get(0).getLong("id");
    }

    /** A new article of {@code feedId}, not due for fetching; returns its id. */
    long article(long feedId, String title, String outlet) throws Exception {
        return SqlAdmin.query(dbUrl, "INSERT INTO articles (feed_id, url, title, outlet) VALUES ($1, $2, $3, $4) RETURNING id",
                feedId, "http://127.0.0.1:9/a/" + System.nanoTime(), title, outlet).get(0).getLong("id");
    }

    static ClaimChange change(ChangeKind kind, double significance, String before, String after) {
        return new ClaimChange(kind, "key-" + before.hashCode(), before, after, List.of(), significance, List.of(),
                List.of(), 0, 0);
    }

    /** Stores version {@code versionNo} of {@code articleId} with {@code changes}; returns the stored summary. */
    JsonObject store(long articleId, int versionNo, List<ClaimChange> changes) throws Exception {
        NewVersion v = new NewVersion(articleId, versionNo, "Title v" + versionNo, null, null, "text " + versionNo,
                "hash" + versionNo, "fp" + versionNo, null, 1, 1, 0, "[]", "{}", new byte[0], changes);
        return store.storeVersion(v, 86_400).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    /** Runs {@code work} in one transaction on the database, as another store would. */
    <T> T inTransaction(java.util.function.Function<io.vertx.sqlclient.SqlConnection, io.vertx.core.Future<T>> work)
            throws Exception {
        return pool.withTransaction(work::apply).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
