package org.claimwatch.articles;

import org.claimwatch.articles.schedule.RecheckSchedule;
import org.claimwatch.articles.schedule.RecheckStep;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Seconds until an article's next check: from the decaying {@link RecheckSchedule}, or a fixed interval when one
 * is configured; -1 means "no more checks". Pure and thread-safe.
 */
public final class RecheckPlan {

    /** No further check. */
    public static final int STOP = -1;

    private final RecheckSchedule schedule;
    private final int fixedSeconds;
    private final Clock clock;

    private RecheckPlan(RecheckSchedule schedule, int fixedSeconds, Clock clock) {
        this.schedule = schedule;
        this.fixedSeconds = fixedSeconds;
        this.clock = clock;
    }

    /**
     * A plan from config values: {@code fixedSeconds} > 0 overrides the steps; {@code steps} are
     * [untilSeconds, everySeconds] pairs (the default schedule when empty).
     */
    public static RecheckPlan of(int fixedSeconds, List<long[]> steps, Clock clock) {
        List<RecheckStep> parsed = new ArrayList<>();
        for (long[] s : steps) {
            parsed.add(RecheckStep.of(Duration.ofSeconds(s[0]), Duration.ofSeconds(s[1])));
        }
        RecheckSchedule schedule = parsed.isEmpty() ? RecheckSchedule.defaults(clock) : RecheckSchedule.of(parsed, clock);
        return new RecheckPlan(schedule, fixedSeconds, clock);
    }

    /** Seconds from now to the next check of an article that was not changed by this check. */
    public int afterUnchanged(Instant firstSeen, Instant lastChange) {
        if (fixedSeconds > 0) {
            return fixedSeconds;
        }
        return secondsTo(schedule.nextCheck(firstSeen == null ? clock.instant() : firstSeen, lastChange));
    }

    /** Seconds from now to the next check of an article that changed just now: back to the frequent steps. */
    public int afterChange() {
        if (fixedSeconds > 0) {
            return fixedSeconds;
        }
        Instant now = clock.instant();
        return secondsTo(schedule.nextCheck(now, now));
    }

    private int secondsTo(Optional<Instant> next) {
        if (next.isEmpty()) {
            return STOP;
        }
        long seconds = Duration.between(clock.instant(), next.get()).toSeconds();
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, seconds));
    }
}
