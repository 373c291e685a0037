package org.kpisdk.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.PeriodKey;

/**
 * Forecasts by the least-squares straight line through the defined values of a series, placed at their period
 * positions ({@code x = 0} for the first period, {@code x = k} for the period {@code k} grains later), with the
 * classical Student t prediction interval {@code ŷ ± t(n−2) · s · √(1 + 1/n + (x − x̄)²/Sxx)}.
 *
 * <pre>{@code
 * LinearFit fit = LinearTrendForecaster.fit(series);    // slope per period, standard errors, R²
 * Forecast f = Forecaster.linearTrend().forecast(series, 3, 0.95);
 * }</pre>
 *
 * <p>Undefined values are skipped: they neither pull the line nor count in {@code n}. At least 3 defined values
 * are needed, otherwise {@link IllegalArgumentException}. A constant series forecasts the constant with a
 * zero-width interval.
 *
 * <p>Immutable and thread-safe.
 */
public final class LinearTrendForecaster implements Forecaster {
    static final LinearTrendForecaster INSTANCE = new LinearTrendForecaster();

    private LinearTrendForecaster() {
    }

    /**
     * Fits the trend line of {@code series}: the slope is the change per period of its grain, the intercept the
     * line's value at the series' first period.
     *
     * @throws IllegalArgumentException if fewer than 3 values are defined
     */
    public static LinearFit fit(KpiSeries series) {
        Objects.requireNonNull(series, "series");
        int m = series.definedCount();
        Checks.argument(m >= 3, "a linear trend needs at least 3 defined values, had %d (of %d periods)", m,
                series.size());
        double[] x = new double[m];
        double[] y = new double[m];
        long origin = series.index(0);
        int j = 0;
        for (int i = 0; i < series.size(); i++) {
            if (series.isDefined(i)) {
                x[j] = series.index(i) - origin;
                y[j] = series.raw(i);
                j++;
            }
        }
        return LinearFit.of(x, y);
    }

    @Override
    public Forecast forecast(KpiSeries history, int horizon, double confidence) {
        Objects.requireNonNull(history, "history");
        checkHorizon(horizon);
        Normal.checkConfidence(confidence);
        LinearFit fit = fit(history);
        long origin = history.index(0);
        PeriodKey last = history.period(history.size() - 1);
        double lastX = history.index(history.size() - 1) - origin;
        List<ForecastPoint> points = new ArrayList<>(horizon);
        double t = fit.tMultiplier(confidence);
        for (int h = 1; h <= horizon; h++) {
            double x = lastX + h;
            Interval interval = fit.intervalAt(x, t);
            double value = Math.max(interval.lower(), Math.min(interval.upper(), fit.predict(x)));
            points.add(new ForecastPoint(last.plus(h), value, interval));
        }
        return new Forecast(name(), confidence, points);
    }

    static void checkHorizon(int horizon) {
        Checks.argument(horizon >= 1 && horizon <= MAX_HORIZON, "horizon must be in [1, %d], was %d", MAX_HORIZON,
                horizon);
    }

    /** Returns {@code linear_trend}. */
    @Override
    public String name() {
        return "linear_trend";
    }

    @Override
    public String toString() {
        return name();
    }
}
