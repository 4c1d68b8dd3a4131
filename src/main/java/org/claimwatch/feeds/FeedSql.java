package org.claimwatch.feeds;

import org.claimwatch.db.SqlResource;

/** The feeds statements, each loaded once from {@code sql/...}. */
public enum FeedSql {
    INSERT_FEED("feeds/insert-feed"),
    SELECT_FEEDS("feeds/select-feeds"),
    SELECT_FEED("feeds/select-feed"),
    UPDATE_FEED("feeds/update-feed"),
    DELETE_FEED("feeds/delete-feed"),
    LEASE_DUE_FEEDS("feeds/lease-due-feeds"),
    RECORD_POLL_OK("feeds/record-poll-ok"),
    RECORD_POLL_ERROR("feeds/record-poll-error"),
    UPDATE_FEED_URL("feeds/update-feed-url"),
    SELECT_POLL_TOTALS("feeds/select-poll-totals"),
    RELEASE_POLL_LEASES("feeds/release-poll-leases"),
    RELEASE_DEPARTED_POLL_LEASES("feeds/release-departed-poll-leases");

    private final String sql;

    FeedSql(String name) {
        this.sql = SqlResource.load(name);
    }

    public String sql() {
        return sql;
    }
}
