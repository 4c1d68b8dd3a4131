package org.claimwatch.db;

/** Every SQL statement, each loaded once from {@code sql/<feature>/<verb>-<object>.sql}. */
public enum SqlQuery {
    INSERT_FEED("feeds/insert-feed"),
    SELECT_FEEDS("feeds/select-feeds"),
    SELECT_FEED("feeds/select-feed"),
    UPDATE_FEED("feeds/update-feed"),
    DELETE_FEED("feeds/delete-feed"),
    LEASE_DUE_FEEDS("feeds/lease-due-feeds"),
    RECORD_POLL_OK("feeds/record-poll-ok"),
    RECORD_POLL_ERROR("feeds/record-poll-error"),
    UPSERT_ARTICLE("articles/upsert-article"),
    SELECT_VERSION_HISTORY("articles/select-version-history"),
    RECORD_CHECKED("articles/record-checked"),
    RECORD_VERSION_STORED("articles/record-version-stored"),
    SELECT_ARTICLES("articles/select-articles"),
    SELECT_ARTICLE("articles/select-article"),
    INSERT_VERSION("versions/insert-version"),
    SELECT_VERSIONS_AFTER("versions/select-versions-after"),
    SELECT_ARTICLE_VERSIONS("versions/select-article-versions"),
    SELECT_VERSION("versions/select-version"),
    SELECT_VERSION_TEXTS("versions/select-version-texts"),
    INSERT_CLAIM_CHANGE("changes/insert-claim-change"),
    SELECT_CHANGES_AFTER("changes/select-changes-after"),
    SELECT_ARTICLE_CHANGES("changes/select-article-changes");

    private final String sql;

    SqlQuery(String name) {
        this.sql = SqlResource.load(name);
    }

    public String sql() {
        return sql;
    }
}
