package org.claimwatch.tracker;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.claimwatch.diff.VersionDiff;
import org.claimwatch.articles.ChangeRows;
import org.claimwatch.db.Rows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads for the tracker page: newest-first pages, per-hour and per-day counts, raw snapshots, timelines. */
public final class TrackerStore {

    /** A stored raw page: gzipped bytes (null when none was kept). */
    public record RawSnapshot(long versionId, long articleId, int versionNo, String url, byte[] gzipped) {
    }

    private final Pool pool;

    public TrackerStore(Pool pool) {
        this.pool = pool;
    }

    /** Claim changes with id below {@code before}, newest first, optionally of one feed or one article. */
    public Future<List<JsonObject>> changesBefore(long before, Long feedId, Long articleId, int limit) {
        return pool.preparedQuery(TrackerSql.SELECT_CHANGES_BEFORE.sql())
                .execute(Tuple.of(before, feedId, articleId, limit))
                .map(rows -> Rows.json(rows).stream().map(ChangeRows::publicShape).toList());
    }

    /** Stored versions with id below {@code before}, newest first (raw rows; the live shape is built by callers). */
    public Future<List<JsonObject>> versionsBefore(long before, int limit) {
        return pool.preparedQuery(TrackerSql.SELECT_VERSIONS_BEFORE.sql())
                .execute(Tuple.of(before, limit, (float) VersionDiff.ALERT_THRESHOLD)).map(Rows::json);
    }

    /** {@code hours} buckets, oldest first: {@code [{"hour": ISO, "counts": {KIND: n}, "total": n}]}. */
    public Future<JsonArray> changesPerHour(int hours) {
        return pool.preparedQuery(TrackerSql.SELECT_CHANGES_PER_HOUR.sql()).execute(Tuple.of(hours)).map(rows -> {
            Map<String, JsonObject> buckets = new LinkedHashMap<>();
            for (Row r : rows) {
                String hour = r.getOffsetDateTime("hour").toInstant().toString();
                JsonObject b = buckets.computeIfAbsent(hour, h -> new JsonObject().put("hour", h)
                        .put("counts", new JsonObject()).put("total", 0));
                String kind = r.getString("kind");
                if (kind != null) {
                    b.getJsonObject("counts").put(kind, r.getInteger("n"));
                    b.put("total", b.getInteger("total") + r.getInteger("n"));
                }
            }
            return new JsonArray(List.copyOf(buckets.values()));
        });
    }

    /** Versions stored per feed and day over the last {@code days} days: {@code {feedId: {"YYYY-MM-DD": n}}}. */
    public Future<JsonObject> versionsPerDay(int days) {
        return pool.preparedQuery(TrackerSql.SELECT_VERSIONS_PER_DAY.sql()).execute(Tuple.of(days)).map(rows -> {
            JsonObject out = new JsonObject();
            for (Row r : rows) {
                String feed = String.valueOf(r.getLong("feed_id"));
                JsonObject perDay = out.getJsonObject(feed);
                if (perDay == null) {
                    perDay = new JsonObject();
                    out.put(feed, perDay);
                }
                perDay.put(r.getOffsetDateTime("day").toLocalDate().toString(), r.getInteger("n"));
            }
            return out;
        });
    }

    public Future<Optional<RawSnapshot>> raw(long versionId) {
        return pool.preparedQuery(TrackerSql.SELECT_VERSION_RAW.sql()).execute(Tuple.of(versionId)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row r = rows.iterator().next();
            Buffer gz = r.getBuffer("raw_html_gz");
            return Optional.of(new RawSnapshot(r.getLong("id"), r.getLong("article_id"), r.getInteger("version_no"),
                    r.getString("url"), gz == null ? null : gz.getBytes()));
        });
    }

    /** An article's versions, oldest first, with changes count, maximum significance and whether it is significant. */
    public Future<List<JsonObject>> timeline(long articleId) {
        return pool.preparedQuery(TrackerSql.SELECT_ARTICLE_VERSIONS_DETAIL.sql())
                .execute(Tuple.of(articleId, (float) VersionDiff.ALERT_THRESHOLD)).map(Rows::json);
    }
}
