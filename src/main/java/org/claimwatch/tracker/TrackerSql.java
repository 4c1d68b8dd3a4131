package org.claimwatch.tracker;

import org.claimwatch.db.SqlResource;

/** The tracker page's SQL statements, each loaded once from {@code sql/tracker/<verb>-<object>.sql}. */
public enum TrackerSql {
    SELECT_CHANGES_BEFORE("select-changes-before"),
    SELECT_VERSIONS_BEFORE("select-versions-before"),
    SELECT_CHANGES_PER_HOUR("select-changes-per-hour"),
    SELECT_VERSIONS_PER_DAY("select-versions-per-day"),
    SELECT_VERSION_RAW("select-version-raw"),
    SELECT_ARTICLE_VERSIONS_DETAIL("select-article-versions-detail");

    private final String sql;

    TrackerSql(String name) {
        this.sql = SqlResource.load("tracker/" + name);
    }

    public String sql() {
        return sql;
    }
}
