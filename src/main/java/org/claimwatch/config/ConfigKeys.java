package org.claimwatch.config;

/**
 * Every configuration key. Defaults live in {@code claimwatch-defaults.json}; each key can be overridden by
 * the config file ({@code claimwatch.json} or {@code CLAIMWATCH_CONFIG}) and then by an environment variable
 * named {@code CLAIMWATCH_} + the key upper-cased with dots as underscores (e.g. {@code CLAIMWATCH_HTTP_PORT}).
 */
public final class ConfigKeys {

    public static final String HTTP_HOST = "http.host";

    /** Sentence embeddings on (default) or off, the worker pool that runs the model, sentences per model run. */
    public static final String NLP_EMBEDDINGS = "nlp.embeddings";
    public static final String NLP_POOL_SIZE = "nlp.poolSize";
    public static final String NLP_BATCH_SIZE = "nlp.batchSize";
    public static final String HTTP_PORT = "http.port";
    /** HTTP verticle instances (event loops serving connections). */
    public static final String HTTP_INSTANCES = "http.instances";

    /** External PostgreSQL URL (postgresql://user:pass@host:port/db); empty means embedded. */
    public static final String DB_URL = "db.url";
    public static final String DB_POOL_SIZE = "db.poolSize";
    /** Connections of the store path's own pool (the process stage: version history, versions, changes, outbox). */
    public static final String DB_STORE_POOL_SIZE = "db.storePoolSize";
    public static final String DATA_DIR = "data.dir";
    /** Preferred port of the embedded database; a free port is picked when it is taken. */
    public static final String DB_EMBEDDED_PORT = "db.embedded.port";

    public static final String POLL_TICK_MS = "poll.tickMs";
    public static final String POLL_DEFAULT_INTERVAL_S = "poll.defaultIntervalSeconds";
    public static final String POLL_MIN_INTERVAL_S = "poll.minIntervalSeconds";
    public static final String POLL_BATCH = "poll.batch";
    public static final String POLL_LEASE_S = "poll.leaseSeconds";

    public static final String FETCH_TICK_MS = "fetch.tickMs";
    public static final String FETCH_BATCH = "fetch.batch";
    public static final String FETCH_TIMEOUT_MS = "fetch.timeoutMs";
    public static final String FETCH_MAX_BYTES = "fetch.maxBytes";
    public static final String FETCH_MAX_REDIRECTS = "fetch.maxRedirects";
    public static final String FETCH_USER_AGENT = "fetch.userAgent";
    public static final String FETCH_RETRY_S = "fetch.retrySeconds";
    /** At most this many requests in flight to one host (poll and fetch together, per instance). */
    public static final String FETCH_HOST_CONCURRENCY = "fetch.perHostConcurrency";
    /** At least this many milliseconds between request starts to one host (per instance). */
    public static final String FETCH_HOST_DELAY_MS = "fetch.perHostDelayMs";

    /** First backoff delay of a failing feed (doubles per consecutive failure, with jitter). */
    public static final String POLL_BACKOFF_BASE_S = "poll.backoffBaseSeconds";
    /** Longest backoff delay of a failing feed. */
    public static final String POLL_BACKOFF_CAP_S = "poll.backoffCapSeconds";
    /** A feed failing this many times in a row is paused, its last error shown. */
    public static final String POLL_MAX_FAILURES = "poll.maxFailures";

    /** A fixed re-check interval in seconds overriding the decaying steps; 0 (default) uses the steps. */
    public static final String ARTICLE_RECHECK_S = "article.recheckSeconds";
    /** The decaying re-check schedule: [[untilSeconds, everySeconds], ...] by article age since its last change. */
    public static final String ARTICLE_RECHECK_STEPS = "article.recheckSteps";

    /** Cluster the event bus with Hazelcast so several instances share live messages. */
    public static final String CLUSTER_ENABLED = "cluster.enabled";
    /** Hazelcast cluster name; instances with the same name join. */
    public static final String CLUSTER_NAME = "cluster.name";
    /** Address this instance binds and advertises for the cluster (Hazelcast and event bus). */
    public static final String CLUSTER_HOST = "cluster.host";
    /** Hazelcast members to join over TCP-IP (host or host:port). */
    public static final String CLUSTER_MEMBERS = "cluster.members";
    /** First Hazelcast port (auto-incremented when taken). */
    public static final String CLUSTER_PORT = "cluster.port";
    /** Set by the app at start, never by users: this instance's node id, the middle part of its lease owners. */
    public static final String INSTANCE_ID = "instance.id";

    /** Live messages of one address published within this many ms of the previous one are sent together. */
    public static final String LIVE_BATCH_MS = "live.batchMillis";
    /** A live batch is sent at once when it holds this many items. */
    public static final String LIVE_BATCH_MAX_ITEMS = "live.batchMaxItems";
    /**
     * Bytes of live frames that may wait for one browser (unread by a slow or stalled client); past it the client
     * is cut off and its page catches up through the REST API when it reconnects.
     */
    public static final String LIVE_MAX_QUEUED_BYTES = "live.maxQueuedBytes";

