package org.kpisdk.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.PeriodKey;

/**
 * Holt's linear exponential smoothing: a level and a trend updated period by period, forecasting
 * {@code ŷ(T+h) = level + h · trend}.
 *
 * <pre>{@code
 * Forecaster holt = Forecaster.holt(0.5, 0.3);
 * Forecast f = holt.forecast(series, 6, 0.8);
 * HoltForecaster tuned = HoltForecaster.fitted(series);   // parameters by least one-step squared error
 * }</pre>
 *
 * <p>In error-correction form, with one-step error {@code e = y − (level + trend)}:
 * {@code level' = level + trend + α·e}, {@code trend' = trend + α·β·e} (Hyndman and Athanasopoulos, "Forecasting:
 * Principles and Practice", §8.2, with {@code β} the trend smoothing of the component form). Initialisation: the
 * level is the first defined value and the trend the slope to the second defined value. An undefined or missing
 * period advances the state without correction ({@code level' = level + trend}), the usual treatment of a missing
 * observation in a state-space model. At least 3 defined values are needed, otherwise
 * {@link IllegalArgumentException}.
 *
 * <p>Prediction intervals are {@code ŷ ± z · σ_h} with the normal quantile {@code z} and, for the additive-error
 * ETS(A,A,N) model, {@code σ_h² = σ²[1 + (h−1)(α² + α·b·h + b²·h(2h−1)/6)]} where {@code b = α·β}; {@code σ²} is
 * the mean squared one-step error over the defined values after the first two. A constant series has zero errors
 * and forecasts the constant with a zero-width interval.
 *
 * <p>Immutable and thread-safe.
 */
public final class HoltForecaster implements Forecaster {
    /** Steps per unit of the parameter grid searched by {@link #fitted}. */
    private static final int GRID = 20;

    private final double alpha;
    private final double beta;

    /**
     * Creates the method with level smoothing {@code alpha} in {@code (0, 1]} and trend smoothing {@code beta} in
     * {@code [0, 1]}.
     *
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public HoltForecaster(double alpha, double beta) {
        Checks.argument(alpha > 0 && alpha <= 1, "alpha must be in (0, 1], was %s", alpha);
        Checks.argument(beta >= 0 && beta <= 1, "beta must be in [0, 1], was %s", beta);
        this.alpha = alpha;
        this.beta = beta;
    }

    /** Returns the level smoothing parameter. */
    public double alpha() {
        return alpha;
    }

    /** Returns the trend smoothing parameter (component form). */
    public double beta() {
        return beta;
    }

    @Override
    public Forecast forecast(KpiSeries history, int horizon, double confidence) {
        Objects.requireNonNull(history, "history");
        LinearTrendForecaster.checkHorizon(horizon);
        Normal.checkConfidence(confidence);
        checkHistory(history);
        double[] state = smooth(history, alpha, beta);
        double level = state[0];
        double trend = state[1];
        double sumSquares = state[2];
        double errors = state[3];
        double sigma2 = errors == 0 ? 0.0 : sumSquares / errors;
        double z = Normal.twoSidedCritical(confidence);
        double b = alpha * beta;
        PeriodKey last = history.period(history.size() - 1);
        List<ForecastPoint> points = new ArrayList<>(horizon);
        for (int h = 1; h <= horizon; h++) {
            double value = level + h * trend;
            double variance = sigma2 * (1.0 + (h - 1) * (alpha * alpha + alpha * b * h + b * b * h * (2.0 * h - 1) / 6.0));
            double half = z * Math.sqrt(variance);
            if (!Double.isFinite(value + half)) {
                throw new ArithmeticException("Holt's forecast overflowed the double range at h = " + h);
            }
            points.add(new ForecastPoint(last.plus(h), value, new Interval(value - half, value + half)));
        }
        return new Forecast(name(), confidence, points);
    }

    /**
     * Returns Holt's method with the parameters that minimise the sum of squared one-step errors over
     * {@code history}, searched on the grid {@code alpha ∈ {0.05, 0.10, …, 1}}, {@code beta ∈ {0, 0.05, …, 1}};
     * ties go to the smallest {@code alpha}, then the smallest {@code beta} (the smoothest fit).
     *
     * @throws IllegalArgumentException if fewer than 3 values are defined
     */
    public static HoltForecaster fitted(KpiSeries history) {
        Objects.requireNonNull(history, "history");
        checkHistory(history);
        int bestA = 1;
        int bestB = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int a = 1; a <= GRID; a++) {
            for (int b = 0; b <= GRID; b++) {
                double sse = smooth(history, (double) a / GRID, (double) b / GRID)[2];
                if (sse < best) {
                    best = sse;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        return new HoltForecaster((double) bestA / GRID, (double) bestB / GRID);
    }

    private static void checkHistory(KpiSeries history) {
        int m = history.definedCount();
        Checks.argument(m >= 3, "Holt's method needs at least 3 defined values, had %d (of %d periods)", m,
                history.size());
    }

    /** Runs the recursions; returns {level, trend, sum of squared one-step errors, number of errors}. */
    private static double[] smooth(KpiSeries history, double alpha, double beta) {
        int first = nextDefined(history, 0);
        int second = nextDefined(history, first + 1);
        double level = history.raw(second);
        double trend = (history.raw(second) - history.raw(first)) / (history.index(second) - history.index(first));
        long position = history.index(second);
        double sumSquares = 0;
        int errors = 0;
        for (int i = second + 1; i < history.size(); i++) {
            // Missing periods between entries advance the state without correction.
            level += (history.index(i) - position - 1) * trend;
            position = history.index(i);
            double forecast = level + trend;
            if (!history.isDefined(i)) {
                level = forecast;
                continue;
            }
            double e = history.raw(i) - forecast;
            level = forecast + alpha * e;
            trend += alpha * beta * e;
            sumSquares += e * e;
            errors++;
        }
        if (!Double.isFinite(level + trend + sumSquares)) {
            throw new ArithmeticException("Holt's method overflowed the double range; rescale the series");
        }
        return new double[] {level, trend, sumSquares, errors};
    }

    private static int nextDefined(KpiSeries s, int from) {
        int i = from;
        while (!s.isDefined(i)) {
            i++;
        }
        return i;
    }

    /** Returns {@code holt(alpha=…, beta=…)}. */
    @Override
    public String name() {
        return Checks.format("holt(alpha=%s, beta=%s)", alpha, beta);
    }

    @Override
    public String toString() {
        return name();
    }
}
