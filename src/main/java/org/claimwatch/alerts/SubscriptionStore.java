package org.claimwatch.alerts;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.claimwatch.db.Rows;

import java.util.List;
import java.util.Optional;

/** Webhook subscriptions. Secrets are written here and read only for signing, never listed. */
public final class SubscriptionStore {

    /** What sending to one subscription needs. {@link #toString()} never shows the secrets. */
    public record Target(long id, String name, String url, String format, boolean active, String secret,
                         String previousSecret) {
        @Override
        public String toString() {
            return "Target[id=" + id + ", name=" + name + ", url=" + url + "]";
        }
    }

    private final Pool pool;
    private final SecretBox box;

    /** Secrets are sealed with {@code box} when written and opened when read. */
    public SubscriptionStore(Pool pool, SecretBox box) {
        this.pool = pool;
        this.box = box;
    }

    /** Every subscription with its dead and pending counts, without secrets. */
    public Future<List<JsonObject>> list() {
        return pool.preparedQuery(AlertSql.SELECT_SUBSCRIPTIONS.sql()).execute(Tuple.of((Long) null)).map(Rows::json);
    }

    public Future<Optional<JsonObject>> get(long id) {
        return pool.preparedQuery(AlertSql.SELECT_SUBSCRIPTIONS.sql()).execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(Rows.json(rows.iterator().next())));
    }

    public Future<Long> insert(String name, String url, String format, boolean active, AlertFilter filter,
                               String secret) {
        return pool.preparedQuery(AlertSql.INSERT_SUBSCRIPTION.sql())
                .execute(Tuple.of(name, url, format, active, new JsonObject(filter.toMap()), box.seal(secret)))
                .map(rows -> rows.iterator().next().getLong("id"));
    }

    /** Changes the given fields (nulls are left alone); false when there is no such subscription. */
    public Future<Boolean> update(long id, String name, String url, String format, AlertFilter filter, Boolean active) {
        return pool.preparedQuery(AlertSql.UPDATE_SUBSCRIPTION.sql())
                .execute(Tuple.of(id, name, url, format, filter == null ? null : new JsonObject(filter.toMap()), active))
                .map(rows -> rows.size() > 0);
    }

    public Future<Boolean> delete(long id) {
        return pool.preparedQuery(AlertSql.DELETE_SUBSCRIPTION.sql()).execute(Tuple.of(id)).map(rows -> rows.size() > 0);
    }

    /** Replaces the secret; the previous one keeps signing for {@code overlapSeconds}. */
    public Future<Boolean> rotate(long id, String secret, double overlapSeconds) {
        return pool.preparedQuery(AlertSql.ROTATE_SECRET.sql()).execute(Tuple.of(id, box.seal(secret), overlapSeconds))
                .map(rows -> rows.size() > 0);
    }

    public Future<Optional<Target>> target(long id) {
        return pool.preparedQuery(AlertSql.SELECT_SUBSCRIPTION_SECRETS.sql()).execute(Tuple.of(id)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row r = rows.iterator().next();
            return Optional.of(new Target(r.getLong("id"), r.getString("name"), r.getString("url"),
                    r.getString("format"), r.getBoolean("active"), box.open(r.getString("secret")),
                    box.open(r.getString("previous_secret"))));
        });
    }
}
