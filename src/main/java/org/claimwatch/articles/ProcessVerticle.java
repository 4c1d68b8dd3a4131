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
    private int retrySeconds;

    @Override
    public Future<?> start() {
        JsonObject config = config();
        io.vertx.sqlclient.Pool db = Database.pool(vertx, config);
        articles = new ArticleStore(db);
        Settings settings = Settings.of(config);
        retrySeconds = settings.fetch().retrySeconds();
        embedder = new Embedder(vertx, db, settings.nlp());
        return vertx.eventBus().<JsonObject>localConsumer(Addresses.PAGES_PROCESS, this::process).completion();
    }

    private void process(Message<JsonObject> message) {
        FetchedPage page = FetchedPage.fromJson(message.body());
        articles.history(page.articleId())
                .compose(history -> vertx.executeBlocking(() -> VersionBuilder.prepare(page.articleId(), page.html(),
                        page.url(), page.charset(), history), false))
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
                .compose(outcome -> record(page, outcome))
                .onComplete(ar -> {
                    if (ar.succeeded()) {
                        message.reply(ar.result());
                    } else {
                        LOG.warning("processing article " + page.articleId() + " failed: " + ar.cause());
                        message.fail(500, ar.cause().getMessage());
                    }
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
