package org.claimwatch.store;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.claimwatch.articles.NewVersion;
import org.claimwatch.articles.VersionHistory;
import org.claimwatch.db.SqlQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Articles, their due re-checks, and their versions. */
public final class ArticleStore {

    /** A feed item to record as an article. */
    public record Item(String url, String guid, String title, String itemHash) {
    }

    /** An article leased for one fetch. */
    public record DueArticle(long id, String url, Long feedId) {
    }

    private final Pool pool;

    public ArticleStore(Pool pool) {
        this.pool = pool;
    }

    /** Inserts new articles and marks changed items due; returns how many articles are new. */
    public Future<Integer> upsert(long feedId, String outlet, List<Item> items) {
        if (items.isEmpty()) {
            return Future.succeededFuture(0);
        }
        List<Tuple> batch = new ArrayList<>(items.size());
        for (Item i : items) {
            batch.add(Tuple.of(feedId, i.url(), i.guid(), i.title(), outlet, i.itemHash()));
        }
        return pool.preparedQuery(SqlQuery.UPSERT_ARTICLE.sql()).executeBatch(batch).map(rows -> {
            int inserted = 0;
            for (var rs = rows; rs != null; rs = rs.next()) {
                for (Row r : rs) {
                    if (Boolean.TRUE.equals(r.getBoolean("inserted"))) {
                        inserted++;
                    }
                }
            }
            return inserted;
        });
    }

    public Future<List<DueArticle>> leaseDue(int leaseSeconds, int limit) {
        return pool.preparedQuery(SqlQuery.LEASE_DUE_ARTICLES.sql()).execute(Tuple.of((double) leaseSeconds, limit))
                .map(rows -> {
                    List<DueArticle> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(new DueArticle(r.getLong("id"), r.getString("url"), r.getLong("feed_id")));
                    }
                    return out;
                });
    }

    /** Fingerprints of every stored version, newest first, with the newest version's text. */
    public Future<VersionHistory> history(long articleId) {
        return pool.preparedQuery(SqlQuery.SELECT_VERSION_HISTORY.sql()).execute(Tuple.of(articleId)).map(rows -> {
            List<String> fingerprints = new ArrayList<>();
            String latestText = null;
            int latest = 0;
            for (Row r : rows) {
                if (latestText == null) {
                    latestText = r.getString("text");
                    latest = r.getInteger("version_no");
                }
                fingerprints.add(r.getString("fingerprint"));
            }
            return new VersionHistory(latest, latestText, fingerprints);
        });
    }

    /** Records a check that stored nothing: {@code error} null when the page was fetched and unchanged. */
    public Future<Void> recordChecked(long articleId, String status, String error, int nextCheckSeconds) {
        return pool.preparedQuery(SqlQuery.RECORD_CHECKED.sql())
                .execute(Tuple.of(articleId, status, error, (double) nextCheckSeconds)).mapEmpty();
    }

    /** Stores a version and updates its article in one transaction; returns the stored summary. */
    public Future<JsonObject> storeVersion(NewVersion v, int nextCheckSeconds) {
        return pool.withTransaction(conn -> conn.preparedQuery(SqlQuery.INSERT_VERSION.sql())
                .execute(Tuple.from(new Object[] {v.articleId(), v.versionNo(), v.title(), v.byline(), v.published(),
                        v.text(), v.textHash(), v.fingerprint(), v.revertOf(), v.sentenceCount(), v.sentencesAdded(),
                        v.sentencesRemoved(), v.claimsJson(), v.metadataJson(), Buffer.buffer(v.rawHtmlGz())}))
                .compose(inserted -> {
                    Row version = inserted.iterator().next();
                    return conn.preparedQuery(SqlQuery.RECORD_VERSION_STORED.sql())
                            .execute(Tuple.of(v.articleId(), v.versionNo(), v.title(), (double) nextCheckSeconds))
                            .map(rows -> {
                                Row article = rows.iterator().next();
                                return new JsonObject()
                                        .put("version_id", version.getLong("id"))
                                        .put("article_id", v.articleId())
                                        .put("version_no", v.versionNo())
                                        .put("fetched_at", version.getOffsetDateTime("fetched_at").toInstant().toString())
                                        .put("feed_id", article.getLong("feed_id"))
                                        .put("url", article.getString("url"))
                                        .put("outlet", article.getString("outlet"))
                                        .put("title", article.getString("title"))
                                        .put("sentence_count", v.sentenceCount())
                                        .put("sentences_added", v.sentencesAdded())
                                        .put("sentences_removed", v.sentencesRemoved())
                                        .put("revert_of", v.revertOf());
                            });
                }));
    }

    public Future<List<JsonObject>> list(Long feedId, long beforeId, int limit) {
        return pool.preparedQuery(SqlQuery.SELECT_ARTICLES.sql()).execute(Tuple.of(feedId, beforeId, limit))
                .map(Rows::json);
    }

    public Future<Optional<JsonObject>> get(long id) {
        return pool.preparedQuery(SqlQuery.SELECT_ARTICLE.sql()).execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(Rows.json(rows.iterator().next())));
    }

    public Future<List<JsonObject>> versions(long articleId) {
        return pool.preparedQuery(SqlQuery.SELECT_ARTICLE_VERSIONS.sql()).execute(Tuple.of(articleId)).map(Rows::json);
    }

    public Future<Optional<JsonObject>> version(long versionId) {
        return pool.preparedQuery(SqlQuery.SELECT_VERSION.sql()).execute(Tuple.of(versionId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(Rows.json(rows.iterator().next())));
    }

    /** Versions stored after {@code afterId}, oldest first: the live page catches up with this. */
    public Future<List<JsonObject>> versionsAfter(long afterId, int limit) {
        return pool.preparedQuery(SqlQuery.SELECT_VERSIONS_AFTER.sql()).execute(Tuple.of(afterId, limit))
                .map(Rows::json);
    }
}
