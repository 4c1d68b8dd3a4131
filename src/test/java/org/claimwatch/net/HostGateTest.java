package org.claimwatch.net;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-host gate: concurrency limit, spacing of starts, hosts independent, deferral. */
class HostGateTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** Runs {@code n} requests of {@code holdMs} each through the gate; returns grant times and the peak concurrency. */
    private long[] run(HostGate gate, String host, int n, long holdMs, List<Long> grants) throws Exception {
        AtomicInteger active = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        List<Future<Void>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(gate.acquire(host).compose(release -> {
                grants.add(System.currentTimeMillis());
                peak.accumulateAndGet(active.incrementAndGet(), Math::max);
                return vertx.timer(holdMs).onComplete(x -> {
                    active.decrementAndGet();
                    release.run();
                }).mapEmpty();
            }));
        }
        Future.all(all).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        return new long[] {peak.get()};
    }

    @Test
    void startsAreSpacedByTheDelay() throws Exception {
        List<Long> grants = Collections.synchronizedList(new ArrayList<>());
        run(new HostGate(vertx, 4, 50), "a.example", 6, 1, grants);
        List<Long> sorted = grants.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i) - sorted.get(i - 1)).isGreaterThanOrEqualTo(49);
        }
    }

    @Test
    void atMostKRequestsAreInFlight() throws Exception {
        long[] peak = run(new HostGate(vertx, 2, 0), "b.example", 8, 30, Collections.synchronizedList(new ArrayList<>()));
        assertThat(peak[0]).isEqualTo(2);
    }

    @Test
    void otherHostsAreNotHeldBack() throws Exception {
        HostGate gate = new HostGate(vertx, 1, 10_000);
        List<Long> grants = Collections.synchronizedList(new ArrayList<>());
        run(gate, "c.example", 1, 1, grants);
        run(gate, "d.example", 1, 1, grants);
        assertThat(grants).hasSize(2);
    }

    @Test
    void deferredHostWaits() throws Exception {
        HostGate gate = new HostGate(vertx, 2, 0);
        gate.defer("e.example", 300);
        long before = System.currentTimeMillis();
        List<Long> grants = Collections.synchronizedList(new ArrayList<>());
        run(gate, "e.example", 1, 1, grants);
        assertThat(grants.get(0) - before).isGreaterThanOrEqualTo(290);
    }
}
