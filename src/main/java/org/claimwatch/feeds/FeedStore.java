package org.claimwatch.feeds;

import org.claimwatch.db.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Feeds: configuration, poll leases and poll outcomes. */
public final class FeedStore {

    /** A feed leased for one poll. */
    public record LeasedFeed(long id, String url, String title, String etag, String lastModified, int failures) {
    }

    private final Pool pool;

    public FeedStore(Pool pool) {
        this.pool = pool;
    }

    public Future<Long> insert(String url, int intervalSeconds) {
        return pool.preparedQuery(FeedSql.INSERT_FEED.sql()).execute(Tuple.of(url, intervalSeconds))
                .map(rows -> rows.iterator().next().getLong("id"));
    }

    public Future<List<JsonObject>> list() {
        return pool.query(FeedSql.SELECT_FEEDS.sql()).execute().map(Rows::json);
    }

    public Future<Optional<JsonObject>> get(long id) {
        return pool.preparedQuery(FeedSql.SELECT_FEED.sql()).execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(Rows.json(rows.iterator().next())));
    }

    /** Changes the interval and/or paused flag (nulls keep the current value); false when no such feed. */
    public Future<Boolean> update(long id, Integer intervalSeconds, Boolean paused) {
        return pool.preparedQuery(FeedSql.UPDATE_FEED.sql()).execute(Tuple.of(id, intervalSeconds, paused))
                .map(rows -> rows.size() > 0);
    }

    public Future<Boolean> delete(long id) {
        return pool.preparedQuery(FeedSql.DELETE_FEED.sql()).execute(Tuple.of(id)).map(rows -> rows.size() > 0);
    }

    /**
     * Takes back the poll leases of instances that are gone: every lease when {@code liveInstances} is null (a single
     * instance at start), else those of instances not among them. Answers how many.
     */
    public Future<Integer> releaseDeparted(List<String> liveInstances) {
        return pool.preparedQuery(FeedSql.RELEASE_DEPARTED_POLL_LEASES.sql())
                .execute(Tuple.of(liveInstances == null ? null : liveInstances.toArray(new String[0])))
                .map(r -> r.rowCount());
    }

    /** Leases up to {@code limit} due feeds to {@code owner} for {@code leaseSeconds}. */
    public Future<List<LeasedFeed>> leaseDue(String owner, int leaseSeconds, int limit) {
        return pool.preparedQuery(FeedSql.LEASE_DUE_FEEDS.sql())
                .execute(Tuple.of(owner, (double) leaseSeconds, limit))
                .map(rows -> {
                    List<LeasedFeed> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(new LeasedFeed(r.getLong("id"), r.getString("url"), r.getString("title"),
                                r.getString("etag"), r.getString("last_modified"),
                                r.getInteger("consecutive_failures")));
                    }
                    return out;
                });
    }

    /**
     * Records a successful poll; {@code bodyBytes} is the full body's size (null for a 304); {@code parseWarnings} the
     * parser's readable warnings joined (null: none; a 304 keeps the last ones).
     */
    public Future<Void> recordOk(long id, String owner, String title, String siteUrl, int status, String etag,
                                 String lastModified, Integer bodyBytes, String parseWarnings) {
        return pool.preparedQuery(FeedSql.RECORD_POLL_OK.sql())
                .execute(Tuple.of(id, title, siteUrl, status, etag, lastModified, owner, bodyBytes)
                        .addString(parseWarnings)).mapEmpty();
    }

    /**
     * Records a failed poll, retried after {@code retrySeconds}; pauses the feed once it failed {@code maxFailures}
     * times in a row. Returns whether the feed is now paused.
     */
    public Future<Boolean> recordError(long id, String owner, String error, int status, double retrySeconds,
                                       int maxFailures) {
        return pool.preparedQuery(FeedSql.RECORD_POLL_ERROR.sql())
                .execute(Tuple.of(id, error, status == 0 ? null : status, owner, retrySeconds, maxFailures))
                .map(rows -> rows.size() > 0 && Boolean.TRUE.equals(rows.iterator().next().getBoolean("paused")));
    }

    /** Moves a feed to the URL it permanently redirected to; false when another feed already has that URL. */
    public Future<Boolean> moveUrl(long id, String url) {
        return pool.preparedQuery(org.claimwatch.feeds.FeedSql.UPDATE_FEED_URL.sql()).execute(Tuple.of(id, url))
                .map(rows -> rows.size() > 0);
    }

    /**
     * Releases the poll leases held by {@code owner} ({@code null}: by anyone, for a single instance taking back a
     * dead one's work at start); returns how many.
     */
    public Future<Integer> releaseLeases(String owner) {
        return pool.preparedQuery(FeedSql.RELEASE_POLL_LEASES.sql()).execute(Tuple.of(owner)).map(r -> r.rowCount());
    }

    /** Totals over all feeds: feeds, polls_full, polls_not_modified, bytes_saved. */
    public Future<JsonObject> pollTotals() {
        return pool.query(org.claimwatch.feeds.FeedSql.SELECT_POLL_TOTALS.sql()).execute()
                .map(rows -> Rows.json(rows.iterator().next()));
    }
}
