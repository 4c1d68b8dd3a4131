package org.claimwatch.db;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A nudge is never lost: not while the pump is full, and not while a lease round fails. */
class LeasePumpTest {

    private final List<Promise<List<String>>> rounds = new ArrayList<>();
    private final List<Promise<Void>> jobs = new ArrayList<>();

    private LeasePump<String> pump(int capacity) {
        return new LeasePump<>("test", capacity, room -> {
            Promise<List<String>> round = Promise.promise();
            rounds.add(round);
            return round.future();
        }, job -> {
            Promise<Void> done = Promise.promise();
            jobs.add(done);
            return done.future();
        });
    }

    @Test
    void aNudgeWhileFullLeasesAgainWhenAJobFinishes() {
        LeasePump<String> pump = pump(1);
        pump.pump();
        rounds.get(0).complete(List.of("a"));
        assertThat(jobs).hasSize(1);
        pump.pump(); // new work came due while the only slot is busy
        assertThat(rounds).hasSize(1);
        jobs.get(0).complete();
        assertThat(rounds).as("the finished job looks for the nudged work").hasSize(2);
    }

    @Test
    void aNudgeDuringAFailedRoundLeasesAgainAtOnce() {
        LeasePump<String> pump = pump(4);
        pump.pump();
        pump.pump(); // nudged while the first round is out
        rounds.get(0).fail(new IllegalStateException("connection reset"));
        assertThat(rounds).as("the nudge is not left for the next tick").hasSize(2);
        rounds.get(1).complete(List.of());
        assertThat(rounds).hasSize(2);
    }

    @Test
    void aFailedRoundWithoutANudgeWaitsForTheNextTick() {
        LeasePump<String> pump = pump(4);
        pump.pump();
        rounds.get(0).fail(new IllegalStateException("down"));
        assertThat(rounds).hasSize(1);
        assertThat((Future<?>) rounds.get(0).future()).matches(Future::failed);
    }
}
