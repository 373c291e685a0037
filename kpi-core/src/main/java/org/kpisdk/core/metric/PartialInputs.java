package org.kpisdk.core.metric;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;

/**
 * The mergeable partial aggregate of one group's metric inputs: per input, the sum of its values over the rows
 * seen so far. Merging adds the sums, so a metric evaluated from merged partials equals the metric evaluated from
 * all rows at once (ratio of sums).
 *
 * <pre>{@code
 * PartialInputs monday = PartialInputs.of(StandardMetrics.CTR, mondayValues);
 * PartialInputs tuesday = PartialInputs.of(StandardMetrics.CTR, tuesdayValues);
 * StandardMetrics.CTR.evaluate(monday.plus(tuesday).values());   // clicks and impressions summed, then divided
 *
 * PartialInputs a = PartialInputs.of(StandardMetrics.REACH, postA);
 * a.plus(PartialInputs.of(StandardMetrics.REACH, postB));        // IllegalStateException: reach is a distinct count
 * a.plusSummingDistinctCounts(...);                               // explicit opt-in: an over-count, isApproximate()
 * }</pre>
 *
 * <p>Rows merged here are parts of one group at one period: several posts, campaigns or channels. A gauge
 * (followers) adds up across such parts; reducing a gauge over time (first, last, average) is the aggregation
 * engine's job. A {@link Additivity#NON_ADDITIVE distinct count} (reach, users) cannot be merged from sums:
 * {@link #plus} refuses when both sides carry one, and {@link #plusSummingDistinctCounts} is the explicit
 * approximation (summed reach over-counts people who saw several parts) whose result says
 * {@link #isApproximate()}.
 *
 * <p>Immutable, thread-safe and value-based. {@link #empty()} is the identity of {@link #plus}, which is
 * associative and commutative.
 */
public final class PartialInputs {
    private static final PartialInputs EMPTY = new PartialInputs(Map.of(), Map.of(), false);

    private final Map<Input, BigDecimal> sums;
    private final Map<BaseMeasure, Currency> currencies;
    private final boolean approximate;

    private PartialInputs(Map<Input, BigDecimal> sums, Map<BaseMeasure, Currency> currencies, boolean approximate) {
        this.sums = sums;
        this.currencies = currencies;
        this.approximate = approximate;
    }

    /** Returns the partial aggregate of no rows: the identity of {@link #plus}. */
    public static PartialInputs empty() {
        return EMPTY;
    }

    /**
     * Returns the partial aggregate of one row: the values of {@code metric}'s inputs (by state, so null policies
     * do not matter here) and the currencies of its money measures.
     */
    public static PartialInputs of(MetricDefinition metric, InputValues row) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(row, "row");
        Map<Input, BigDecimal> sums = new LinkedHashMap<>();
        Map<BaseMeasure, Currency> currencies = new LinkedHashMap<>();
        for (Input input : metric.inputs()) {
            Input key = input.stateKey();
            row.get(key).ifPresent(v -> sums.put(key, v));
            if (input.measure().isMoney()) {
                row.currency(input.measure()).ifPresent(c -> currencies.put(input.measure(), c));
            }
        }
        return new PartialInputs(Collections.unmodifiableMap(sums), Collections.unmodifiableMap(currencies), false);
    }

    /**
     * Returns the merge of this and {@code other}: sums added input by input, absent + x = x.
     *
     * @throws IllegalStateException when both sides carry a value of a distinct count (not mergeable from sums)
     * @throws IllegalArgumentException when a money measure has different currencies on the two sides
     */
    public PartialInputs plus(PartialInputs other) {
        return merge(other, false);
    }

    /**
     * Returns the merge of this and {@code other}, <em>summing</em> distinct counts such as reach: an explicit
     * approximation (an upper bound, over-counting people present in several parts) whose result reports
     * {@link #isApproximate()}.
     */
    public PartialInputs plusSummingDistinctCounts(PartialInputs other) {
        return merge(other, true);
    }

    private PartialInputs merge(PartialInputs other, boolean sumDistinct) {
        Objects.requireNonNull(other, "other");
        if (other.sums.isEmpty() && other.currencies.isEmpty() && !other.approximate) {
            return this;
        }
        if (sums.isEmpty() && currencies.isEmpty() && !approximate) {
            return other;
        }
        boolean approx = approximate || other.approximate;
        Map<Input, BigDecimal> merged = new LinkedHashMap<>(sums);
        for (Map.Entry<Input, BigDecimal> e : other.sums.entrySet()) {
            BigDecimal mine = merged.get(e.getKey());
            if (mine == null) {
                merged.put(e.getKey(), e.getValue());
                continue;
            }
            if (!e.getKey().isMergeable()) {
                Checks.state(sumDistinct, "cannot merge '%s' from partial sums: it is a distinct count "
                        + "(NON_ADDITIVE) and summing it over-counts; re-aggregate from raw rows, or opt into the "
                        + "approximation with plusSummingDistinctCounts", e.getKey().measure().id());
                approx = true;
            }
            merged.put(e.getKey(), mine.add(e.getValue()));
        }
        Map<BaseMeasure, Currency> cur = new LinkedHashMap<>(currencies);
        for (Map.Entry<BaseMeasure, Currency> e : other.currencies.entrySet()) {
            Currency mine = cur.putIfAbsent(e.getKey(), e.getValue());
            Checks.argument(mine == null || mine.equals(e.getValue()), "Currency mismatch: %s vs %s (measure %s)",
                    mine == null ? "" : mine.getCurrencyCode(), e.getValue().getCurrencyCode(), e.getKey().id());
        }
        return new PartialInputs(Collections.unmodifiableMap(merged), Collections.unmodifiableMap(cur), approx);
    }

    /** Returns whether a distinct count was summed into this aggregate (an over-count, not an exact value). */
    public boolean isApproximate() {
        return approximate;
    }

    /** Returns the sum of {@code input}'s state, or empty when no merged row carried it. */
    public Optional<BigDecimal> sum(Input input) {
        return Optional.ofNullable(sums.get(Objects.requireNonNull(input, "input").stateKey()));
    }

    /** Returns these sums as the {@link InputValues} a metric is evaluated from. */
    public InputValues values() {
        return new InputValues() {
            @Override
            public Optional<BigDecimal> get(Input input) {
                return sum(input);
            }

            @Override
            public Optional<Currency> currency(BaseMeasure measure) {
                return Optional.ofNullable(currencies.get(Objects.requireNonNull(measure, "measure")));
            }

            @Override
            public String toString() {
                return PartialInputs.this.toString();
            }
        };
    }

    /** Compares the sums by value (so {@code 1.0} equals {@code 1.00}), the currencies and the approximation flag. */
    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof PartialInputs that)) {
            return false;
        }
        return approximate == that.approximate && currencies.equals(that.currencies)
                && normalized().equals(that.normalized());
    }

    @Override
    public int hashCode() {
        return Objects.hash(normalized(), currencies, approximate);
    }

    private Map<Input, BigDecimal> normalized() {
        Map<Input, BigDecimal> n = new LinkedHashMap<>();
        sums.forEach((k, v) -> n.put(k, v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros()));
        return n;
    }

    /** Returns {@code {input=sum, ...}}, with {@code ~} in front when approximate. */
    @Override
    public String toString() {
        return (approximate ? "~" : "") + sums;
    }
}
