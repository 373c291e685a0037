package org.kpisdk.core.analysis;

import java.util.Objects;

/**
 * Period-over-period change of a {@link KpiSeries}: the difference from, or the relative change since, the
 * immediately preceding period. The result has the same periods as the input.
 *
 * <pre>{@code
 * KpiSeries followers = KpiSeries.of(PeriodKey.parse("2026-01"), 1_000, 1_100, 990);
 * PeriodOverPeriod.difference(followers);       // undefined, 100, −110
 * PeriodOverPeriod.relativeChange(followers);   // undefined, 0.10, −0.10
 * }</pre>
 *
 * <p>A change is undefined for the first period, when either value is undefined, when the preceding period is
 * missing from the series (a change over two periods is not a period-over-period change), and — for the relative
 * change — when the preceding value is 0. The relative change divides by the absolute preceding value, so that a
 * move from −50 to −25 reads as +50% (an improvement of a net figure), never as a sign flip.
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class PeriodOverPeriod {
    private PeriodOverPeriod() {
    }

    /**
     * Returns {@code y(t) − y(t−1)} per period.
     *
     * @throws ArithmeticException if a difference overflows the double range
     */
    public static KpiSeries difference(KpiSeries series) {
        return changes(series, false);
    }

    /**
     * Returns {@code (y(t) − y(t−1)) / |y(t−1)|} per period, undefined where {@code y(t−1) = 0}.
     *
     * @throws ArithmeticException if a change overflows the double range
     */
    public static KpiSeries relativeChange(KpiSeries series) {
        return changes(series, true);
    }

    private static KpiSeries changes(KpiSeries series, boolean relative) {
        Objects.requireNonNull(series, "series");
        double[] out = new double[series.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.NaN;
            if (i == 0 || series.index(i) - series.index(i - 1) != 1) {
                continue;
            }
            double previous = series.raw(i - 1);
            double current = series.raw(i);
            if (Double.isNaN(previous) || Double.isNaN(current) || (relative && previous == 0)) {
                continue;
            }
            double change = relative ? (current - previous) / Math.abs(previous) : current - previous;
            if (!Double.isFinite(change)) {
                throw new ArithmeticException("change from " + previous + " to " + current
                        + " overflows the double range");
            }
            out[i] = change;
        }
        return series.withRawValues(out);
    }
}
