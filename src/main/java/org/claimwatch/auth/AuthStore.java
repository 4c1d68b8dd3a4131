package org.claimwatch.auth;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import org.claimwatch.db.Rows;

import java.util.List;
import java.util.Optional;

/** Users, sessions, API tokens and the audit log. Only hashes of secrets are stored. */
public final class AuthStore {

    /** A user row with the password hash, for login. */
    public record StoredUser(long id, String username, String passwordHash, Role role, boolean mustChangePassword,
                             boolean disabled) {
    }

    /** A new session: the raw id goes into the cookie, only its hash into the database. */
    public record NewSession(String id, String csrfToken) {
    }

    private final Pool pool;

    public AuthStore(Pool pool) {
        this.pool = pool;
    }

    public Future<Long> countUsers() {
        return pool.query(AuthSql.COUNT_USERS.sql()).execute().map(rows -> rows.iterator().next().getLong("n"));
    }

    public Future<JsonObject> createUser(String username, String passwordHash, Role role, boolean mustChange) {
        return pool.preparedQuery(AuthSql.INSERT_USER.sql()).execute(Tuple.of(username, passwordHash, role.wire(), mustChange))
                .map(rows -> Rows.json(rows.iterator().next()));
    }

    public Future<Optional<StoredUser>> userByName(String username) {
        return pool.preparedQuery(AuthSql.SELECT_USER_BY_NAME.sql()).execute(Tuple.of(username)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row r = rows.iterator().next();
            return Optional.of(new StoredUser(r.getLong("id"), r.getString("username"), r.getString("password_hash"),
                    Role.parse(r.getString("role")), r.getBoolean("must_change_password"), r.getBoolean("disabled")));
        });
    }

    public Future<List<JsonObject>> users() {
        return pool.query(AuthSql.SELECT_USERS.sql()).execute().map(Rows::json);
    }

    public Future<Optional<JsonObject>> updateUser(long id, Role role, Boolean disabled) {
        return pool.preparedQuery(AuthSql.UPDATE_USER.sql())
                .execute(Tuple.of(id, role == null ? null : role.wire(), disabled)).map(AuthStore::first);
    }

    public Future<Void> setPassword(long userId, String passwordHash, boolean mustChange) {
        return pool.preparedQuery(AuthSql.UPDATE_PASSWORD.sql()).execute(Tuple.of(userId, passwordHash, mustChange))
                .mapEmpty();
    }

    public Future<String> passwordHash(long userId) {
        return pool.preparedQuery(AuthSql.SELECT_PASSWORD_HASH.sql()).execute(Tuple.of(userId))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString("password_hash"));
    }

    public Future<Boolean> deleteUser(long id) {
        return pool.preparedQuery(AuthSql.DELETE_USER.sql()).execute(Tuple.of(id)).map(rows -> rows.size() > 0);
    }

    public Future<NewSession> createSession(long userId) {
        String id = Secrets.newSecret("");
        String csrf = Secrets.newSecret("");
        return pool.preparedQuery(AuthSql.INSERT_SESSION.sql()).execute(Tuple.of(Secrets.sha256(id), userId, csrf))
                .map(v -> new NewSession(id, csrf));
    }

    /** The session's principal if it exists and has neither idled out nor passed its absolute lifetime. */
    public Future<Optional<Principal>> session(String idHash, long absoluteSeconds, long idleSeconds) {
        return pool.preparedQuery(AuthSql.SELECT_SESSION.sql())
                .execute(Tuple.of(idHash, (double) absoluteSeconds, (double) idleSeconds))
                .compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.succeededFuture(Optional.empty());
                    }
                    Row r = rows.iterator().next();
                    Principal p = new Principal(r.getLong("user_id"), r.getString("username"),
                            Role.parse(r.getString("role")), r.getBoolean("must_change_password"), idHash,
                            r.getString("csrf_token"));
                    // refresh the idle clock at most once a minute
                    boolean stale = r.getOffsetDateTime("last_seen_at").isBefore(java.time.OffsetDateTime.now().minusMinutes(1));
                    Future<?> touch = stale ? pool.preparedQuery(AuthSql.TOUCH_SESSION.sql()).execute(Tuple.of(idHash))
                            : Future.succeededFuture();
                    return touch.map(v -> Optional.of(p));
                });
    }

    public Future<Void> deleteSession(String idHash) {
        return pool.preparedQuery(AuthSql.DELETE_SESSION.sql()).execute(Tuple.of(idHash)).mapEmpty();
    }

    /** Ends every session of the user but {@code keepHash} (nullable). */
    public Future<Void> deleteSessionsOf(long userId, String keepHash) {
        return pool.preparedQuery(AuthSql.DELETE_USER_SESSIONS.sql()).execute(Tuple.of(userId, keepHash)).mapEmpty();
    }

    /** Creates a token; the returned JSON carries the raw {@code token}, which is never readable again. */
    public Future<JsonObject> createToken(long userId, String name) {
        String token = Secrets.newSecret("cwt_");
        return pool.preparedQuery(AuthSql.INSERT_TOKEN.sql()).execute(Tuple.of(userId, name, Secrets.sha256(token)))
                .map(rows -> Rows.json(rows.iterator().next()).put("token", token));
    }

    public Future<Optional<Principal>> token(String tokenHash) {
        return pool.preparedQuery(AuthSql.SELECT_TOKEN.sql()).execute(Tuple.of(tokenHash)).compose(rows -> {
            if (rows.size() == 0) {
                return Future.succeededFuture(Optional.empty());
            }
            Row r = rows.iterator().next();
            Principal p = new Principal(r.getLong("user_id"), r.getString("username"), Role.parse(r.getString("role")),
                    r.getBoolean("must_change_password"), null, null);
            return pool.preparedQuery(AuthSql.TOUCH_TOKEN.sql()).execute(Tuple.of(r.getLong("token_id")))
                    .map(v -> Optional.of(p));
        });
    }

    public Future<List<JsonObject>> tokensOf(long userId) {
        return pool.preparedQuery(AuthSql.SELECT_USER_TOKENS.sql()).execute(Tuple.of(userId)).map(Rows::json);
    }

    public Future<Boolean> revokeToken(long tokenId, long userId) {
        return pool.preparedQuery(AuthSql.REVOKE_TOKEN.sql()).execute(Tuple.of(tokenId, userId)).map(rows -> rows.size() > 0);
    }

    public Future<Void> audit(Principal who, String action, String targetType, String targetId, String detail,
                              int status) {
        return pool.preparedQuery(AuthSql.INSERT_AUDIT.sql())
                .execute(Tuple.from(new Object[] {who == null ? null : who.userId(), who == null ? null : who.username(),
                        action, targetType, targetId, detail, status}))
                .mapEmpty();
    }

    public Future<List<JsonObject>> auditLog(long beforeId, int limit) {
        return pool.preparedQuery(AuthSql.SELECT_AUDIT.sql()).execute(Tuple.of(beforeId, limit)).map(Rows::json);
    }

    private static Optional<JsonObject> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(Rows.json(rows.iterator().next()));
    }
}
