package org.claimwatch.db;

import io.vertx.core.Future;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.logging.Logger;

/**
 * Keeps up to {@code capacity} leased jobs in flight: leases as many due jobs as there is room for, and leases
 * again as jobs finish while more are due, so one slow job never holds up the others. Confined to the event loop
 * of the verticle that owns it (not thread-safe).
 */
public final class LeasePump<T> {

    private static final Logger LOG = Logger.getLogger(LeasePump.class.getName());

    private final String name;
    private final int capacity;
    private final IntFunction<Future<List<T>>> lease;
    private final Function<T, Future<?>> work;
    private int inFlight;
    private boolean leasing;
    private boolean moreDue;
    private boolean again;

    /** {@code lease} leases up to n due jobs; {@code work} does one and completes when it is done. */
    public LeasePump(String name, int capacity, IntFunction<Future<List<T>>> lease, Function<T, Future<?>> work) {
        this.name = name;
        this.capacity = capacity;
        this.lease = lease;
        this.work = work;
    }

    /** Looks for due jobs now (a tick, or a nudge that work has come due). */
    public void pump() {
        if (leasing) {
            again = true;
            return;
        }
        int room = capacity - inFlight;
        if (room <= 0) {
            // full: the nudge is kept, and the next job to finish looks again
            moreDue = true;
            return;
        }
        leasing = true;
        again = false;
        lease.apply(room).onComplete(ar -> {
            leasing = false;
            if (ar.failed()) {
                LOG.warning(name + " round failed: " + ar.cause().getMessage());
                if (again) {
                    // a nudge that came during the failed round is not left for the next tick
                    pump();
                }
                return;
            }
            List<T> due = ar.result();
            moreDue = due.size() == room;
            inFlight += due.size();
            for (T job : due) {
                work.apply(job).onComplete(done -> {
                    inFlight--;
                    if (moreDue) {
                        pump();
                    }
                });
            }
            if (again) {
                pump();
            }
        });
    }
}
