package org.kpisdk.core.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.kpisdk.core.internal.Checks;

/**
 * An exact ratio of two {@code long} sums that keeps its numerator and denominator, so that ratios merge by adding
 * both parts (ratio of sums) rather than by averaging rates.
 *
 * <pre>{@code
 * Ratio monday = Ratio.of(30, 1_000);    // 30 engagements over 1,000 impressions
 * Ratio tuesday = Ratio.of(10, 3_000);
 * Ratio week = monday.plus(tuesday);     // 40/4000: 1%, not the 1.67% mean of the two rates
 * week.value();                          // OptionalDouble[0.01]
 * Ratio.empty().value();                 // OptionalDouble.empty(): 0/0 is undefined, never NaN
 * }</pre>
 *
 * <p>The denominator is never negative; the numerator may be (a net change such as {@code gained - lost}). A ratio
 * with a zero denominator is <em>undefined</em>: {@link #isDefined()} is false and every value view is empty.
 *
 * <p>{@link #equals} compares the stored parts, so {@code 1/2} and {@code 2/4} are different values that
 * {@link #compareTo} orders as equal; use {@link #hasSameValueAs} to compare values exactly.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param numerator   the sum above the line
 * @param denominator the sum below the line, {@code >= 0}
 */
public record Ratio(long numerator, long denominator) implements Comparable<Ratio> {
    private static final Ratio EMPTY = new Ratio(0, 0);

    /** Validates the denominator. */
    public Ratio {
        if (denominator < 0) {
            throw new IllegalArgumentException(
                    Checks.format("denominator must be >= 0, was %d (numerator %d)", denominator, numerator));
        }
    }

    /** Returns the ratio {@code numerator / denominator}; the denominator must be {@code >= 0}. */
    public static Ratio of(long numerator, long denominator) {
        return numerator == 0 && denominator == 0 ? EMPTY : new Ratio(numerator, denominator);
    }

    /** Returns {@code 0/0}, the identity of {@link #plus}: an undefined ratio. */
    public static Ratio empty() {
        return EMPTY;
    }

    /**
     * Parses the form printed by {@link #toString()}, {@code "numerator/denominator"}, such as {@code "40/4000"}.
     *
     * @throws IllegalArgumentException naming the text and the position of the error
     */
    public static Ratio parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        int slash = s.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException(
                    Checks.format("Ratio text must be 'numerator/denominator', was '%s' (no '/')", s));
        }
        long numerator = parseLong(s, 0, slash, "numerator");
        long denominator = parseLong(s, slash + 1, s.length(), "denominator");
        return of(numerator, denominator);
    }

    private static long parseLong(String s, int from, int to, String field) {
        try {
            return Long.parseLong(s, from, to, 10);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Checks.format(
                    "Ratio text '%s' has an invalid %s '%s' at position %d", s, field, s.substring(from, to), from), e);
        }
    }

    /**
     * Merges two ratios by adding numerators and denominators: the ratio of the combined sums.
     *
     * @throws ArithmeticException if either sum overflows a {@code long}
     */
    public Ratio plus(Ratio other) {
        Objects.requireNonNull(other, "other");
        return of(Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
    }

    /** Returns whether the denominator is non-zero, i.e. whether the ratio has a value. */
    public boolean isDefined() {
        return denominator != 0;
    }

    /** Returns the value as a double, or empty when the denominator is zero. Never NaN, never infinite. */
    public OptionalDouble value() {
        return isDefined() ? OptionalDouble.of((double) numerator / denominator) : OptionalDouble.empty();
    }

    /** Returns the value times 100, or empty when the denominator is zero. */
    public OptionalDouble percent() {
        return isDefined() ? OptionalDouble.of(numerator * 100.0 / denominator) : OptionalDouble.empty();
    }

    /**
     * Returns the value as a {@link BigDecimal} rounded to {@code context}, or empty when the denominator is zero.
     * Use {@link MathContext#DECIMAL64} for a value as precise as a double but decimal.
     *
     * @throws ArithmeticException if {@code context} has unlimited precision and the decimal expansion does not
     *                             terminate (such as 1/3), or its rounding mode is {@code UNNECESSARY} and rounding
     *                             is needed
     */
    public Optional<BigDecimal> toBigDecimal(MathContext context) {
        Objects.requireNonNull(context, "context");
        if (!isDefined()) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), context));
    }

    /** Returns whether both ratios are defined and have exactly the same value ({@code 1/2} and {@code 2/4}). */
    public boolean hasSameValueAs(Ratio other) {
        Objects.requireNonNull(other, "other");
        return isDefined() && other.isDefined() && compareTo(other) == 0;
    }

    /**
     * Orders ratios by exact value, with undefined ratios first. Values are compared by 128-bit
     * cross-multiplication, so no floating-point error and no overflow can misorder them. Ratios of equal value
     * compare as 0 even when their parts differ.
     */
    @Override
    public int compareTo(Ratio other) {
        if (!isDefined() || !other.isDefined()) {
            return Boolean.compare(isDefined(), other.isDefined());
        }
        // a/b ? c/d with b, d > 0  <=>  a*d ? c*b, computed exactly in 128 bits.
        return compare128(numerator, other.denominator, other.numerator, denominator);
    }

    private static int compare128(long a, long b, long c, long d) {
        long highLeft = Math.multiplyHigh(a, b);
        long highRight = Math.multiplyHigh(c, d);
        if (highLeft != highRight) {
            return Long.compare(highLeft, highRight);
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    /** Returns {@code "numerator/denominator"}, the text that {@link #parse} reads back. */
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
