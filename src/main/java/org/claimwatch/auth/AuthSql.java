package org.claimwatch.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The SQL statements of accounts, sessions, tokens and audit, each from {@code sql/auth/<name>.sql}. */
enum AuthSql {
    COUNT_USERS("count-users"),
    INSERT_USER("insert-user"),
    SELECT_USER_BY_NAME("select-user-by-name"),
    SELECT_USERS("select-users"),
    UPDATE_USER("update-user"),
    UPDATE_PASSWORD("update-password"),
    DELETE_USER("delete-user"),
    SELECT_PASSWORD_HASH("select-password-hash"),
    INSERT_SESSION("insert-session"),
    SELECT_SESSION("select-session"),
    TOUCH_SESSION("touch-session"),
    DELETE_SESSION("delete-session"),
    DELETE_USER_SESSIONS("delete-user-sessions"),
    INSERT_TOKEN("insert-token"),
    SELECT_TOKEN("select-token"),
    TOUCH_TOKEN("touch-token"),
    SELECT_USER_TOKENS("select-user-tokens"),
    REVOKE_TOKEN("revoke-token"),
    INSERT_AUDIT("insert-audit"),
    SELECT_AUDIT("select-audit");

    private final String sql;

    AuthSql(String name) {
        String resource = "/sql/auth/" + name + ".sql";
        try (InputStream in = AuthSql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + resource);
            }
            this.sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String sql() {
        return sql;
    }
}
