package org.claimwatch.stories.pipeline;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.claimwatch.stories.ClaimGroup;
import org.claimwatch.stories.Fact;
import org.claimwatch.stories.StoryChange;
import org.claimwatch.stories.StoryJson;
import org.claimwatch.stories.Stories;
import org.claimwatch.db.Rows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stories, their articles, claim groups and changes; editor corrections (merge, split, rename, pin). */
public final class StoryStore {

    /** One indexed article: its story, date, term vector (JSON) and whether the story is pinned. */
    record IndexEntry(long seq, long storyId, long articleId, LocalDate date, String terms, boolean pinned) {
    }

    private final Pool pool;
    private final Vertx vertx;

    public StoryStore(Pool pool, Vertx vertx) {
        this.pool = pool;
        this.vertx = vertx;
    }

    Pool pool() {
        return pool;
    }

    Future<List<IndexEntry>> indexEntries() {
        return pool.preparedQuery(StorySql.SELECT_INDEX_ENTRIES.sql()).execute().map(StoryStore::entries);
    }

    private static List<IndexEntry> entries(RowSet<Row> rows) {
        List<IndexEntry> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new IndexEntry(r.getLong("seq"), r.getLong("story_id"), r.getLong("article_id"),
                    r.getLocalDate("article_date"), r.getString("terms"), r.getBoolean("pinned")));
        }
        return out;
    }

    /**
     * Takes the cluster-wide story assignment lock for this transaction: assignments and corrections run one at a
     * time across instances, so {@code story_articles.seq} grows in commit order and {@link #indexEntriesAfter} misses
     * nothing.
     */
    static Future<Void> lockAssignments(SqlConnection conn) {
        return conn.query(StorySql.LOCK_STORY_ASSIGNMENT.sql()).execute().mapEmpty();
    }

    /** Index entries assigned or moved after {@code seq} (by any instance), in commit order. */
    static Future<List<IndexEntry>> indexEntriesAfter(SqlConnection conn, long seq) {
        return conn.preparedQuery(StorySql.SELECT_INDEX_ENTRIES_AFTER.sql()).execute(Tuple.of(seq))
                .map(StoryStore::entries);
    }

    static Future<Optional<PendingArticle>> lockNext(SqlConnection conn) {
        return conn.preparedQuery(StorySql.LOCK_UNASSIGNED_ARTICLE.sql()).execute()
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(PendingArticle.of(rows.iterator().next())));
    }

    static Future<Long> insertStory(SqlConnection conn, String title) {
        return conn.preparedQuery(StorySql.INSERT_STORY.sql()).execute(Tuple.of(title == null ? "" : title))
                .map(rows -> rows.iterator().next().getLong("id"));
    }

    static Future<Void> upsertArticle(SqlConnection conn, long storyId, PendingArticle p, double similarity,
                                      String terms, String facts) {
        return conn.preparedQuery(StorySql.UPSERT_STORY_ARTICLE.sql()).execute(Tuple.from(new Object[] {
                p.article().articleId(), storyId, p.article().versionId(), p.article().date(), (float) similarity,
                terms, facts})).mapEmpty();
    }

    /** The stored groups of a story, locking its row for this transaction. */
    static Future<List<ClaimGroup>> lockGroups(SqlConnection conn, long storyId) {
        return conn.preparedQuery(StorySql.SELECT_STORY_GROUPS.sql()).execute(Tuple.of(storyId))
                .map(rows -> rows.size() == 0 ? List.of() : StoryJson.readGroups(rows.iterator().next().getString("groups")));
    }

    static Future<List<Fact>> facts(SqlConnection conn, long storyId) {
        return conn.preparedQuery(StorySql.SELECT_STORY_FACTS.sql()).execute(Tuple.of(storyId)).map(rows -> {
            List<Fact> out = new ArrayList<>();
            rows.forEach(r -> out.addAll(StoryJson.readFacts(r.getString("facts"))));
            return out;
        });
    }

    /** Stores the groups and counts of a story; returns its title. */
    static Future<String> updateGroups(SqlConnection conn, long storyId, Regrouped regrouped, String title) {
        return conn.preparedQuery(StorySql.UPDATE_STORY_GROUPS.sql())
                .execute(Tuple.of(storyId, regrouped.groupsJson(), regrouped.disputed(), title))
                .map(rows -> rows.iterator().next().getString("title"));
    }

    /** Stores the changes an article brought; returns them in their public shape. */
    static Future<List<JsonObject>> insertChanges(SqlConnection conn, long storyId, String title, PendingArticle p,
                                                  List<StoryChange> changes) {
        Future<List<JsonObject>> chain = Future.succeededFuture(new ArrayList<>());
        for (StoryChange c : changes) {
            JsonObject payload = StoryPayloads.change(storyId, title, c, p.article());
            chain = chain.compose(list -> conn.preparedQuery(StorySql.INSERT_STORY_CHANGE.sql())
                    .execute(Tuple.of(storyId, p.article().articleId(), c.kind().name(), c.group().key(),
                            payload.encode()))
                    .map(rows -> {
                        Row r = rows.iterator().next();
                        list.add(payload.put("id", r.getLong("id"))
                                .put("created_at", r.getOffsetDateTime("created_at").toInstant().toString()));
                        return list;
                    }));
        }
        return chain;
    }

    /** Regroups a story from its stored facts (alignment on a worker) and stores the result. */
    Future<Void> regroup(SqlConnection conn, long storyId) {
        return facts(conn, storyId)
                .compose(facts -> vertx.executeBlocking(() -> new Regrouped(Stories.align(facts), List.of()), false))
                .compose(r -> updateGroups(conn, storyId, r, null)).mapEmpty();
    }

    /** Live stories, pinned first, then by latest article. */
    public Future<List<JsonObject>> list(int limit) {
        return pool.preparedQuery(StorySql.SELECT_STORIES.sql()).execute(Tuple.of(limit)).map(rows -> {
            List<JsonObject> out = new ArrayList<>();
            for (Row r : rows) {
                JsonObject o = Rows.json(r);
                o.put("outlets", new JsonArray(r.getString("outlets")));
                out.add(o);
            }
            return out;
        });
    }

    /** One story with its articles (by date), claim groups (disputed first) and recent changes. */
    public Future<Optional<JsonObject>> get(long id) {
        return pool.preparedQuery(StorySql.SELECT_STORY.sql()).execute(Tuple.of(id)).compose(rows -> {
            if (rows.size() == 0) {
                return Future.succeededFuture(Optional.empty());
            }
            Row r = rows.iterator().next();
            JsonObject story = Rows.json(r);
            story.put("groups", new JsonArray(r.getString("groups")));
            return pool.preparedQuery(StorySql.SELECT_STORY_ARTICLES.sql()).execute(Tuple.of(id))
                    .compose(articles -> pool.preparedQuery(StorySql.SELECT_STORY_CHANGES.sql())
                            .execute(Tuple.of(id, 100)).map(changes -> {
                                story.put("articles", new JsonArray(Rows.json(articles)));
                                JsonArray list = new JsonArray();
                                changes.forEach(c -> list.add(new JsonObject(c.getString("payload"))
                                        .put("id", c.getLong("id"))));
                                return Optional.of(story.put("changes", list));
                            }));
        });
    }

    /** Moves every article of {@code id} into {@code into} and marks {@code id} merged; false when not possible. */
    public Future<Boolean> merge(long id, long into) {
        return pool.withTransaction(conn -> lockAssignments(conn)
                .compose(l -> conn.preparedQuery(StorySql.MARK_MERGED.sql()).execute(Tuple.of(id, into)))
                .compose(marked -> {
                    if (marked.size() == 0) {
                        return Future.succeededFuture(false);
                    }
                    return conn.preparedQuery(StorySql.MOVE_STORY_ARTICLES.sql()).execute(Tuple.of(id, into))
                            .compose(v -> regroup(conn, into)).compose(v -> regroup(conn, id)).map(true);
                }));
    }

    /** Moves {@code articleIds} of story {@code id} into a new story; returns its id (empty when none moved). */
    public Future<Optional<Long>> split(long id, List<Long> articleIds, String title) {
        return pool.withTransaction(conn -> lockAssignments(conn).compose(l -> insertStory(conn, title)).compose(newId -> conn
                .preparedQuery(StorySql.MOVE_ARTICLES.sql())
                .execute(Tuple.of(id, newId, articleIds.toArray(Long[]::new)))
                .compose(moved -> moved.size() == 0
                        ? Future.failedFuture(new IllegalArgumentException("none of the articles is in story " + id))
                        : regroup(conn, newId).compose(v -> regroup(conn, id)).map(Optional.of(newId)))))
                .recover(err -> err instanceof IllegalArgumentException ? Future.succeededFuture(Optional.empty())
                        : Future.failedFuture(err));
    }

    /** Renames and/or pins a story (null leaves a field as it is); false when there is no such story. */
    public Future<Boolean> update(long id, String title, Boolean pinned) {
        return pool.preparedQuery(StorySql.UPDATE_STORY.sql()).execute(Tuple.of(id, title, pinned))
                .map(rows -> rows.size() > 0);
    }
}
