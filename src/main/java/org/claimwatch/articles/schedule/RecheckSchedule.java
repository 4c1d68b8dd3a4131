package org.claimwatch.articles.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When to re-fetch an article: often while it is young, less often as it ages, never after the last step.
 * Age counts from the article's last change (or first sighting), so a change resets it to the frequent steps.
 * Check times sit on a grid of the step's interval from that start, so a late poll does not drift the schedule.
 * Immutable and thread-safe.
 */
public final class RecheckSchedule {

    /** Every 15 min for 3 h, hourly to 24 h, every 4 h to 3 days, daily to 30 days, then stop. */
    public static final List<RecheckStep> DEFAULT_STEPS = List.of(
            RecheckStep.of(Duration.ofHours(3), Duration.ofMinutes(15)),
            RecheckStep.of(Duration.ofHours(24), Duration.ofHours(1)),
            RecheckStep.of(Duration.ofDays(3), Duration.ofHours(4)),
            RecheckStep.of(Duration.ofDays(30), Duration.ofDays(1)));

    private final List<RecheckStep> steps;
    private final Clock clock;

    private RecheckSchedule(List<RecheckStep> steps, Clock clock) {
        this.steps = List.copyOf(steps);
        this.clock = Objects.requireNonNull(clock, "clock");
        if (this.steps.isEmpty()) {
            throw new IllegalArgumentException("a re-check schedule needs at least one step");
        }
        for (int i = 1; i < this.steps.size(); i++) {
            if (this.steps.get(i).until().compareTo(this.steps.get(i - 1).until()) <= 0) {
                throw new IllegalArgumentException("re-check steps must end at increasing ages: "
                        + this.steps.get(i - 1).until() + " then " + this.steps.get(i).until());
            }
        }
    }

    /** The default steps on {@code clock}. */
    public static RecheckSchedule defaults(Clock clock) {
        return new RecheckSchedule(DEFAULT_STEPS, clock);
    }

    /** Custom steps (ending at strictly increasing ages) on {@code clock}. */
    public static RecheckSchedule of(List<RecheckStep> steps, Clock clock) {
        return new RecheckSchedule(steps, clock);
    }

    public List<RecheckStep> steps() {
        return steps;
    }

    /**
     * The next check after the clock's now for an article first seen at {@code firstSeen} and last changed at
     * {@code lastChange} (may be null: never changed); empty once it is older than the last step.
     */
    public Optional<Instant> nextCheck(Instant firstSeen, Instant lastChange) {
        return nextCheck(firstSeen, lastChange, clock.instant());
    }

    /** As {@link #nextCheck(Instant, Instant)} at an explicit {@code now}. */
    public Optional<Instant> nextCheck(Instant firstSeen, Instant lastChange, Instant now) {
        Objects.requireNonNull(firstSeen, "firstSeen");
        Instant start = lastChange != null && lastChange.isAfter(firstSeen) ? lastChange : firstSeen;
        Duration age = now.isBefore(start) ? Duration.ZERO : Duration.between(start, now);
        Duration end = steps.get(steps.size() - 1).until();
        if (age.compareTo(end) >= 0) {
            return Optional.empty();
        }
        Duration every = interval(age);
        long periods = age.toMillis() / every.toMillis() + 1;
        Duration offset = every.multipliedBy(periods);
        return Optional.of(start.plus(offset.compareTo(end) > 0 ? end : offset));
    }

    /** The interval that applies at {@code age}; the last step's interval beyond the end. */
    public Duration interval(Duration age) {
        for (RecheckStep step : steps) {
            if (age.compareTo(step.until()) < 0) {
                return step.every();
            }
        }
        return steps.get(steps.size() - 1).every();
    }
}
