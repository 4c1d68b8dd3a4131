package org.claimwatch.auth;

import org.claimwatch.db.SqlResource;

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
        this.sql = SqlResource.load("auth/" + name);
    }

    String sql() {
        return sql;
    }
}
