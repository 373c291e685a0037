package org.kpisdk.core.analysis;

import org.kpisdk.core.internal.Checks;

/**
 * A closed interval {@code [lower, upper]} of finite numbers: a confidence or prediction interval.
 *
 * <pre>{@code
 * Interval ci = Rates.wilson(81, 263, 0.95);    // [0.2553…, 0.3662…]
 * ci.contains(81 / 263.0);                       // true
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param lower the lower end, finite
 * @param upper the upper end, finite and {@code >= lower}
 */
public record Interval(double lower, double upper) {
    /** Validates that both ends are finite and ordered. */
    public Interval {
        Checks.argument(Double.isFinite(lower) && Double.isFinite(upper) && lower <= upper,
                "interval ends must be finite with lower <= upper, was [%s, %s]", lower, upper);
    }

    /** Returns whether {@code value} lies in the interval, ends included. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** Returns {@code upper − lower}. */
    public double width() {
        return upper - lower;
    }
}
