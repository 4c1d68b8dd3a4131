package org.claimwatch.tracker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
        this.sql = load("/sql/tracker/" + name + ".sql");
    }

    public String sql() {
        return sql;
    }

    private static String load(String resource) {
        try (InputStream in = TrackerSql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
