package org.claimwatch.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.vertx.micrometer.backends.BackendRegistries;

import java.time.Duration;

/**
 * The pipeline's own meters (polls, fetches, errors by kind, versions, claim changes), registered in the Vert.x
 * Micrometer registry when metrics are on and in Micrometer's no-op global registry otherwise.
 */
public final class Meters {

    private Meters() {
    }

    /** The registry meters go to. */
    public static MeterRegistry registry() {
        MeterRegistry registry = BackendRegistries.getDefaultNow();
        return registry != null ? registry : Metrics.globalRegistry;
    }

    /** A feed poll ended: {@code outcome} is ok, not_modified or error. */
    public static void poll(String outcome, Duration took) {
        Timer.builder("claimwatch.polls").description("Feed polls by outcome").tag("outcome", outcome)
                .publishPercentiles(0.5, 0.99).register(registry()).record(took);
    }

    /** An article page fetch ended: {@code outcome} is stored, unchanged, rejected, merged or error. */
    public static void fetch(String outcome) {
        registry().counter("claimwatch.fetches", "outcome", outcome).increment();
    }

    /** A poll or fetch failed; {@code kind} is the error class (timeout, too_large, blocked, parse, http_4xx...). */
    public static void error(String stage, String kind) {
        registry().counter("claimwatch.errors", "stage", stage, "kind", kind).increment();
    }

    /** Versions stored by this instance. */
    public static void versions(int n) {
        registry().counter("claimwatch.versions").increment(n);
    }

    /** A claim change of {@code kind} stored by this instance. */
    public static void claimChange(String kind) {
        registry().counter("claimwatch.claim.changes", "kind", kind).increment();
    }

    /**
     * An article re-check answered 304 Not Modified, saving {@code bytes} (the size of the last full page), by feed
     * and by host: {@code claimwatch_recheck_not_modified_total}, {@code claimwatch_recheck_bytes_saved_total}.
     */
    public static void recheckNotModified(long feedId, String host, long bytes) {
        String feed = Long.toString(feedId);
        registry().counter("claimwatch.recheck.not_modified", "feed", feed, "host", host).increment();
        registry().counter("claimwatch.recheck.bytes.saved", "feed", feed, "host", host).increment(bytes);
    }

    /** A live client was cut off: it did not read and its queue passed {@code live.maxQueuedBytes}. */
    public static void liveCutOff() {
        registry().counter("claimwatch.live.cutoff").increment();
    }
}
