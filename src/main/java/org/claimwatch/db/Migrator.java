package org.claimwatch.db;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Applies the versioned schema migrations {@code db/migrations/V1.sql, V2.sql, …} in order, each in its own
 * transaction, under an advisory lock so concurrent instances do not race. Refuses a database newer than the code.
 */
public final class Migrator {

    private static final Logger LOG = Logger.getLogger(Migrator.class.getName());
    private static final long LOCK_KEY = 0x636c61696d77L; // "claimw"
    private static final int MAX_VERSION = 200;

    /** One migration script. */
    public record Migration(int version, String sql) {
    }

    private final List<Migration> migrations;

    public Migrator(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /** The migrations shipped with this build. */
    public static Migrator bundled() {
        List<Migration> list = new ArrayList<>();
        for (int v = 1; v <= MAX_VERSION; v++) {
            try (InputStream in = Migrator.class.getResourceAsStream("/db/migrations/V" + v + ".sql")) {
                if (in == null) {
                    continue;
                }
                list.add(new Migration(v, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Migrator(list);
    }

    /** How many migrations this build ships. */
    public int count() {
        return migrations.size();
    }

    public int latest() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /** Brings the schema up to date; fails with a clear message when the database is newer than the code. */
    public Future<Integer> migrate(Pool pool) {
        return pool.withConnection(conn -> conn.query("SELECT pg_advisory_lock(" + LOCK_KEY + ")").execute()
                .compose(v -> applyAll(conn))
                .eventually(() -> conn.query("SELECT pg_advisory_unlock(" + LOCK_KEY + ")").execute()));
    }

    private Future<Integer> applyAll(SqlConnection conn) {
        return conn.query("SET client_min_messages = warning").execute()
                .compose(v -> conn.query("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())").execute())
                .compose(v -> conn.query("SELECT version FROM schema_version").execute())
                .compose(rows -> {
                    java.util.Set<Integer> applied = new java.util.HashSet<>();
                    rows.forEach(r -> applied.add(r.getInteger("version")));
                    java.util.Set<Integer> known = new java.util.HashSet<>();
                    migrations.forEach(m -> known.add(m.version()));
                    java.util.Optional<Integer> unknown = applied.stream().filter(a -> !known.contains(a)).max(Integer::compare);
                    if (unknown.isPresent()) {
                        return Future.failedFuture(new IllegalStateException("the database schema has migration V"
                                + unknown.get() + ", which this claimwatch does not know (it knows up to V" + latest()
                                + "): it was written by a newer claimwatch; upgrade claimwatch or use another database"));
                    }
                    // applied by version, not by maximum: migrations merged out of order still run
                    Future<Void> chain = Future.succeededFuture();
                    for (Migration m : migrations) {
                        if (!applied.contains(m.version())) {
                            chain = chain.compose(v -> apply(conn, m));
                        }
                    }
                    return chain.map(v -> latest());
                });
    }

    private Future<Void> apply(SqlConnection conn, Migration m) {
        LOG.info(() -> "applying schema migration V" + m.version());
        return conn.begin().compose(tx -> conn.query(m.sql()).execute()
                .compose(v -> conn.preparedQuery("INSERT INTO schema_version (version) VALUES ($1)")
                        .execute(Tuple.of(m.version())))
                .compose(v -> tx.commit())
                .recover(err -> tx.rollback().transform(r -> Future.failedFuture(
                        new IllegalStateException("schema migration V" + m.version() + " failed: " + err.getMessage(), err)))));
    }
}
