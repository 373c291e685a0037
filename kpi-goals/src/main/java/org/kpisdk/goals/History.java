package org.kpisdk.goals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.kpisdk.core.value.TimeGrain;

/**
 * A metric's past values, one per consecutive period of a grain, oldest first: what the "achievable" SMART check
 * compares a goal's required growth with.
 *
 * <pre>{@code
 * History monthly = History.of(TimeGrain.MONTH, 1000, 1020, 1035, 1060, 1070, 1100);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param grain  the length of each period
 * @param values one value per period, oldest first
 */
public record History(TimeGrain grain, List<BigDecimal> values) {
    /** Copies the values; none may be null. */
    public History {
        Objects.requireNonNull(grain, "grain");
        values = List.copyOf(values);
    }

    /** Returns a history from {@code double} values, each of which must be finite. */
    public static History of(TimeGrain grain, double... values) {
        BigDecimal[] list = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            Checks.argument(Double.isFinite(values[i]), "values[%d] must be finite, was %s", i, values[i]);
            list[i] = BigDecimal.valueOf(values[i]);
        }
        return new History(grain, List.of(list));
    }
}
