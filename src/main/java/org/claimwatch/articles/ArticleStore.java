package org.claimwatch.articles;

import org.claimwatch.db.Rows;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.claimwatch.alerts.AlertOutbox;
import org.claimwatch.articles.NewVersion;
import org.claimwatch.articles.VersionHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Articles, their due re-checks, and their versions. */
public final class ArticleStore {

    /** A feed item to record as an article. */
    /** A feed item to upsert; {@code published} (nullable) is the feed's date read, {@code publishedRaw} as written. */
    public record Item(String url, String guid, String title, String itemHash, java.time.Instant published,
                       String publishedRaw) {
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
            batch.add(Tuple.from(new Object[] {feedId, i.url(), i.guid(), i.title(), outlet, i.itemHash(),
                    i.published() == null ? null : java.time.OffsetDateTime.ofInstant(i.published(),
                            java.time.ZoneOffset.UTC), i.publishedRaw()}));
        }
        return pool.preparedQuery(ArticleSql.UPSERT_ARTICLE.sql()).executeBatch(batch).map(rows -> {
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

    /**
     * Fingerprints of every stored version, newest first, with the newest version's text, the versions' headlines
     * (oldest first) and the feed item's title.
     */
    public Future<VersionHistory> history(long articleId) {
        return pool.preparedQuery(ArticleSql.SELECT_VERSION_HISTORY.sql()).execute(Tuple.of(articleId)).map(rows -> {
            List<String> fingerprints = new ArrayList<>();
            List<org.claimwatch.diff.Headlines.Seen> headlines = new ArrayList<>();
            String latestText = null;
            byte[] latestPage = null;
            String feedTitle = null;
            int latest = 0;
            for (Row r : rows) {
                feedTitle = r.getString("feed_title");
                if (r.getInteger("version_no") == null) {
                    continue;
                }
                if (latest == 0) {
                    latestText = r.getString("text");
                    Buffer page = r.getBuffer("raw_html_gz");
                    latestPage = page == null ? null : page.getBytes();
                    latest = r.getInteger("version_no");
                }
                fingerprints.add(r.getString("fingerprint"));
                String headline = r.getString("headline");
                if (headline != null && !headline.isBlank()) {
                    headlines.add(0, new org.claimwatch.diff.Headlines.Seen(headline,
                            r.getOffsetDateTime("fetched_at").toInstant()));
                }
            }
            return new VersionHistory(latest, latestText, fingerprints, headlines, feedTitle, latestPage);
        });
    }

    /** Records a check that stored nothing: {@code error} null when the page was fetched and unchanged. */
    public Future<Void> recordChecked(long articleId, String status, String error, int nextCheckSeconds) {
        return pool.preparedQuery(ArticleSql.RECORD_CHECKED.sql())
                .execute(Tuple.of(articleId, status, error, (double) nextCheckSeconds)).mapEmpty();
    }

    /**
     * Stores a version, its claim changes, and the article's new state in one transaction; returns the stored
     * summary with the changes in their public shape under {@code changes}.
     */
    public Future<JsonObject> storeVersion(NewVersion v, int nextCheckSeconds) {
        return pool.withTransaction(conn -> conn.preparedQuery(ArticleSql.INSERT_VERSION.sql())
                .execute(Tuple.from(new Object[] {v.articleId(), v.versionNo(), v.title(), v.byline(), v.published(),
                        v.text(), v.textHash(), v.fingerprint(), v.revertOf(), v.sentenceCount(), v.sentencesAdded(),
                        v.sentencesRemoved(), v.claimsJson(), v.metadataJson(), Buffer.buffer(v.rawHtmlGz()), v.headline()}))
                .compose(inserted -> {
                    Row version = inserted.iterator().next();
                    long versionId = version.getLong("id");
                    return insertChanges(conn, v, versionId)
                            .compose(changeRows -> conn.preparedQuery(ArticleSql.RECORD_VERSION_STORED.sql())
                                    .execute(Tuple.of(v.articleId(), v.versionNo(), v.headline() != null ? v.headline() : v.title(),
                                            (double) nextCheckSeconds))
                                    .map(rows -> summary(v, version, rows.iterator().next(), changeRows)))
                            .compose(summary -> AlertOutbox.enqueue(conn, summary).map(summary));
                }));
    }

    private static Future<List<JsonObject>> insertChanges(SqlConnection conn, NewVersion v, long versionId) {
        if (v.changes().isEmpty()) {
            return Future.succeededFuture(List.of());
        }
        List<Tuple> batch = new ArrayList<>();
        v.changes().forEach(c -> batch.add(ChangeRows.insertParams(v.articleId(), versionId, v.versionNo() - 1,
                v.versionNo(), c)));
        return conn.preparedQuery(ArticleSql.INSERT_CLAIM_CHANGE.sql()).executeBatch(batch).map(rows -> {
            List<JsonObject> out = new ArrayList<>();
            int i = 0;
            for (var rs = rows; rs != null; rs = rs.next(), i++) {
                Row r = rs.iterator().next();
                var c = v.changes().get(i);
                out.add(new JsonObject().put("id", r.getLong("id")).put("article_id", v.articleId())
                        .put("version_id", versionId).put("from_version", v.versionNo() - 1)
                        .put("to_version", v.versionNo()).put("kind", c.kind().name()).put("claim_key", c.key())
                        .put("before_text", c.before()).put("after_text", c.after())
                        .put("significance", c.significance()).put("detail", ChangeRows.detail(c))
                        .put("created_at", r.getOffsetDateTime("created_at").toInstant().toString()));
            }
            return out;
        });
    }

    private static JsonObject summary(NewVersion v, Row version, Row article, List<JsonObject> changeRows) {
        JsonArray changes = new JsonArray();
        for (JsonObject row : changeRows) {
            changes.add(ChangeRows.publicShape(row.put("feed_id", article.getLong("feed_id"))
                    .put("url", article.getString("url")).put("outlet", article.getString("outlet"))
                    .put("title", article.getString("title"))));
        }
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
                .put("revert_of", v.revertOf())
                .put("significant", v.significant())
                .put("changes", changes);
    }

    /** Claim changes stored after {@code afterId}, oldest first, in the public shape. */
    public Future<List<JsonObject>> changesAfter(long afterId, int limit) {
        return pool.preparedQuery(ArticleSql.SELECT_CHANGES_AFTER.sql()).execute(Tuple.of(afterId, limit))
                .map(rows -> Rows.json(rows).stream().map(ChangeRows::publicShape).toList());
    }

    /** Every claim change of one article, oldest first. */
    public Future<List<JsonObject>> changesOf(long articleId) {
        return pool.preparedQuery(ArticleSql.SELECT_ARTICLE_CHANGES.sql()).execute(Tuple.of(articleId))
                .map(rows -> Rows.json(rows).stream().map(ChangeRows::publicShape).toList());
    }

    /** The texts of two versions of an article, by version number (absent ones missing from the map). */
    public Future<java.util.Map<Integer, JsonObject>> versionTexts(long articleId, int a, int b) {
        return pool.preparedQuery(ArticleSql.SELECT_VERSION_TEXTS.sql()).execute(Tuple.of(articleId, a, b))
                .map(rows -> {
                    java.util.Map<Integer, JsonObject> out = new java.util.HashMap<>();
                    rows.forEach(r -> out.put(r.getInteger("version_no"), Rows.json(r)));
                    return out;
                });
    }

    /**
     * Records a re-check answered 304 (a successful check: the schedule moves on by {@code nextCheckSeconds}) and
     * what it saved; keeps the validators, updated when the 304 sent new ones. Returns the bytes saved.
     */
    public Future<Long> recordNotModified(long articleId, int nextCheckSeconds, String etag, String lastModified) {
        return pool.preparedQuery(ArticleSql.RECORD_NOT_MODIFIED.sql())
                .execute(Tuple.of(articleId, (double) nextCheckSeconds, etag, lastModified))
                .map(rows -> rows.size() == 0 ? 0L : rows.iterator().next().getLong("saved"));
    }

    /** The validators (either may be null) and the size of the full page just checked, for the next re-check. */
    public Future<Void> recordValidators(long articleId, String etag, String lastModified, int bodyBytes) {
        return pool.preparedQuery(ArticleSql.RECORD_VALIDATORS.sql())
                .execute(Tuple.of(articleId, etag, lastModified, bodyBytes)).mapEmpty();
    }

    /** Per host ({@code host[:port]}): re-checks answered 304 and bytes they saved, most saved first. */
    public Future<List<JsonObject>> recheckHosts() {
        return pool.query(ArticleSql.SELECT_RECHECK_HOSTS.sql()).execute().map(Rows::json);
    }

    public Future<List<JsonObject>> list(Long feedId, long beforeId, int limit) {
        return pool.preparedQuery(ArticleSql.SELECT_ARTICLES.sql()).execute(Tuple.of(feedId, beforeId, limit))
                .map(Rows::json);
    }

    public Future<Optional<JsonObject>> get(long id) {
        return pool.preparedQuery(ArticleSql.SELECT_ARTICLE.sql()).execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(Rows.json(rows.iterator().next())));
    }

    public Future<List<JsonObject>> versions(long articleId) {
        return pool.preparedQuery(ArticleSql.SELECT_ARTICLE_VERSIONS.sql()).execute(Tuple.of(articleId)).map(Rows::json);
    }

    public Future<Optional<JsonObject>> version(long versionId) {
        return pool.preparedQuery(ArticleSql.SELECT_VERSION.sql()).execute(Tuple.of(versionId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(Rows.json(rows.iterator().next())));
    }

    /** Versions stored after {@code afterId}, oldest first: the live page catches up with this. */
    public Future<List<JsonObject>> versionsAfter(long afterId, int limit) {
        return pool.preparedQuery(ArticleSql.SELECT_VERSIONS_AFTER.sql())
                .execute(Tuple.of(afterId, limit, (float) org.claimwatch.diff.VersionDiff.ALERT_THRESHOLD))
                .map(Rows::json);
    }
}
