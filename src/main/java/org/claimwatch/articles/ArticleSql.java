package org.claimwatch.articles;

import org.claimwatch.db.SqlResource;

/** The statements on articles, their versions and claim changes, each loaded once from {@code sql/...}. */
public enum ArticleSql {
    UPSERT_ARTICLE("articles/upsert-article"),
    SELECT_VERSION_HISTORY("articles/select-version-history"),
    RECORD_CHECKED("articles/record-checked"),
    RECORD_VERSION_STORED("articles/record-version-stored"),
    RECORD_NOT_MODIFIED("articles/record-not-modified"),
    RECORD_VALIDATORS("articles/record-validators"),
    SELECT_RECHECK_HOSTS("articles/select-recheck-hosts"),
    CLAIM_SETTINGS_CHANGE("articles/claim-settings-change"),
    SELECT_SCHEDULED_ARTICLES("articles/select-scheduled-articles"),
    RESCHEDULE_ARTICLES("articles/reschedule-articles"),
    SELECT_ARTICLES("articles/select-articles"),
    SELECT_ARTICLE("articles/select-article"),
    INSERT_VERSION("versions/insert-version"),
    SELECT_VERSIONS_AFTER("versions/select-versions-after"),
    SELECT_ARTICLE_VERSIONS("versions/select-article-versions"),
    SELECT_VERSION("versions/select-version"),
    SELECT_VERSION_TEXTS("versions/select-version-texts"),
    INSERT_CLAIM_CHANGE("changes/insert-claim-change"),
    SELECT_CHANGES_AFTER("changes/select-changes-after"),
    SELECT_ARTICLE_CHANGES("changes/select-article-changes"),
    LEASE_DUE_ARTICLES("articles/lease-due-articles"),
    RELEASE_CHECK_LEASES("articles/release-check-leases"),
    RELEASE_DEPARTED_CHECK_LEASES("articles/release-departed-check-leases"),
    SELECT_ALIASES("articles/select-aliases"),
    INSERT_ALIAS("articles/insert-alias"),
    SELECT_ARTICLE_BY_URL("articles/select-article-by-url"),
    RENAME_ARTICLE("articles/rename-article"),
    DELETE_MERGED_ARTICLE("articles/delete-merged-article"),
    RELEASE_MERGED_ARTICLE("articles/release-merged-article");

    private final String sql;

    ArticleSql(String name) {
        this.sql = SqlResource.load(name);
    }

    public String sql() {
        return sql;
    }
}
