package org.claimwatch.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per account and per client address in a sliding window and locks either out after too
 * many. Thread-safe; per instance (several instances each apply the limit).
 */
public final class LoginLimiter {

    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginLimiter(Clock clock, int maxPerAccount, int maxPerAddress, Duration window) {
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /** How long the caller must wait before trying again, or {@link Duration#ZERO} when it may try now. */
    public Duration lockedFor(String account, String address) {
        Duration a = wait("u:" + normal(account), maxPerAccount);
        Duration b = wait("a:" + address, maxPerAddress);
        return a.compareTo(b) >= 0 ? a : b;
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        record("u:" + normal(account), now);
        record("a:" + address, now);
    }

    public void succeeded(String account) {
        failures.remove("u:" + normal(account));
    }

    private void record(String key, Instant now) {
        Deque<Instant> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            prune(q, now);
            q.addLast(now);
        }
    }

    private Duration wait(String key, int max) {
        Deque<Instant> q = failures.get(key);
        if (q == null) {
            return Duration.ZERO;
        }
        synchronized (q) {
            Instant now = clock.instant();
            prune(q, now);
            if (q.size() < max) {
                return Duration.ZERO;
            }
            // locked until the oldest failure that keeps the count at the limit leaves the window
            Instant oldest = q.toArray(new Instant[0])[q.size() - max];
            return Duration.between(now, oldest.plus(window));
        }
    }

    private void prune(Deque<Instant> q, Instant now) {
        while (!q.isEmpty() && !q.peekFirst().isAfter(now.minus(window))) {
            q.removeFirst();
        }
    }

    private static String normal(String account) {
        return account == null ? "" : account.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
