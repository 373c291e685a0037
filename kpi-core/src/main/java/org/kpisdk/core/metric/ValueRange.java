package org.kpisdk.core.metric;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;

/**
 * The values a metric can validly take, such as {@code [0, 1]} for a share or {@code [-100, 100]} for NPS; either
 * bound may be open-ended.
 *
 * <pre>{@code
 * ValueRange share = ValueRange.between(BigDecimal.ZERO, BigDecimal.ONE);
 * share.contains(new BigDecimal("0.3"));   // true
 * ValueRange.atLeast(BigDecimal.ZERO);     // [0, ∞)
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based. Both bounds are inclusive.
 */
public final class ValueRange {
    private static final ValueRange UNBOUNDED = new ValueRange(null, null);

    @Nullable
    private final BigDecimal min;
    @Nullable
    private final BigDecimal max;

    private ValueRange(@Nullable BigDecimal min, @Nullable BigDecimal max) {
        this.min = min;
        this.max = max;
    }

    /** Returns the range of all values. */
    public static ValueRange unbounded() {
        return UNBOUNDED;
    }

    /** Returns {@code [min, ∞)}. */
    public static ValueRange atLeast(BigDecimal min) {
        return new ValueRange(Objects.requireNonNull(min, "min"), null);
    }

    /** Returns {@code [min, max]}; {@code min <= max}. */
    public static ValueRange between(BigDecimal min, BigDecimal max) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Checks.argument(min.compareTo(max) <= 0, "min must be <= max, was %s > %s", min, max);
        return new ValueRange(min, max);
    }

    /** Returns {@code [min, max]}; {@code min <= max}. */
    public static ValueRange between(long min, long max) {
        return between(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    /** Returns the lower bound, or empty when unbounded below. */
    public Optional<BigDecimal> min() {
        return Optional.ofNullable(min);
    }

    /** Returns the upper bound, or empty when unbounded above. */
    public Optional<BigDecimal> max() {
        return Optional.ofNullable(max);
    }

    /** Returns whether {@code value} lies within both bounds. */
    public boolean contains(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof ValueRange that)) {
            return false;
        }
        return compare(min, that.min) && compare(max, that.max);
    }

    private static boolean compare(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(min == null ? null : min.stripTrailingZeros(), max == null ? null : max.stripTrailingZeros());
    }

    /** Returns {@code [0, 1]}, {@code [0, ∞)} or {@code (-∞, ∞)}. */
    @Override
    public String toString() {
        return (min == null ? "(-∞" : "[" + min.toPlainString()) + ", " + (max == null ? "∞)" : max.toPlainString() + "]");
    }
}
