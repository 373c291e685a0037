package org.kpisdk.core.analysis;

import java.util.Objects;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.PeriodKey;

/**
 * One forecast period: the point forecast and its prediction interval.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param period   the forecast period
 * @param value    the point forecast, finite
 * @param interval the prediction interval, which contains {@code value}
 */
public record ForecastPoint(PeriodKey period, double value, Interval interval) {
    /** Validates the point. */
    public ForecastPoint {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(interval, "interval");
        Checks.argument(Double.isFinite(value) && interval.contains(value),
                "forecast value must be finite and inside its interval, was %s outside %s", value, interval);
    }
}
