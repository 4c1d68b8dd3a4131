package org.claimwatch.net;

import org.claimwatch.config.Settings;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.LocalMap;
import io.vertx.core.shareddata.Shareable;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Per-host politeness shared by every fetcher of one Vert.x instance: at most {@code maxPerHost} requests in flight
 * to a host, request starts at least {@code minDelayMs} apart, and a host held back after it asked us to wait.
 * Thread-safe; permits are handed out on the caller's context.
 */
public final class HostGate implements Shareable {

    private static final String MAP = "claimwatch.net";

    private final Vertx vertx;
    private final int maxPerHost;
    private final long minDelayMs;
    private final Map<String, Host> hosts = new HashMap<>();
    private long requests;
    private long waited;

    public HostGate(Vertx vertx, int maxPerHost, long minDelayMs) {
        this.vertx = vertx;
        this.maxPerHost = Math.max(1, maxPerHost);
        this.minDelayMs = Math.max(0, minDelayMs);
    }

    /** The gate of this Vert.x instance, created from {@code config} on first use. */
    public static HostGate shared(Vertx vertx, JsonObject config) {
        LocalMap<String, HostGate> map = vertx.sharedData().getLocalMap(MAP);
        Settings.Fetch fetch = Settings.of(config).fetch();
        HostGate fresh = new HostGate(vertx, fetch.perHostConcurrency(), fetch.perHostDelayMs());
        HostGate existing = map.putIfAbsent("gate", fresh);
        return existing != null ? existing : fresh;
    }

    /** Waits for a permit to request {@code host}; run the returned release once the request is over. */
    public Future<Runnable> acquire(String host) {
        Context context = vertx.getOrCreateContext();
        Promise<Runnable> promise = Promise.promise();
        String key = host.toLowerCase(Locale.ROOT);
        synchronized (this) {
            requests++;
            hosts.computeIfAbsent(key, k -> new Host()).waiting.add(new Waiter(context, promise));
        }
        drain(key);
        return promise.future();
    }

    /** Holds {@code host} back for {@code millis} (it answered 429/503 with Retry-After). */
    public void defer(String host, long millis) {
        String key = host.toLowerCase(Locale.ROOT);
        synchronized (this) {
            Host h = hosts.computeIfAbsent(key, k -> new Host());
            h.notBefore = Math.max(h.notBefore, now() + millis);
        }
    }

    /** Requests asked for and how many of them had to wait, since start. */
    public synchronized long[] counts() {
        return new long[] {requests, waited};
    }

    /** Grants the next waiter of {@code key} when the host allows it, or sets a timer for when it will. */
    private void drain(String key) {
        long retryIn;
        synchronized (this) {
            Host h = hosts.get(key);
            if (h == null || h.waiting.isEmpty()) {
                if (h != null && h.active == 0 && !h.delivering && h.nextStart <= now() && h.notBefore <= now()) {
                    hosts.remove(key);
                }
                return;
            }
            if (h.delivering) {
                return; // the next start is counted from when the previous grant reaches its caller
            }
            if (h.active >= maxPerHost) {
                waited += h.counted(h.waiting.peek());
                return;
            }
            long now = now();
            long at = Math.max(h.nextStart, h.notBefore);
            if (at <= now) {
                grant(key, h);
                return;
            }
            waited += h.counted(h.waiting.peek());
            if (h.timerSet) {
                return;
            }
            h.timerSet = true;
            retryIn = at - now;
        }
        vertx.setTimer(Math.max(1, retryIn), id -> {
            synchronized (this) {
                Host h = hosts.get(key);
                if (h != null) {
                    h.timerSet = false;
                }
            }
            drain(key);
        });
    }

    /** Hands a permit to the first waiter on its own context; the host's next start counts from after it. */
    private void grant(String key, Host h) {
        Waiter granted = h.waiting.poll();
        h.active++;
        h.delivering = true;
        Runnable release = release(key);
        granted.context.runOnContext(v -> {
            // the caller starts its request inside complete(): space the next start from after it
            granted.promise.complete(release);
            synchronized (this) {
                h.delivering = false;
                h.nextStart = now() + minDelayMs;
            }
            drain(key);
        });
    }

    private Runnable release(String key) {
        AtomicBoolean once = new AtomicBoolean();
        return () -> {
            if (once.compareAndSet(false, true)) {
                synchronized (this) {
                    Host h = hosts.get(key);
                    if (h != null) {
                        h.active--;
                    }
                }
                drain(key);
            }
        };
    }

    /** Monotonic milliseconds: wall-clock jumps must not shorten or stretch the spacing. */
    private static long now() {
        return System.nanoTime() / 1_000_000;
    }

    private record Waiter(Context context, Promise<Runnable> promise) {
    }

    private static final class Host {
        final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
        int active;
        long nextStart;
        long notBefore;
        boolean timerSet;
        boolean delivering;
        Waiter lastCounted;

        int counted(Waiter w) {
            if (w == lastCounted) {
                return 0;
            }
            lastCounted = w;
            return 1;
        }
    }
}
