package org.claimwatch.feeds;

import org.claimwatch.db.SqlResource;

/** The polling and fetching statements beyond {@code db/SqlQuery}, each loaded once from {@code sql/...}. */
public enum PollSql {
    UPDATE_FEED_URL("feeds/update-feed-url"),
    SELECT_POLL_TOTALS("feeds/select-poll-totals"),
    LEASE_DUE_ARTICLES("articles/lease-due-articles"),
    SELECT_ALIASES("articles/select-aliases"),
    INSERT_ALIAS("articles/insert-alias"),
    SELECT_ARTICLE_BY_URL("articles/select-article-by-url"),
    RENAME_ARTICLE("articles/rename-article"),
    DELETE_MERGED_ARTICLE("articles/delete-merged-article"),
    RELEASE_MERGED_ARTICLE("articles/release-merged-article"),
    RESERVE_HOST_SLOT("net/reserve-host-slot"),
    DEFER_HOST("net/defer-host"),
    LOCK_HOST("net/lock-host"),
    DELETE_EXPIRED_HOST_REQUESTS("net/delete-expired-host-requests"),
    COUNT_HOST_REQUESTS("net/count-host-requests"),
    INSERT_HOST_REQUEST("net/insert-host-request"),
    DELETE_HOST_REQUEST("net/delete-host-request"),
    PRUNE_HOST_SLOTS("net/prune-host-slots");

    private final String sql;

    PollSql(String name) {
        this.sql = SqlResource.load(name);
    }

    public String sql() {
        return sql;
    }
}
