package org.kpisdk.core.internal;

import java.util.Locale;

/**
 * Argument checks that name the field, the value and the rule, formatting their message only on failure.
 *
 * <p>Not API: this package may change in any release.
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class Checks {
    private Checks() {
    }

    /** Returns {@code value} if it is {@code >= 0}; otherwise throws naming {@code field}. */
    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(format("%s must be >= 0, was %d", field, value));
        }
        return value;
    }

    /** Returns {@code value} if it is {@code > 0}; otherwise throws naming {@code field}. */
    public static long positive(long value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(format("%s must be > 0, was %d", field, value));
        }
        return value;
    }

    /** Returns {@code value} if it is finite; otherwise throws naming {@code field}. */
    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(format("%s must be finite, was %s", field, value));
        }
        return value;
    }

    /**
     * Returns {@code value} if it is a quantile: a fraction in {@code [0, 1]} ({@code 0.9} for the 90th
     * percentile), the library's one rule for percentile and quantile arguments; otherwise throws naming
     * {@code field}, so that {@code 90} is refused rather than read as {@code 9000 %}.
     */
    public static double quantile(double value, String field) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(format("%s must be a quantile in [0, 1] (0.9 for the 90th percentile), "
                    + "was %s", field, value));
        }
        return value;
    }

    /** Throws {@link IllegalArgumentException} with a message built by {@link String#format} in {@link Locale#ROOT}. */
    public static void argument(boolean condition, String template, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(format(template, args));
        }
    }

    /** Throws {@link IllegalStateException} with a message built by {@link String#format} in {@link Locale#ROOT}. */
    public static void state(boolean condition, String template, Object... args) {
        if (!condition) {
            throw new IllegalStateException(format(template, args));
        }
    }

    /** Formats in {@link Locale#ROOT}, so messages never depend on the default locale. */
    public static String format(String template, Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
