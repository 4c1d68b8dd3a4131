package org.claimwatch.articles;

import org.claimwatch.config.Settings;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import org.claimwatch.bus.Addresses;
import org.claimwatch.db.Database;
import org.claimwatch.articles.ArticleStore;
import org.claimwatch.semantic.model.Embedder;
import org.claimwatch.sitememory.SiteFurniture;

import org.claimwatch.semantic.SentenceVectors;

import java.util.logging.Logger;

/**
 * Process stage: cleans a fetched page, analyses it and, when its text changed, stores a new version in one
 * transaction and announces it. Cleaning and analysis run on a worker thread, never on the event loop; with
 * {@code nlp.embeddings} on, the sentences of the new and the newest stored version get their embeddings
 * ({@link Embedder}: database cache, the model on its own worker pool) before the diff, which uses them to align
 * sentences that say the same in other words.
 */
public final class ProcessVerticle extends VerticleBase {

    private static final Logger LOG = Logger.getLogger("claimwatch.process");

    private ArticleStore articles;
    private Embedder embedder;
    private SiteMemoryStore siteMemory;
    private int retrySeconds;

    @Override
    public Future<?> start() {
        JsonObject config = config();
        io.vertx.sqlclient.Pool db = Database.storePool(vertx, config);
        articles = new ArticleStore(db);
        Settings settings = Settings.of(config);
        retrySeconds = settings.fetch().retrySeconds();
        embedder = new Embedder(vertx, db, settings.nlp());
        siteMemory = new SiteMemoryStore(db, settings.siteMemory());
        // the language tables take ~2 s to build: on a worker now, not in the first article's processing
        vertx.executeBlocking(VersionBuilder::warmUp, false)
                .onFailure(e -> LOG.warning("warm-up of the language tables failed (built on first use): " + e));
        return vertx.eventBus().<JsonObject>localConsumer(Addresses.PAGES_PROCESS, this::process).completion();
    }

    private void process(Message<JsonObject> message) {
        FetchedPage page = FetchedPage.fromJson(message.body());
        String host = SiteMemoryStore.hostOf(page.url());
        Future<SiteFurniture.Memory> memory = siteMemory.load(host).recover(e -> {
            // site memory is a second line of defence: without it the page is processed as before
            LOG.warning("site memory unavailable for " + host + ": " + e);
            return Future.succeededFuture(SiteFurniture.Memory.empty());
        });
        SiteFurniture.Policy policy = siteMemory.policy();
        java.util.concurrent.atomic.AtomicReference<VersionBuilder.Draft> prepared = new java.util.concurrent.atomic.AtomicReference<>();
        articles.history(page.articleId())
                .compose(history -> memory.compose(m -> vertx.executeBlocking(() -> VersionBuilder.prepare(
                        page.articleId(), page.html(), page.url(), page.charset(), history, java.time.Instant.now(),
                        (text, headline) -> SiteFurniture.strip(text, page.articleId(), headline, m, policy).text()),
                        false)))
                .map(draft -> {
                    prepared.set(draft);
                    return draft;
                })
                .compose(draft -> draft.outcome() != null || !embedder.on()
                        ? vertx.executeBlocking(() -> VersionBuilder.finish(draft, SentenceVectors.NONE), false)
                        : embedder.vectors(draft.sentences())
                                .map(Embedder.Result::vectors)
                                .recover(e -> {
                                    // no model (natives, memory) or no cache: today's word matching, never a lost version
                                    LOG.warning("embeddings unavailable for article " + page.articleId() + ": " + e);
                                    return Future.succeededFuture(SentenceVectors.NONE);
                                })
                                .compose(vectors -> vertx.executeBlocking(() -> VersionBuilder.finish(draft, vectors),
                                        false)))
                .compose(outcome -> remember(host, page.articleId(), prepared.get(), outcome)
                        .compose(v -> record(page, outcome)))
                .onComplete(ar -> {
                    if (ar.succeeded()) {
                        message.reply(ar.result());
                    } else {
                        LOG.warning("processing article " + page.articleId() + " failed: " + ar.cause());
                        message.fail(500, ar.cause().getMessage());
                    }
                });
    }

    /** Adds a new version's blocks and headline to its host's memory (never fails the page). */
    private Future<Void> remember(String host, long articleId, VersionBuilder.Draft draft, PageOutcome outcome) {
        if (!siteMemory.on() || outcome.kind() != PageOutcome.Kind.NEW_VERSION || draft == null
                || draft.article() == null) {
            return Future.succeededFuture();
        }
        return siteMemory.record(host, articleId, SiteFurniture.observe(articleId, draft.article().text(),
                        draft.headline()))
                .recover(e -> {
                    LOG.warning("site memory not recorded for article " + articleId + ": " + e);
                    return Future.succeededFuture();
                });
    }

    private Future<JsonObject> record(FetchedPage page, PageOutcome outcome) {
        long articleId = page.articleId();
        return switch (outcome.kind()) {
            case UNCHANGED -> articles.recordChecked(articleId, "ok", null, page.recheckSeconds())
                    .map(v -> new JsonObject().put("outcome", "unchanged"));
            case REJECTED -> articles.recordChecked(articleId, outcome.status(),
                            outcome.status() + ": " + outcome.reason(), retrySeconds)
                    .map(v -> new JsonObject().put("outcome", "rejected")
                            .put("verdict", outcome.status()).put("reason", outcome.reason()));
            case NEW_VERSION -> articles.storeVersion(outcome.version(), page.changedRecheckSeconds()).map(stored -> {
                vertx.eventBus().publish(Addresses.VERSIONS_STORED, stored);
                return stored.copy().put("outcome", "stored");
            });
        };
    }
}
