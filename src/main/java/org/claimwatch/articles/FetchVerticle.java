package org.claimwatch.articles;

import org.claimwatch.db.LeaseOwner;
import org.claimwatch.config.Settings;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import org.claimwatch.bus.Addresses;
import org.claimwatch.articles.CheckStore.DueArticle;
import org.claimwatch.articles.CheckStore.Merge;
import org.claimwatch.db.Database;
import org.claimwatch.metrics.Meters;
import org.claimwatch.net.FetchException;
import org.claimwatch.net.FetchResult;
import org.claimwatch.net.HttpFetcher;
import org.claimwatch.net.UrlCanonicalizer;
import org.claimwatch.articles.ArticleStore;
import org.claimwatch.db.LeasePump;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Fetch stage: leases articles due for a (re-)check, fetches their pages (politely, through the shared host gate),
 * adopts the page's canonical URL (merging an article reached under two URLs into one), and hands the page to the
 * process stage with its next check times from the re-check schedule. A failed fetch records its error.
 */
public final class FetchVerticle extends VerticleBase {

    private static final Logger LOG = Logger.getLogger("claimwatch.fetch");
    /** The canonical link sits in the head: look no further than this many bytes. */
    private static final int HEAD_BYTES = 256 * 1024;

    /** This instance's name on its leases. */
    private String owner;
    private ArticleStore articles;
    private CheckStore checks;
    private HttpFetcher fetcher;
    private RecheckPlan plan;
    private LeasePump<DueArticle> pump;
    private int retrySeconds;
    private long timeoutMs;

    @Override
    public Future<?> start() {
        JsonObject config = config();
        owner = LeaseOwner.of("fetch", Settings.of(config).cluster().instanceId());
        Pool pool = Database.pool(vertx, config);
        articles = new ArticleStore(pool);
        checks = new CheckStore(pool);
        fetcher = new HttpFetcher(vertx, config);
        plan = plan(config, Clock.systemUTC());
        Settings.Fetch settings = Settings.of(config).fetch();
        retrySeconds = settings.retrySeconds();
        timeoutMs = settings.timeoutMs();
        // the lease outlasts fetch plus processing, so a crashed instance's articles come due again
        int leaseSeconds = (int) (timeoutMs / 1000) * 3 + 60;
        pump = new LeasePump<>("fetch", settings.batch(),
                room -> checks.leaseDue(owner, leaseSeconds, room), this::check);
        // changed re-check settings apply to the articles already scheduled, before the first lease
        return checks.applySchedule(fingerprint(Settings.of(config).recheck()), plan)
                .onSuccess(n -> {
                    if (n > 0) {
                        LOG.info("re-check settings changed: " + n + " articles rescheduled");
                    }
                })
                .compose(n -> {
                    vertx.setPeriodic(settings.tickMs(), id -> fetchDue());
                    return vertx.eventBus().localConsumer(Addresses.ARTICLES_FETCH_DUE, msg -> fetchDue()).completion();
                });
    }

    /** The re-check settings' values as one string: a change of either key changes it. */
    static String fingerprint(Settings.Recheck recheck) {
        StringBuilder out = new StringBuilder("fixed=").append(recheck.fixedSeconds()).append(";steps=");
        recheck.steps().forEach(step -> out.append('[').append(step[0]).append(',').append(step[1]).append(']'));
        return out.toString();
    }

    /** The re-check plan configured by {@code article.recheckSeconds} and {@code article.recheckSteps}. */
    public static RecheckPlan plan(JsonObject config, Clock clock) {
        Settings.Recheck recheck = Settings.of(config).recheck();
        return RecheckPlan.of(recheck.fixedSeconds(), recheck.steps(), clock);
    }

    @Override
    public Future<?> stop() {
        // a graceful stop hands its checks back at once: another instance (or the next start) need not wait
        return checks.releaseLeases(owner)
                .onFailure(err -> LOG.warning("releasing check leases failed (they expire): " + err.getMessage()))
                .otherwiseEmpty().compose(n -> fetcher.close());
    }

