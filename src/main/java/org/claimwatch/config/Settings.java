package org.claimwatch.config;

import io.vertx.core.json.JsonObject;

import java.util.List;

import static org.claimwatch.config.ConfigKeys.*;

/**
 * The typed view of the configuration, read once: every key is read here, typed and checked, and nowhere else.
 * There are no defaults in code: a key missing from the configuration (whose base is
 * {@code claimwatch-defaults.json}, see {@link AppConfig}) fails at start with its name.
 */
public record Settings(Http http, Db db, Poll poll, Fetch fetch, Recheck recheck, Cluster cluster, Live live,
                       boolean metricsEnabled, List<String> netAllow, Stories stories, Alerts alerts, Auth auth, Nlp nlp,
                       SiteMemory siteMemory) {

    /** {@code publicOrigin} empty: the Host a request was reached on. */
    public record Http(String host, int port, int instances, boolean trustProxy, String publicOrigin) {
    }

    /** {@code url} empty means the embedded database under {@code dataDir}. */
    /** {@code storePoolSize}: connections of the process stage's own pool (versions are never starved by reads). */
    public record Db(String url, int poolSize, int storePoolSize, String dataDir, int embeddedPort) {
        public boolean embedded() {
            return url.isBlank();
        }
    }

    public record Poll(long tickMs, int defaultIntervalSeconds, int minIntervalSeconds, int batch, int leaseSeconds,
                       int backoffBaseSeconds, int backoffCapSeconds, int maxFailures) {
    }

    public record Fetch(long tickMs, int batch, long timeoutMs, long maxBytes, int maxRedirects, String userAgent,
                        int retrySeconds, int perHostConcurrency, long perHostDelayMs) {
    }

    /** {@code fixedSeconds} 0 uses the decaying {@code steps}: [untilSeconds, everySeconds] pairs. */
    public record Recheck(int fixedSeconds, List<long[]> steps) {
    }

    /** {@code instanceId}: this instance's cluster node id, set at start (empty until then). */
    public record Cluster(boolean enabled, String name, String host, List<String> members, int port, String instanceId) {
    }

    public record Live(long batchMillis, int batchMaxItems, int maxQueuedBytes) {
    }

    public record Stories(long tickMs, double threshold, int windowDays, boolean statements) {
    }

    /**
     * Sentence embeddings: {@code embeddings} off falls back to word matching (small machines); {@code poolSize}
     * worker threads run the model, {@code batchSize} sentences per model run.
     */
    public record Nlp(boolean embeddings, int poolSize, int batchSize) {
    }

    /**
     * Site memory (issue 15): a block recurring in {@code minArticles} or more other articles of a host within
     * {@code days} is furniture; at most {@code maxPerHost} rows per host are kept.
     */
    public record SiteMemory(boolean enabled, int minArticles, int days, int maxPerHost) {
    }

    public record Alerts(long tickMs, int batch, double leaseSeconds, int maxPerMinute, double throttleWindowSeconds,
                         int maxAttempts, long retryBaseMs, long retryMaxDelayMs, long timeoutMs,
                         long maxResponseBytes, double secretOverlapSeconds, String secretKey, int retentionDays) {
    }

    public record Auth(String adminPassword, boolean publicMode, long idleMinutes, long absoluteHours,
                       int loginMaxPerAccount, int loginMaxPerAddress, long loginWindowMinutes) {
    }

    /** Reads and checks every key of {@code config}; throws naming the first key that is missing or mistyped. */
    public static Settings of(JsonObject config) {
        return read(new ConfigReader(config));
    }

    static Settings read(ConfigReader r) {
        return new Settings(
                new Http(r.string(HTTP_HOST), r.integer(HTTP_PORT), r.integer(HTTP_INSTANCES), r.bool(HTTP_TRUST_PROXY),
                        r.string(HTTP_PUBLIC_ORIGIN)),
                new Db(r.string(DB_URL), r.integer(DB_POOL_SIZE), r.integer(DB_STORE_POOL_SIZE), r.string(DATA_DIR), r.integer(DB_EMBEDDED_PORT)),
                new Poll(r.longValue(POLL_TICK_MS), r.integer(POLL_DEFAULT_INTERVAL_S), r.integer(POLL_MIN_INTERVAL_S),
                        r.integer(POLL_BATCH), r.integer(POLL_LEASE_S), r.integer(POLL_BACKOFF_BASE_S),
                        r.integer(POLL_BACKOFF_CAP_S), r.integer(POLL_MAX_FAILURES)),
                new Fetch(r.longValue(FETCH_TICK_MS), r.integer(FETCH_BATCH), r.longValue(FETCH_TIMEOUT_MS),
                        r.longValue(FETCH_MAX_BYTES), r.integer(FETCH_MAX_REDIRECTS), r.string(FETCH_USER_AGENT),
                        r.integer(FETCH_RETRY_S), r.integer(FETCH_HOST_CONCURRENCY), r.longValue(FETCH_HOST_DELAY_MS)),
                new Recheck(r.integer(ARTICLE_RECHECK_S), r.pairs(ARTICLE_RECHECK_STEPS)),
                new Cluster(r.bool(CLUSTER_ENABLED), r.string(CLUSTER_NAME), r.string(CLUSTER_HOST),
                        r.strings(CLUSTER_MEMBERS), r.integer(CLUSTER_PORT), r.string(INSTANCE_ID)),
                new Live(r.longValue(LIVE_BATCH_MS), r.integer(LIVE_BATCH_MAX_ITEMS), r.integer(LIVE_MAX_QUEUED_BYTES)),
                r.bool(METRICS_ENABLED),
                r.strings(NET_ALLOW),
                new Stories(r.longValue(STORIES_TICK_MS), r.decimal(STORIES_THRESHOLD), r.integer(STORIES_WINDOW_DAYS),
                        r.bool(STORIES_STATEMENTS)),
                new Alerts(r.longValue(ALERTS_TICK_MS), r.integer(ALERTS_BATCH), r.decimal(ALERTS_LEASE_S),
                        r.integer(ALERTS_MAX_PER_MINUTE), r.decimal(ALERTS_THROTTLE_WINDOW_S),
                        r.integer(ALERTS_MAX_ATTEMPTS), r.longValue(ALERTS_RETRY_BASE_MS),
                        r.longValue(ALERTS_RETRY_MAX_DELAY_MS), r.longValue(ALERTS_TIMEOUT_MS),
                        r.longValue(ALERTS_MAX_RESPONSE_BYTES), r.decimal(ALERTS_SECRET_OVERLAP_S),
                        r.string(ALERTS_SECRET_KEY), r.integer(ALERTS_RETENTION_DAYS)),
                new Auth(r.string(AUTH_ADMIN_PASSWORD), r.bool(AUTH_PUBLIC_MODE), r.longValue(AUTH_IDLE_MINUTES),
                        r.longValue(AUTH_ABSOLUTE_HOURS), r.integer(AUTH_LOGIN_MAX_PER_ACCOUNT),
                        r.integer(AUTH_LOGIN_MAX_PER_ADDRESS), r.longValue(AUTH_LOGIN_WINDOW_MINUTES)),
                new Nlp(r.bool(NLP_EMBEDDINGS), r.integer(NLP_POOL_SIZE), r.integer(NLP_BATCH_SIZE)),
                new SiteMemory(r.bool(SITEMEMORY_ENABLED), r.integer(SITEMEMORY_MIN_ARTICLES), r.integer(SITEMEMORY_DAYS),
                        r.integer(SITEMEMORY_MAX_PER_HOST)));
    }
}
