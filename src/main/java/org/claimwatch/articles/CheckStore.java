package org.claimwatch.articles;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Article checks: leases with the dates the re-check schedule needs, and merging of articles by canonical URL. */
public final class CheckStore {

    /** An article leased for one check, with the validators of its last full page (null when none). */
    public record DueArticle(long id, String url, Long feedId, Instant firstSeen, Instant lastChange, String etag,
                             String lastModified) {
    }

    /** What adopting a page's canonical URL did. */
    public enum Merge {
        /** The article now has the canonical URL; its old URL is an alias. */
        RENAMED,
        /** Another article already had the canonical URL: this one became its alias. */
        MERGED,
        /** Nothing changed (the canonical URL appeared concurrently); check again later. */
        KEPT
    }

    private final Pool pool;

    public CheckStore(Pool pool) {
        this.pool = pool;
    }

    /**
     * Releases the check leases held by {@code owner} ({@code null}: by anyone, for a single instance taking back a
     * dead one's work at start); returns how many.
     */
    public Future<Integer> releaseLeases(String owner) {
        return pool.preparedQuery(ArticleSql.RELEASE_CHECK_LEASES.sql()).execute(Tuple.of(owner))
                .map(r -> r.rowCount());
    }

    /**
     * Takes back the check leases of instances that are gone: every lease when {@code liveInstances} is null (a single
     * instance at start), else those of instances not among them. Answers how many.
     */
    public Future<Integer> releaseDeparted(List<String> liveInstances) {
        return pool.preparedQuery(ArticleSql.RELEASE_DEPARTED_CHECK_LEASES.sql())
                .execute(Tuple.of(liveInstances == null ? null : liveInstances.toArray(new String[0])))
                .map(r -> r.rowCount());
    }

    /** Leases up to {@code limit} articles due for a check for {@code leaseSeconds}, for {@code owner}. */
    public Future<List<DueArticle>> leaseDue(String owner, int leaseSeconds, int limit) {
        return pool.preparedQuery(ArticleSql.LEASE_DUE_ARTICLES.sql())
                .execute(Tuple.of((double) leaseSeconds, limit, owner))
                .map(rows -> {
                    List<DueArticle> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(new DueArticle(r.getLong("id"), r.getString("url"), r.getLong("feed_id"),
                                instant(r.getOffsetDateTime("first_seen_at")),
                                instant(r.getOffsetDateTime("last_changed_at")), r.getString("etag"),
                                r.getString("last_modified")));
                    }
                    return out;
                });
    }

    /**
     * When the re-check settings (named by {@code fingerprint}) differ from those last applied, gives every article
     * on the schedule its next check under {@code plan}, in one transaction with the new fingerprint (so one
     * instance does it, once); returns how many articles were rescheduled (0: the settings had not changed).
     */
    public Future<Integer> applySchedule(String fingerprint, RecheckPlan plan) {
        return pool.withTransaction(conn -> conn.preparedQuery(ArticleSql.CLAIM_SETTINGS_CHANGE.sql())
                .execute(Tuple.of("article.recheck", fingerprint))
                .compose(claimed -> claimed.size() == 0 ? Future.succeededFuture(0)
                        : conn.preparedQuery(ArticleSql.SELECT_SCHEDULED_ARTICLES.sql()).execute().compose(rows -> {
                    List<Long> ids = new ArrayList<>();
                    List<Double> seconds = new ArrayList<>();
                    for (Row r : rows) {
                        ids.add(r.getLong("id"));
                        seconds.add((double) plan.afterUnchanged(instant(r.getOffsetDateTime("first_seen_at")),
                                instant(r.getOffsetDateTime("last_changed_at"))));
                    }
                    return ids.isEmpty() ? Future.succeededFuture(0)
                            : conn.preparedQuery(ArticleSql.RESCHEDULE_ARTICLES.sql())
                            .execute(Tuple.tuple().addArrayOfLong(ids.toArray(new Long[0]))
                                    .addArrayOfDouble(seconds.toArray(new Double[0])))
                            .map(updated -> updated.rowCount());
                })));
    }

    /** The URLs among {@code urls} that are aliases of another article. */
    public Future<Set<String>> aliased(List<String> urls) {
        if (urls.isEmpty()) {
            return Future.succeededFuture(Set.of());
        }
        return pool.preparedQuery(ArticleSql.SELECT_ALIASES.sql()).execute(Tuple.of(urls.toArray(String[]::new)))
                .map(rows -> {
                    Set<String> out = new HashSet<>();
                    rows.forEach(r -> out.add(r.getString("url")));
                    return out;
                });
    }

    /** Makes {@code canonical} the URL of article {@code id} (known as {@code url}), or merges it into the article
     * that already has it. */
    public Future<Merge> adoptCanonical(long id, String url, String canonical) {
        return pool.withTransaction(conn -> conn.preparedQuery(ArticleSql.SELECT_ARTICLE_BY_URL.sql())
                .execute(Tuple.of(canonical))
                .compose(rows -> {
                    if (rows.size() > 0 && rows.iterator().next().getLong("id") != id) {
                        long other = rows.iterator().next().getLong("id");
                        return alias(conn, url, other)
                                .compose(v -> conn.preparedQuery(ArticleSql.DELETE_MERGED_ARTICLE.sql()).execute(Tuple.of(id)))
                                .compose(deleted -> deleted.size() > 0 ? Future.succeededFuture()
                                        : conn.preparedQuery(ArticleSql.RELEASE_MERGED_ARTICLE.sql())
                                        .execute(Tuple.of(id, "same article as #" + other + " (" + canonical + ")")))
                                .map(Merge.MERGED);
                    }
                    return conn.preparedQuery(ArticleSql.RENAME_ARTICLE.sql()).execute(Tuple.of(id, canonical))
                            .compose(renamed -> renamed.size() == 0 ? Future.succeededFuture(Merge.KEPT)
                                    : alias(conn, url, id).map(Merge.RENAMED));
                }));
    }

    private static Future<Void> alias(SqlConnection conn, String url, long articleId) {
        return conn.preparedQuery(ArticleSql.INSERT_ALIAS.sql()).execute(Tuple.of(url, articleId)).mapEmpty();
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
