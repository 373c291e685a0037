package org.kpisdk.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.kpisdk.core.aggregate.QueryResult;
import org.kpisdk.core.analysis.Forecast;
import org.kpisdk.core.analysis.Forecaster;
import org.kpisdk.core.analysis.KpiSeries;
import org.kpisdk.core.value.Dimensions;

/**
 * The value a goal's metric is expected to have at the deadline: the basis of a {@link StatusPolicy.Basis#FORECAST}
 * status. A seam for any forecaster (a trend model of the analysis package, a vendor's projection).
 *
 * <pre>{@code
 * ValueForecast runRate = ValueForecast.linearRunRate();
 * ValueForecast trend = ValueForecast.of(Forecaster.linearTrend(), monthlyEngagementRate);   // one goal's series
 * ValueForecast perGoal = ValueForecast.of(Forecaster.holt(0.5, 0.3), monthlyResult);        // every goal's
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe; the library's own are.
 */
@FunctionalInterface
public interface ValueForecast {
    /**
     * Returns the value expected at the goal's deadline, given the current value on {@code asOf}; empty when there is
     * no basis for a forecast.
     */
    Optional<BigDecimal> valueAtDeadline(Goal goal, BigDecimal current, LocalDate asOf);

    /**
     * Returns the run-rate forecast of cumulative goals (SalesScreen): the change so far extrapolated to the whole
     * period, {@code baseline + (current − baseline) / elapsedFraction}; empty without baseline and dates, or before
     * any time has elapsed.
     */
    static ValueForecast linearRunRate() {
        return (goal, current, asOf) -> {
            Objects.requireNonNull(current, "current");
            Optional<BigDecimal> baseline = goal.baseline();
            Optional<BigDecimal> elapsed = goal.elapsedFraction(asOf);
            if (baseline.isEmpty() || elapsed.isEmpty() || elapsed.get().signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(baseline.get().add(Num.div(current.subtract(baseline.get()), elapsed.get())));
        };
    }

    /** Returns a forecast that is always {@code value}. */
    static ValueForecast of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return (goal, current, asOf) -> Optional.of(value);
    }

    /**
     * The most periods a model forecast reaches ahead; a deadline further away gets no forecast (10,000 periods:
     * 27 years of days).
     */
    int MAX_HORIZON = 10_000;

    /**
     * Returns the forecast of an analysis model for a goal whose metric has the history {@code series}: the point
     * forecast ({@link Forecaster#forecast}, whose point value the interval's confidence does not move) of the
     * period of the series' grain that contains the goal's deadline. The current value and the day of the
     * assessment are not used: the series is the model's whole input.
     *
     * <p>Empty when the goal has no deadline, when the deadline's period is not after the series' last period (it
     * is observed, not forecast), when it lies more than {@link #MAX_HORIZON} periods ahead, for an empty series,
     * and when the forecaster refuses the series as too short (its {@link IllegalArgumentException}: fewer than 3
     * defined values for {@link Forecaster#linearTrend()}).
     *
     * <pre>{@code
     * KpiSeries monthly = KpiSeries.of(PeriodKey.parse("2026-01"), 0.020, 0.024, 0.028);   // +0.004 a month
     * ValueForecast f = ValueForecast.of(Forecaster.linearTrend(), monthly);
     * f.valueAtDeadline(goalDueInJune, current, asOf);   // Optional[0.040]: the line's value for 2026-06
     * }</pre>
     */
    static ValueForecast of(Forecaster forecaster, KpiSeries series) {
        Objects.requireNonNull(forecaster, "forecaster");
        Objects.requireNonNull(series, "series");
        return (goal, current, asOf) -> {
            Objects.requireNonNull(goal, "goal");
            if (goal.deadline().isEmpty() || series.isEmpty()) {
                return Optional.empty();
            }
            long last = series.period(series.size() - 1).index();
            long horizon = series.grain().indexOf(goal.deadline().get()) - last;
            if (horizon < 1 || horizon > MAX_HORIZON) {
                return Optional.empty();
            }
            Forecast forecast;
            try {
                forecast = forecaster.forecast(series, (int) horizon, 0.95);
            } catch (IllegalArgumentException tooShort) {
                // Horizon and confidence are valid, so the Forecaster contract leaves only a history too short.
                return Optional.empty();
            }
            return Optional.of(BigDecimal.valueOf(forecast.points().get((int) horizon - 1).value()));
        };
    }

    /**
     * Returns the forecast of an analysis model for every goal of a query grouped by a time grain: each goal is
     * forecast from the series of its metric in its scope ({@link History#of(QueryResult, String, Dimensions)}
     * states how a row's scope is read), as {@link #of(Forecaster, KpiSeries)}. Empty as there, and for a goal
     * without a metric or whose metric the query does not compute.
     *
     * @throws IllegalArgumentException when the query has no time grain
     */
    static ValueForecast of(Forecaster forecaster, QueryResult result) {
        Objects.requireNonNull(forecaster, "forecaster");
        Objects.requireNonNull(result, "result");
        Checks.argument(result.query().grain().isPresent(), "a forecast needs a query with a time grain, was %s",
                result.query());
        return (goal, current, asOf) -> {
            Optional<String> metric = goal.metricId();
            if (metric.isEmpty() || result.query().metrics().stream().noneMatch(m -> m.id().equals(metric.get()))) {
                return Optional.empty();
            }
            Dimensions scope = goal.scope();
            return of(forecaster, QueryResults.series(result, metric.get(), scope)).valueAtDeadline(goal, current,
                    asOf);
        };
    }
}
