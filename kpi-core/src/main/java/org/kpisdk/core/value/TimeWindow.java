package org.kpisdk.core.value;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;

/**
 * A time window measured from an anchor event, with the library's one inclusivity rule: an event at time {@code t}
 * is within the window of an anchor at time {@code a} when {@code a <= t <= a + length}, both bounds inclusive (the
 * rule of ClickHouse's {@code windowFunnel}: {@code timestamp of cond1 <= … <= timestamp of condN <= timestamp of
 * cond1 + window}). Funnel windows, per-step windows, conversion metric windows and look-back windows all follow it.
 *
 * <pre>{@code
 * TimeWindow w = TimeWindow.of(Duration.ofDays(90));
 * w.includes(Duration.ofDays(90).toMillis());       // true: exactly at the bound counts
 * w.includes(Duration.ofDays(90).toMillis() + 1);   // false: one millisecond past it does not
 * TimeWindow.of(Duration.ofNanos(500));             // IllegalArgumentException: not whole milliseconds
 * }</pre>
 *
 * <p>A length is whole milliseconds (the unit of event timestamps), from zero to {@link #MAX_LENGTH}
 * ({@code Long.MAX_VALUE} ms, about 292 million years); a {@link Duration} with a sub-millisecond part, a negative
 * one or a longer one is refused, never rounded or wrapped. Immutable, thread-safe and value-based.
 */
public final class TimeWindow {
    /** The longest window: {@code Long.MAX_VALUE} milliseconds. */
    public static final Duration MAX_LENGTH = Duration.ofMillis(Long.MAX_VALUE);

    private final long millis;

    private TimeWindow(long millis) {
        this.millis = millis;
    }

    /**
     * Returns the window of the given length; errors name the argument {@code window}.
     *
     * @throws IllegalArgumentException if the length is negative, not whole milliseconds or above
     *                                  {@link #MAX_LENGTH}
     */
    public static TimeWindow of(Duration length) {
        return of(length, "window");
    }

    /**
     * Returns the window of the given length, naming {@code argument} (such as {@code "step window of 'cart'"}) in
     * the message of a refusal.
     *
     * @throws IllegalArgumentException if the length is negative, not whole milliseconds or above
     *                                  {@link #MAX_LENGTH}
     */
    public static TimeWindow of(Duration length, String argument) {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(argument, "argument");
        Checks.argument(!length.isNegative(), "%s must be >= 0, was %s", argument, length);
        Checks.argument(length.truncatedTo(ChronoUnit.MILLIS).equals(length), "%s must be whole milliseconds, was %s",
                argument, length);
        Checks.argument(length.compareTo(MAX_LENGTH) <= 0,
                "%s must be <= %s (Long.MAX_VALUE = 9223372036854775807 ms), was %s", argument, MAX_LENGTH, length);
        return new TimeWindow(length.toMillis());
    }

    /**
     * Returns the window of {@code millis} milliseconds.
     *
     * @throws IllegalArgumentException if {@code millis} is negative
     */
    public static TimeWindow ofMillis(long millis) {
        return new TimeWindow(Checks.nonNegative(millis, "window millis"));
    }

    /** Returns the length in milliseconds. */
    public long millis() {
        return millis;
    }

    /** Returns the length. */
    public Duration length() {
        return Duration.ofMillis(millis);
    }

    /**
     * Returns whether an event {@code elapsedMillis} after the anchor is within the window:
     * {@code 0 <= elapsedMillis <= millis()}.
     */
    public boolean includes(long elapsedMillis) {
        return elapsedMillis >= 0 && elapsedMillis <= millis;
    }

    /**
     * Returns whether {@code event} is within the window of {@code anchor}:
     * {@code anchor <= event <= anchor + length}.
     */
    public boolean includes(Instant anchor, Instant event) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(event, "event");
        // Two Instants can be further apart than Long.MAX_VALUE ms: compare Durations, not long milliseconds.
        return !event.isBefore(anchor) && Duration.between(anchor, event).compareTo(length()) <= 0;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof TimeWindow w && w.millis == millis;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(millis);
    }

    /** Returns the length in ISO-8601 with the rule, such as {@code TimeWindow[PT2H, bound inclusive]}. */
    @Override
    public String toString() {
        return "TimeWindow[" + length() + ", bound inclusive]";
    }
}
