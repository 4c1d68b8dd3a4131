package org.claimwatch.stories.pipeline;

import org.claimwatch.config.Settings;
import org.claimwatch.alerts.AlertOutbox;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import org.claimwatch.bus.Addresses;
import org.claimwatch.db.Database;
import org.claimwatch.semantic.SentenceVectors;
import org.claimwatch.semantic.model.Embedder;
import org.claimwatch.stories.ClaimGroup;
import org.claimwatch.stories.Fact;
import org.claimwatch.stories.StoryIndex;
import org.claimwatch.stories.StoryJson;
import org.claimwatch.stories.StoryMatch;
import org.claimwatch.stories.Stories;
import org.claimwatch.stories.TermVector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Story stage: the database is the queue. Articles whose latest version has no story analysis are locked one at a
 * time ({@code FOR UPDATE SKIP LOCKED}); on a worker the article is matched to a story through the in-memory
 * {@link StoryIndex} (rebuilt from the database at start and after editor corrections, and brought up to date with
 * other instances' assignments under a cluster-wide advisory lock before each match) and its facts extracted;
 * the story's claim groups are recomputed and stored with the changes in the same transaction, then the changes
 * are published on {@code claimwatch.stories.changed} (the live stage forwards them to browsers). Nudged by each stored
 * version, and by a timer, so a crash leaves nothing unassigned for long. With {@code stories.statements} and
 * {@code nlp.embeddings} on, an article's check-worthy sentences that no rule keyed are stored as statement facts and
 * the story's facts are aligned with their sentence embeddings ({@link Embedder#matching}: database cache, model on
 * the embedding workers, never on this loop): a claim in other words joins its claim group.
 */
public final class StoryVerticle extends VerticleBase {

    private static final Logger LOG = Logger.getLogger("claimwatch.stories");

    /** The outcome of one transaction: the article joined a story, with the changes to publish. */
    private record Assigned(long articleId, long storyId, TermVector vector, PendingArticle pending,
                            List<JsonObject> changes) {
    }

    /** The in-memory index and the last assignment sequence number it holds; confined to this verticle's loop. */
    private static final class Indexed {
        final StoryIndex index;
        long seen;

        Indexed(StoryIndex index, long seen) {
            this.index = index;
            this.seen = seen;
        }
    }

    private StoryStore store;
    private Embedder embedder;
    private boolean statements;
    private Indexed indexed;
    private double threshold;
    private int windowDays;
    private boolean draining;
    private boolean again;

    @Override
    public Future<?> start() {
        JsonObject config = config();
        store = new StoryStore(Database.pool(vertx, config), vertx);
        Settings all = Settings.of(config);
        Settings.Stories settings = all.stories();
        statements = settings.statements() && all.nlp().embeddings();
        embedder = statements ? new Embedder(vertx, store.pool(), all.nlp()) : null;
        threshold = settings.threshold();
        windowDays = settings.windowDays();
        long tick = settings.tickMs();
        return reload().compose(v -> Future.all(
                vertx.eventBus().consumer(Addresses.VERSIONS_STORED, m -> drain()).completion(),
                vertx.eventBus().consumer(Addresses.STORIES_CORRECTED, m -> reload().onComplete(ar -> drain()))
                        .completion())).onSuccess(v -> {
            vertx.setPeriodic(tick, id -> drain());
            drain();
        });
    }

    /** Rebuilds the index from the stored assignments of live (not merged) stories. */
    private Future<Void> reload() {
        return store.indexEntries().compose(entries -> vertx.executeBlocking(() -> {
            Indexed fresh = new Indexed(new StoryIndex(threshold, windowDays), 0);
            addAll(fresh, entries);
            return fresh;
        }, false)).onSuccess(fresh -> indexed = fresh).mapEmpty();
    }

    private static void addAll(Indexed target, List<StoryStore.IndexEntry> entries) {
        for (StoryStore.IndexEntry e : entries) {
            target.index.add(e.storyId(), e.articleId(), e.date(), StoryJson.readTerms(e.terms()));
            if (e.pinned()) {
                target.index.pin(e.storyId(), true);
            }
            target.seen = Math.max(target.seen, e.seq());
        }
    }

    private void drain() {
        if (draining) {
            again = true;
            return;
        }
        draining = true;
        again = false;
        assignOne().onComplete(ar -> {
            draining = false;
            if (ar.failed()) {
                LOG.warning("story assignment failed: " + ar.cause());
                if (again) {
                    // a version stored while this attempt failed is not left for the next tick
                    vertx.runOnContext(v -> drain());
                }
                return;
            }
            if (ar.result().isPresent() || again) {
                vertx.runOnContext(v -> drain());
            }
        });
    }