    /** Leases as many due articles as there is room for ({@code fetch.batch} checks in flight at most). */
    private void fetchDue() {
        pump.pump();
    }

    private Future<Void> check(DueArticle article) {
        // a re-check is conditional: the outlet answers 304 when the page has not changed since the last full fetch
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        if (article.etag() != null) {
            headers.add("If-None-Match", article.etag());
        }
        if (article.lastModified() != null) {
            headers.add("If-Modified-Since", article.lastModified());
        }
        return fetcher.get(article.url(), headers)
                .compose(page -> page.notModified() ? notModified(article, page) : canonicalOf(page)
                        .compose(canonical -> canonical.isEmpty() || canonical.get().equals(article.url())
                                ? Future.succeededFuture(Merge.KEPT)
                                : checks.adoptCanonical(article.id(), article.url(), canonical.get()))
                        .compose(merge -> {
                            if (merge == Merge.MERGED) {
                                Meters.fetch("merged");
                                return Future.succeededFuture();
                            }
                            return process(article, page);
                        }))
                .recover(err -> {
                    String message = err instanceof FetchException ? err.getMessage()
                            : "processing failed: " + err.getMessage();
                    Meters.fetch("error");
                    Meters.error("fetch", err instanceof FetchException fe ? fe.kind() : "processing");
                    LOG.info(new JsonObject().put("event", "fetch").put("article", article.id())
                            .put("url", article.url()).put("error", message).encode());
                    return articles.recordChecked(article.id(), "error", message, retrySeconds);
                });
    }

    /** A 304: a successful check that moves the schedule on like an unchanged page, and counts what it saved. */
    private Future<Void> notModified(DueArticle article, FetchResult page) {
        return articles.recordNotModified(article.id(), plan.afterUnchanged(article.firstSeen(), article.lastChange()),
                        page.headers().get("etag"), page.headers().get("last-modified"))
                .map(saved -> {
                    Meters.fetch("not_modified");
                    Meters.recheckNotModified(article.feedId() == null ? 0 : article.feedId(), host(article.url()), saved);
                    return null;
                });
    }

    /** {@code host[:port]} of a URL, as the re-check totals per host name it. */
    private static String host(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            String authority = uri.getRawAuthority();
            if (authority == null) {
                return "?";
            }
            int at = authority.lastIndexOf('@');
            return (at >= 0 ? authority.substring(at + 1) : authority).toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }

    private Future<Void> process(DueArticle article, FetchResult page) {
        FetchedPage fetched = new FetchedPage(article.id(), page.finalUrl(), page.charset(), page.body().getBytes(),
                plan.afterUnchanged(article.firstSeen(), article.lastChange()), plan.afterChange());
        return vertx.eventBus().<JsonObject>request(Addresses.PAGES_PROCESS, fetched.toJson(),
                        new DeliveryOptions().setSendTimeout(timeoutMs * 2))
                .map(reply -> {
                    JsonObject outcome = reply.body();
                    String kind = outcome.getString("outcome", "unknown");
                    Meters.fetch(kind);
                    if ("stored".equals(kind)) {
                        Meters.versions(1);
                        outcome.getJsonArray("changes", new JsonArray()).forEach(c ->
                                Meters.claimChange(((JsonObject) c).getString("kind", "unknown")));
                    }
                    return kind;
                })
                // the validators are kept only once the page was processed: a 304 must never skip a page never read
                .compose(kind -> "stored".equals(kind) || "unchanged".equals(kind)
                        ? articles.recordValidators(article.id(), page.headers().get("etag"),
                        page.headers().get("last-modified"), page.body().length())
                        : Future.succeededFuture());
    }

    /** The canonical URL the page declares (rel=canonical, og:url; AMP pages point to theirs), worked out on a worker. */
    private Future<Optional<String>> canonicalOf(FetchResult page) {
        byte[] body = page.body().getBytes(0, Math.min(page.body().length(), HEAD_BYTES));
        String charset = page.charset();
        String url = page.finalUrl();
        return vertx.executeBlocking(() -> UrlCanonicalizer.fromPage(new String(body, charset(charset)), url), false);
    }

    private static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (RuntimeException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
