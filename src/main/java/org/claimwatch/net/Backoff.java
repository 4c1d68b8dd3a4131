package org.claimwatch.net;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter for failing feeds, and parsing of HTTP {@code Retry-After}.
 * Attempt n waits between half and all of {@code min(cap, base * 2^(n-1))} ("equal jitter"). Immutable.
 */
public record Backoff(Duration base, Duration cap) {

    private static final List<DateTimeFormatter> HTTP_DATES = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss zzz", Locale.US),
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.US).withZone(java.time.ZoneOffset.UTC));

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap, got base " + base + ", cap " + cap);
        }
    }

    /** One minute doubling up to six hours. */
    public static Backoff defaults() {
        return new Backoff(Duration.ofMinutes(1), Duration.ofHours(6));
    }

    /** The un-jittered delay after {@code attempt} consecutive failures (1 = first failure). */
    public Duration ceiling(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt counts from 1, got " + attempt);
        }
        long capMillis = cap.toMillis();
        long millis = base.toMillis();
        for (int i = 1; i < attempt && millis < capMillis; i++) {
            millis = millis > capMillis / 2 ? capMillis : millis * 2;
        }
        millis = Math.min(millis, capMillis);
        return Duration.ofMillis(millis);
    }

    /** The jittered delay for {@code attempt}, using {@code random} in [0, 1) (for tests). */
    public Duration delay(int attempt, double random) {
        if (random < 0 || random >= 1) {
            throw new IllegalArgumentException("random must be in [0, 1), got " + random);
        }
        long ceiling = ceiling(attempt).toMillis();
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) ((ceiling - half) * random));
    }

    /** The jittered delay for {@code attempt}. */
    public Duration delay(int attempt) {
        return delay(attempt, ThreadLocalRandom.current().nextDouble());
    }

    /**
     * The wait a {@code Retry-After} header asks for: delta-seconds or an HTTP date relative to {@code now};
     * zero for a date in the past; empty when the header is missing or unreadable. The caller clamps huge values.
     */
    public static Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip().replaceAll("\\s+", " ");
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            } catch (NumberFormatException | ArithmeticException tooLarge) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter format : HTTP_DATES) {
            try {
                Instant at = ZonedDateTime.parse(value, format).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
