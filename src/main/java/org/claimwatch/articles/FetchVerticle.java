package org.claimwatch.articles;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import org.claimwatch.Addresses;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.db.Database;
import org.claimwatch.net.FetchException;
import org.claimwatch.net.HttpFetcher;
import org.claimwatch.store.ArticleStore;
import org.claimwatch.store.ArticleStore.DueArticle;

import java.util.logging.Logger;

/**
 * Fetch stage: leases articles due for a (re-)check and fetches their pages, handing each page to the process
 * stage. A page that fails to fetch is recorded with its error and retried later; nothing is stored for it.
 */
public final class FetchVerticle extends VerticleBase {

    private static final Logger LOG = Logger.getLogger("claimwatch.fetch");

    private ArticleStore articles;
    private HttpFetcher fetcher;
    private int batch;
    private int retrySeconds;
    private long timeoutMs;
    private boolean busy;
    private boolean again;

    @Override
    public Future<?> start() {
        JsonObject config = config();
        articles = new ArticleStore(Database.pool(vertx, config));
        fetcher = new HttpFetcher(vertx, config);
        batch = config.getInteger(ConfigKeys.FETCH_BATCH, 8);
        retrySeconds = config.getInteger(ConfigKeys.FETCH_RETRY_S, 300);
        timeoutMs = config.getLong(ConfigKeys.FETCH_TIMEOUT_MS, 20_000L);
        vertx.setPeriodic(config.getLong(ConfigKeys.FETCH_TICK_MS, 1000L), id -> fetchDue());
        return vertx.eventBus().consumer(Addresses.ARTICLES_FETCH_DUE, msg -> fetchDue()).completion();
    }

    @Override
    public Future<?> stop() {
        return fetcher.close();
    }

    private void fetchDue() {
        if (busy) {
            again = true;
            return;
        }
        busy = true;
        again = false;
        // the lease outlasts fetch plus processing, so a crashed instance's articles come due again
        int leaseSeconds = (int) (timeoutMs / 1000) * 3 + 60;
        articles.leaseDue(leaseSeconds, batch)
                .compose(due -> Future.join(due.stream().map(this::check).toList()).map(due.size()))
                .onComplete(ar -> {
                    busy = false;
                    if (ar.failed()) {
                        LOG.warning("fetch round failed: " + ar.cause().getMessage());
                    } else if (ar.result() == batch || again) {
                        fetchDue();
                    }
                });
    }

    private Future<Void> check(DueArticle article) {
        return fetcher.get(article.url(), MultiMap.caseInsensitiveMultiMap())
                .compose(page -> vertx.eventBus().<JsonObject>request(Addresses.PAGES_PROCESS,
                        new FetchedPage(article.id(), page.finalUrl(), page.charset(), page.body().getBytes()).toJson(),
                        new DeliveryOptions().setSendTimeout(timeoutMs * 2)))
                .<Void>mapEmpty()
                .recover(err -> {
                    String message = err instanceof FetchException ? err.getMessage() : "processing failed: " + err.getMessage();
                    LOG.info(new JsonObject().put("event", "fetch").put("article", article.id())
                            .put("url", article.url()).put("error", message).encode());
                    return articles.recordChecked(article.id(), "error", message, retrySeconds);
                });
    }
}
