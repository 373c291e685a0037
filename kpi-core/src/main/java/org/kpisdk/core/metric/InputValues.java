package org.kpisdk.core.metric;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * The aggregated values of one group that a {@link MetricDefinition} is evaluated from, supplied by the
 * aggregation engine (or by a test, or by a team's own code).
 *
 * <pre>{@code
 * InputValues values = InputValues.builder()
 *         .put(Input.of(StandardMeasures.AD_CLICKS), 40)
 *         .put(Input.of(StandardMeasures.IMPRESSIONS), 4_000)
 *         .build();
 * StandardMetrics.CTR.evaluate(values);   // 0.01 (40/4000)
 * }</pre>
 *
 * <p>Values are exact: counts and seconds as integers, money in currency units (not micros), gauges averaged over a
 * period as decimals. A value is absent when no row of the group carried the input; the metric's
 * {@link NullPolicy} decides what that means.
 *
 * <p>Implementations must be immutable and thread-safe; the library's own are.
 */
public interface InputValues {
    /**
     * Returns the group's value of {@code input} (its {@link Input#stateKey() state}), or empty when no row carried
     * it. The input's own null policy is <em>not</em> applied here; see {@link #resolve}.
     */
    Optional<BigDecimal> get(Input input);

    /** Returns the currency of a money measure's values, or empty if the measure is not money or unknown. */
    Optional<Currency> currency(BaseMeasure measure);

    /** Returns {@link #get} with the input's null policy applied: a missing {@link NullPolicy#ZERO} input is 0. */
    default Optional<BigDecimal> resolve(Input input) {
        Optional<BigDecimal> value = get(input.stateKey());
        if (value.isEmpty() && input.nullPolicy() == NullPolicy.ZERO) {
            return Optional.of(BigDecimal.ZERO);
        }
        return value;
    }

    /**
     * Returns why {@code input} has no value in this group, for the reason of an undefined metric value; called only
     * when {@link #get} is empty. By default {@code no observation of 'leads'} (no row of the group carried it), or
     * {@code no row carries both 'engagements' and 'reach'} for the state of a mean of rates; the aggregation engine
     * says {@code table has no measure 'leads'} when the table does not declare the measure.
     */
    default String missingReason(Input input) {
        return Input.missingReason(input, null);
    }

    /** Returns a builder of fixed values, for tests and hand-made evaluations. */
    static InputValuesBuilder builder() {
        return new InputValuesBuilder();
    }
}
