package org.kpisdk.core.analysis;

import java.util.List;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;

/**
 * The result of a {@link Forecaster}: the forecast periods in order, each with a prediction interval at one
 * confidence level.
 *
 * <pre>{@code
 * Forecast f = Forecaster.linearTrend().forecast(series, 2, 0.9);
 * f.points().get(1).value();          // the value forecast two periods after the last one
 * f.method();                         // "linear_trend"
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param method     the {@link Forecaster#name()} of the method that produced it
 * @param confidence the coverage of each interval, in {@code (0, 1)}
 * @param points     the forecast periods, consecutive, at least one
 */
public record Forecast(String method, double confidence, List<ForecastPoint> points) {
    /** Validates and copies the points. */
    public Forecast {
        Objects.requireNonNull(method, "method");
        Normal.checkConfidence(confidence);
        points = List.copyOf(points);
        Checks.argument(!points.isEmpty(), "a forecast needs at least one point, had 0");
    }

    /** Returns the point forecasts as an array, in period order. */
    public double[] values() {
        double[] v = new double[points.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = points.get(i).value();
        }
        return v;
    }
}
