package org.kpisdk.core.analysis;

import java.util.Objects;

import org.kpisdk.core.internal.Checks;

/**
 * Moving averages of a {@link KpiSeries}: simple (the mean of a trailing window of periods) and exponentially
 * weighted. The result has the same periods as the input.
 *
 * <pre>{@code
 * KpiSeries smooth = MovingAverages.simple(daily, 7, UndefinedValues.SKIP);        // 7-day average
 * KpiSeries ewma = MovingAverages.exponential(daily, 0.3, UndefinedValues.SKIP);
 * }</pre>
 *
 * <p>Windows are counted in periods of the grain, not in entries, so a period missing from the series counts like
 * an undefined one. The first {@code window − 1} periods of a simple average have an incomplete window and are
 * undefined; how undefined values inside a window are treated is chosen by {@link UndefinedValues}.
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class MovingAverages {
    private MovingAverages() {
    }

    /**
     * Returns the simple moving average over the trailing {@code window} periods (the period itself and the
     * {@code window − 1} before it).
     *
     * @throws IllegalArgumentException if {@code window < 1}
     */
    public static KpiSeries simple(KpiSeries series, int window, UndefinedValues undefined) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(undefined, "undefined");
        Checks.argument(window >= 1, "window must be >= 1, was %d", window);
        int n = series.size();
        double[] out = new double[n];
        int start = 0;
        for (int i = 0; i < n; i++) {
            long from = series.index(i) - window + 1;
            if (from < series.index(0)) {
                out[i] = Double.NaN;
                continue;
            }
            while (series.index(start) < from) {
                start++;
            }
            out[i] = mean(series, start, i, window, undefined);
        }
        return series.withRawValues(out);
    }

    /** Mean of the defined values at positions start..end (inclusive); NaN (undefined) per the policy. */
    private static double mean(KpiSeries s, int start, int end, int window, UndefinedValues undefined) {
        int count = 0;
        double origin = Double.NaN;
        double sum = 0;
        for (int j = start; j <= end; j++) {
            double v = s.raw(j);
            if (Double.isNaN(v)) {
                continue;
            }
            if (count == 0) {
                origin = v;
            }
            // Summing deviations from the first value keeps a constant window exactly constant.
            sum += v - origin;
            count++;
        }
        if (count == 0 || (undefined == UndefinedValues.PROPAGATE && count < window)) {
            return Double.NaN;
        }
        double mean = origin + sum / count;
        if (!Double.isFinite(mean)) {
            throw new ArithmeticException("moving average overflowed the double range; rescale the series");
        }
        return mean;
    }

    /**
     * Returns the exponentially weighted moving average {@code s = s + alpha · (y − s)}, started at the first
     * defined value; periods before it are undefined.
     *
     * @throws IllegalArgumentException unless {@code 0 < alpha <= 1}
     */
    public static KpiSeries exponential(KpiSeries series, double alpha, UndefinedValues undefined) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(undefined, "undefined");
        Checks.argument(alpha > 0 && alpha <= 1, "alpha must be in (0, 1], was %s", alpha);
        int n = series.size();
        double[] out = new double[n];
        double state = Double.NaN;
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            double v = series.raw(i);
            boolean gap = i > 0 && series.index(i) - previous > 1;
            previous = series.index(i);
            if (undefined == UndefinedValues.PROPAGATE && (gap || Double.isNaN(v))) {
                state = Double.NaN;
            }
            if (!Double.isNaN(v)) {
                state = Double.isNaN(state) ? v : state + alpha * (v - state);
                if (!Double.isFinite(state)) {
                    throw new ArithmeticException("moving average overflowed the double range; rescale the series");
                }
            }
            out[i] = Double.isNaN(v) && undefined == UndefinedValues.PROPAGATE ? Double.NaN : state;
        }
        return series.withRawValues(out);
    }
}