    /** Micrometer metrics with a Prometheus endpoint at /metrics. */
    public static final String METRICS_ENABLED = "metrics.enabled";

    /** Addresses (CIDR or host) that feeds and webhooks may reach although private; empty refuses all private. */
    public static final String NET_ALLOW = "net.allow";

    /** How often the story stage looks for articles without a story analysis (ms). */
    public static final String STORIES_TICK_MS = "stories.tickMs";
    /** Similarity (0..1) at or above which an article joins an existing story. */
    public static final String STORIES_THRESHOLD = "stories.threshold";
    /** Days from a story's latest article within which a new article may join it (pinned stories: always). */
    public static final String STORIES_WINDOW_DAYS = "stories.windowDays";
    /**
     * With {@code nlp.embeddings} on: check-worthy sentences that no rule keyed join the claim group they say in
     * other words, or form one with another outlet's (docs/SEMANTIC.md "Stories").
     */
    public static final String STORIES_STATEMENTS = "stories.statements";
    /** Webhook alerts: how often the outbox is looked at, deliveries leased per round and the lease length. */
    public static final String ALERTS_TICK_MS = "alerts.tickMs";
    public static final String ALERTS_BATCH = "alerts.batch";
    public static final String ALERTS_LEASE_S = "alerts.leaseSeconds";
    /** Requests per minute per subscription; alerts over it are grouped into one digest. */
    public static final String ALERTS_MAX_PER_MINUTE = "alerts.maxPerMinute";
    /** The throttle's window: 60 s makes {@link #ALERTS_MAX_PER_MINUTE} a per-minute limit (tests shorten it). */
    public static final String ALERTS_THROTTLE_WINDOW_S = "alerts.throttleWindowSeconds";
    public static final String ALERTS_MAX_ATTEMPTS = "alerts.maxAttempts";
    public static final String ALERTS_RETRY_BASE_MS = "alerts.retryBaseMs";
    public static final String ALERTS_RETRY_MAX_DELAY_MS = "alerts.retryMaxDelayMs";
    public static final String ALERTS_TIMEOUT_MS = "alerts.timeoutMs";
    public static final String ALERTS_MAX_RESPONSE_BYTES = "alerts.maxResponseBytes";
    /** How long the previous secret keeps signing after a rotation. */
    public static final String ALERTS_SECRET_OVERLAP_S = "alerts.secretOverlapSeconds";
    /** Base64 of 32 random bytes: webhook secrets are stored AES-GCM-encrypted under it; empty stores them plain. */
    public static final String ALERTS_SECRET_KEY = "alerts.secretKey";
    /** Delivered alerts and their attempts are deleted after this many days (dead and pending ones are kept). */
    public static final String ALERTS_RETENTION_DAYS = "alerts.retentionDays";

    /** Password of the first admin, created on the first start; empty: a one-time password is printed to the log. */
    public static final String AUTH_ADMIN_PASSWORD = "auth.adminPassword";
    /** Visitors without login may see the live page (and nothing else). */
    public static final String AUTH_PUBLIC_MODE = "auth.publicMode";
    public static final String AUTH_IDLE_MINUTES = "auth.idleMinutes";
    public static final String AUTH_ABSOLUTE_HOURS = "auth.absoluteHours";
    public static final String AUTH_LOGIN_MAX_PER_ACCOUNT = "auth.loginMaxPerAccount";
    public static final String AUTH_LOGIN_MAX_PER_ADDRESS = "auth.loginMaxPerAddress";
    public static final String AUTH_LOGIN_WINDOW_MINUTES = "auth.loginWindowMinutes";
    /** Behind a reverse proxy: trust X-Forwarded-For/-Proto/-Host for client address and scheme (Secure cookies). */
    public static final String HTTP_TRUST_PROXY = "http.trustProxy";
    /**
     * The origin browsers see, e.g. {@code https://news.example.org}: state-changing requests and the live handshake
     * must come from it. Empty: the Host the request was reached on.
     */
    public static final String HTTP_PUBLIC_ORIGIN = "http.publicOrigin";

    private ConfigKeys() {
    }

    /**
     * Site memory (issue 15): on or off; a block recurring in at least {@code minArticles} other articles of a host
     * within {@code days} is furniture; at most {@code maxPerHost} rows are kept per host.
     */
    public static final String SITEMEMORY_ENABLED = "sitememory.enabled";
    public static final String SITEMEMORY_MIN_ARTICLES = "sitememory.minArticles";
    public static final String SITEMEMORY_DAYS = "sitememory.days";
    public static final String SITEMEMORY_MAX_PER_HOST = "sitememory.maxPerHost";
}
