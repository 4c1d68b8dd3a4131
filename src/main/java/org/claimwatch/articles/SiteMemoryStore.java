package org.claimwatch.articles;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.claimwatch.config.Settings;
import org.claimwatch.db.SqlResource;
import org.claimwatch.sitememory.SiteFurniture;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The site memory of issue 15 in the database ({@code site_memory}, V20): per host, the block keys and headline keys
 * of its recent articles, shared by every instance, bounded per host ({@code sitememory.maxPerHost}, newest kept)
 * and expiring ({@code sitememory.days}). {@link SiteFurniture} decides from it; this class only loads and records.
 */
final class SiteMemoryStore {

    private static final String SELECT_HOST = SqlResource.load("sitememory/select-host");
    private static final String RECORD = SqlResource.load("sitememory/record");
    private static final String PRUNE_HOST = SqlResource.load("sitememory/prune-host");

    /** A host's memory is read again after this long (and as soon as one of its articles is recorded). */
    private static final long CACHE_MILLIS = 30_000;
    private static final int CACHE_HOSTS = 256;

    private record Cached(long at, Future<SiteFurniture.Memory> memory) {
    }

    private final Pool pool;
    private final Settings.SiteMemory settings;
    /** Per-verticle cache (used from its event loop only): a busy host is not read for every page fetched. */
    private final java.util.Map<String, Cached> cache = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Cached> eldest) {
            return size() > CACHE_HOSTS;
        }
    };

    SiteMemoryStore(Pool pool, Settings.SiteMemory settings) {
        this.pool = pool;
        this.settings = settings;
    }

    boolean on() {
        return settings.enabled();
    }

    SiteFurniture.Policy policy() {
        return new SiteFurniture.Policy(settings.minArticles(), 200);
    }

    /** The memory of {@code host} (empty when site memory is off or the host is unknown). */
    Future<SiteFurniture.Memory> load(String host) {
        if (!on() || host == null) {
            return Future.succeededFuture(SiteFurniture.Memory.empty());
        }
        long now = System.currentTimeMillis();
        Cached hit = cache.get(host);
        if (hit != null && now - hit.at() < CACHE_MILLIS && !hit.memory().failed()) {
            return hit.memory();
        }
        Future<SiteFurniture.Memory> read = read(host);
        cache.put(host, new Cached(now, read));
        return read;
    }

    private Future<SiteFurniture.Memory> read(String host) {
        return pool.preparedQuery(SELECT_HOST).execute(Tuple.of(host, settings.days(), settings.maxPerHost()))
                .map(rows -> {
                    List<SiteFurniture.Seen> out = new ArrayList<>(rows.size());
                    for (Row r : rows) {
                        out.add(new SiteFurniture.Seen(r.getLong("article_id"),
                                r.getShort("kind") == 0 ? SiteFurniture.Kind.BLOCK : SiteFurniture.Kind.HEADLINE,
                                r.getString("key"), r.getInteger("chars")));
                    }
                    return new SiteFurniture.Memory(out);
                });
    }

    /** Remembers {@code rows} (one article's blocks and headline) for {@code host}, then prunes the host. */
    Future<Void> record(String host, long articleId, List<SiteFurniture.Seen> rows) {
        if (!on() || host == null || rows.isEmpty()) {
            return Future.succeededFuture();
        }
        cache.remove(host);
        Short[] kinds = new Short[rows.size()];
        String[] keys = new String[rows.size()];
        Integer[] chars = new Integer[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            SiteFurniture.Seen s = rows.get(i);
            kinds[i] = (short) (s.kind() == SiteFurniture.Kind.BLOCK ? 0 : 1);
            keys[i] = s.key();
            chars[i] = s.chars();
        }
        return pool.preparedQuery(RECORD).execute(Tuple.of(host, articleId, kinds, keys, chars))
                .compose(v -> pool.preparedQuery(PRUNE_HOST)
                        .execute(Tuple.of(host, settings.days(), settings.maxPerHost())))
                .onComplete(ar -> cache.remove(host))
                .mapEmpty();
    }

    /** The site of a page: its host, lower-cased, without "www.", with a non-default port (null when none). */
    static String hostOf(String url) {
        try {
            URI u = URI.create(url);
            String host = u.getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            return u.getPort() > 0 ? host + ":" + u.getPort() : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
