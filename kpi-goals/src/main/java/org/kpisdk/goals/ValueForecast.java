package org.kpisdk.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The value a goal's metric is expected to have at the deadline: the basis of a {@link StatusPolicy.Basis#FORECAST}
 * status. A seam for any forecaster (a trend model of the analysis package, a vendor's projection).
 *
 * <pre>{@code
 * ValueForecast runRate = ValueForecast.linearRunRate();
 * ValueForecast model = (goal, current, asOf) -> Optional.of(forecaster.valueAt(series, goal.deadline().get()));
 * }</pre>
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
}
