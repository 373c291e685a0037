package org.kpisdk.core.analysis;

/**
 * A method that predicts the next periods of a {@link KpiSeries} with a prediction interval: the extension point
 * where a team plugs its own model.
 *
 * <pre>{@code
 * Forecaster trend = Forecaster.linearTrend();
 * Forecaster holt = Forecaster.holt(0.5, 0.3);
 * Forecast next = trend.forecast(monthlyReach, 3, 0.95);   // the next 3 months, 95% prediction intervals
 * next.points().get(0).interval();
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe, skip undefined values of the history (documenting how), and
 * throw {@link IllegalArgumentException} naming the rule when the history is too short for them.
 */
public interface Forecaster {
    /** The most periods the built-in forecasters predict in one call: bounds the memory of the forecast. */
    int MAX_HORIZON = 10_000;

    /**
     * Forecasts the {@code horizon} periods that follow the last period of {@code history}.
     *
     * @param history    the observed series, possibly with undefined values
     * @param horizon    how many periods to forecast, in {@code [1, MAX_HORIZON]}
     * @param confidence the coverage of each prediction interval, in {@code (0, 1)}
     * @throws IllegalArgumentException if the horizon or confidence is out of range or the history too short
     */
    Forecast forecast(KpiSeries history, int horizon, double confidence);

    /** Returns a short name of the method and its parameters, such as {@code holt(alpha=0.5, beta=0.3)}. */
    String name();

    /** Returns the least-squares straight-line trend over the period positions (see {@link LinearTrendForecaster}). */
    static Forecaster linearTrend() {
        return LinearTrendForecaster.INSTANCE;
    }

    /**
     * Returns Holt's linear exponential smoothing with level smoothing {@code alpha} and trend smoothing
     * {@code beta} (see {@link HoltForecaster}).
     */
    static Forecaster holt(double alpha, double beta) {
        return new HoltForecaster(alpha, beta);
    }
}
