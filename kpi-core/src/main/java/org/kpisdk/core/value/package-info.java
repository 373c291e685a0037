/**
 * Immutable value types of KPI SDK: exact ratios that keep numerator and denominator ({@link
 * org.kpisdk.core.value.Ratio}), exact single-currency money ({@link org.kpisdk.core.value.Money}), non-negative
 * counts, the {@link org.kpisdk.core.value.Unit} and {@link org.kpisdk.core.value.Direction} of a metric, time
 * grains and their periods, and the sorted {@link org.kpisdk.core.value.Dimensions} that scope a value. Every type
 * here is immutable, thread-safe and value-based; undefined values are reported as empty optionals, never NaN, and
 * sums overflow with an {@link java.lang.ArithmeticException} instead of wrapping.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.core.value;

import javax.annotation.ParametersAreNonnullByDefault;
