package org.kpisdk.core.value;

import java.util.Objects;

import org.kpisdk.core.internal.Checks;

/**
 * A non-negative number of things (impressions, clicks, conversions) whose sums overflow with an error instead of
 * wrapping.
 *
 * <pre>{@code
 * Count clicks = Count.of(120).plus(Count.of(30));   // 150
 * Count.of(-3);                                      // IllegalArgumentException: count must be >= 0, was -3
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based. Merging is {@link #plus}, with {@link #zero()} as identity.
 *
 * @param value the count, {@code >= 0}
 */
public record Count(long value) implements Comparable<Count> {
    private static final Count ZERO = new Count(0);

    /** Validates the count. */
    public Count {
        Checks.nonNegative(value, "count");
    }

    /** Returns the count {@code value}, which must be {@code >= 0}. */
    public static Count of(long value) {
        return value == 0 ? ZERO : new Count(value);
    }

    /** Returns the count zero, the identity of {@link #plus}. */
    public static Count zero() {
        return ZERO;
    }

    /**
     * Parses the decimal text printed by {@link #toString()}.
     *
     * @throws IllegalArgumentException naming the text if it is not a non-negative integer
     */
    public static Count parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        try {
            return of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Checks.format("count must be a decimal integer, was '%s'", s), e);
        }
    }

    /**
     * Returns the sum of both counts.
     *
     * @throws ArithmeticException if the sum overflows a {@code long}
     */
    public Count plus(Count other) {
        Objects.requireNonNull(other, "other");
        return of(Math.addExact(value, other.value));
    }

    /** Returns the ratio {@code this / denominator}, undefined when the denominator is zero. */
    public Ratio per(Count denominator) {
        Objects.requireNonNull(denominator, "denominator");
        return Ratio.of(value, denominator.value);
    }

    @Override
    public int compareTo(Count other) {
        return Long.compare(value, other.value);
    }

    /** Returns the decimal value, which {@link #parse} reads back. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