    private Future<Optional<Assigned>> assignOne() {
        Indexed current = indexed;
        // one assignment at a time across instances; first take in what other instances assigned since we looked
        return store.pool().withTransaction(conn -> StoryStore.lockAssignments(conn)
                        .compose(locked -> StoryStore.indexEntriesAfter(conn, current.seen))
                        .compose(others -> vertx.executeBlocking(() -> {
                            addAll(current, others);
                            return null;
                        }, false))
                        .compose(caughtUp -> StoryStore.lockNext(conn))
                        .compose(next -> next.isEmpty()
                                ? Future.succeededFuture(Optional.<Assigned>empty())
                                : assign(conn, current.index, next.get()).map(Optional::of)))
                .onSuccess(done -> done.ifPresent(a -> {
                    current.index.add(a.storyId(), a.articleId(), a.pending().article().date(), a.vector());
                    for (JsonObject change : a.changes()) {
                        vertx.eventBus().publish(Addresses.STORIES_CHANGED, change);
                    }
                }));
    }

    private Future<Assigned> assign(SqlConnection conn, StoryIndex current, PendingArticle p) {
        return vertx.executeBlocking(() -> {
            TermVector vector = Stories.vector(p.article().text());
            List<Fact> facts;
            try {
                facts = Stories.facts(p.article(), statements);
            } catch (RuntimeException e) {
                LOG.warning("claims analysis of article " + p.article().articleId() + " failed, no story facts: " + e);
                facts = List.of();
            }
            Optional<StoryMatch> match = p.storyId() != null
                    ? Optional.of(new StoryMatch(p.storyId(), current.similarity(vector, p.storyId())))
                    : current.match(vector, p.article().date());
            return new Object[] {vector, facts, match};
        }, false).compose(prepared -> {
            TermVector vector = (TermVector) prepared[0];
            @SuppressWarnings("unchecked") List<Fact> facts = (List<Fact>) prepared[1];
            @SuppressWarnings("unchecked") Optional<StoryMatch> match = (Optional<StoryMatch>) prepared[2];
            Future<Long> storyId = match.isPresent() ? Future.succeededFuture(match.get().storyId())
                    : StoryStore.insertStory(conn, p.title());
            double similarity = match.map(StoryMatch::similarity).orElse(1.0);
            return storyId.compose(id -> StoryStore.lockGroups(conn, id)
                    .compose(before -> StoryStore.upsertArticle(conn, id, p, similarity, StoryJson.writeTerms(vector),
                                    StoryJson.writeFacts(facts))
                            .compose(v -> StoryStore.facts(conn, id))
                            .compose(all -> vectors(all, p).compose(vectors -> vertx.executeBlocking(
                                    () -> regroup(before, all, vectors, p), false))))
                    .compose(regrouped -> StoryStore.updateGroups(conn, id, regrouped, p.title())
                            .compose(title -> StoryStore.insertChanges(conn, id, title, p, regrouped.changes())
                                    // webhook alerts for story changes: written in the same transaction
                                    .compose(changes -> AlertOutbox.enqueue(conn, StoryPayloads.alertSummary(id, title,
                                            p.article(), changes)).map(changes))))
                    .map(changes -> new Assigned(p.article().articleId(), id, vector, p, changes)));
        });
    }

    /**
     * The sentence embeddings (MiniLM) of the story's facts when statements are on: cache hits for the sentences the
     * process stage embedded, the model on the embedding workers for the rest; none (groups by key) on failure.
     */
    private Future<SentenceVectors> vectors(List<Fact> all, PendingArticle p) {
        if (!statements) {
            return Future.succeededFuture(SentenceVectors.NONE);
        }
        return embedder.matching(all.stream().map(Fact::text).toList()).recover(e -> {
            LOG.warning("embeddings unavailable for the story of article " + p.article().articleId() + ": " + e);
            return Future.succeededFuture(SentenceVectors.NONE);
        });
    }

    private static Regrouped regroup(List<ClaimGroup> before, List<Fact> all, SentenceVectors vectors,
                                     PendingArticle p) {
        List<ClaimGroup> withoutOld = new ArrayList<>(before);
        List<ClaimGroup> after = Stories.align(all, vectors);
        return new Regrouped(after, Stories.diff(withoutOld, after, p.article().articleId()));
    }
}
