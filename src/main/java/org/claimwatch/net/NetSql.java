package org.claimwatch.net;

import org.claimwatch.db.SqlResource;

/** The per-host politeness statements (cluster-wide host slots), each loaded once from {@code sql/...}. */
public enum NetSql {
    RESERVE_HOST_SLOT("net/reserve-host-slot"),
    DEFER_HOST("net/defer-host"),
    LOCK_HOST("net/lock-host"),
    DELETE_EXPIRED_HOST_REQUESTS("net/delete-expired-host-requests"),
    COUNT_HOST_REQUESTS("net/count-host-requests"),
    INSERT_HOST_REQUEST("net/insert-host-request"),
    DELETE_HOST_REQUEST("net/delete-host-request"),
    PRUNE_HOST_SLOTS("net/prune-host-slots");

    private final String sql;

    NetSql(String name) {
        this.sql = SqlResource.load(name);
    }

    public String sql() {
        return sql;
    }
}
