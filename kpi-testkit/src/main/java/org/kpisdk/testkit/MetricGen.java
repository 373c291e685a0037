package org.kpisdk.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

import javax.annotation.Nullable;

import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.InputValues;
import org.kpisdk.core.metric.InputValuesBuilder;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.value.Unit;

/**
 * Generators of random inputs for a {@link MetricDefinition}: rows of raw values (one post, campaign or channel
 * each) as the aggregation engine would hand them over, with absent values and zeros mixed in.
 *
 * <pre>{@code
 * Gen<List<InputValues>> rows = MetricGen.rows(StandardMetrics.CTR, 1, 8);
 * List<InputValues> parts = rows.next(new SplittableRandom(42));
 * }</pre>
 *
 * <p>Counts and seconds are whole numbers skewed towards small values; money has two decimals in
 * {@link #CURRENCY}; an explicit mean of rates gets per-row rate sums and counts derived from a generated numerator
 * and denominator, as the engine computes them. About one value in ten is absent. The edge cases are a row of
 * zeros and a row with every value absent.
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class MetricGen {
    /** The currency of generated money values. */
    public static final Currency CURRENCY = Currency.getInstance("EUR");

    private static final long MAX = 1_000_000L;

    private MetricGen() {
    }

    /** Returns rows of {@code metric}'s inputs; edge cases: all zeros, all absent. */
    public static Gen<InputValues> row(MetricDefinition metric) {
        Objects.requireNonNull(metric, "metric");
        List<Input> states = states(metric);
        Gen<Long> counts = Gen.counts(MAX);
        return Gen.of(r -> {
            InputValuesBuilder b = InputValues.builder();
            Map<Input, BigDecimal> rates = new LinkedHashMap<>();
            for (Input s : states) {
                if (s.measure().unit() == Unit.MONEY) {
                    b.currency(s.measure(), CURRENCY);
                }
                if (s.kind() != Input.Kind.VALUE) {
                    rates.computeIfAbsent(Input.rateSum(s.measure(), s.denominator()), k -> rate(r, counts, b, k));
                    continue;
                }
                if (r.nextInt(10) == 0) {
                    continue;
                }
                long v = counts.next(r);
                b.put(s, s.measure().unit() == Unit.MONEY ? BigDecimal.valueOf(v, 2) : BigDecimal.valueOf(v));
            }
            return b.build();
        }, List.of(constant(states, BigDecimal.ZERO), constant(states, null)));
    }

    /** Returns lists of {@code min} to {@code max} rows; edge cases: two zero rows, a zero row and an absent one. */
    public static Gen<List<InputValues>> rows(MetricDefinition metric, int min, int max) {
        Gen<InputValues> row = row(metric);
        Gen<List<InputValues>> lists = Gen.listOf(row, min, max);
        List<List<InputValues>> edges = new ArrayList<>();
        if (max >= 2) {
            edges.add(List.of(row.edgeCases().get(0), row.edgeCases().get(0)));
            edges.add(List.of(row.edgeCases().get(0), row.edgeCases().get(1)));
        }
        return Gen.of(lists::next, edges);
    }

    /** Returns the distinct aggregated states a metric reads (inputs without their null policy). */
    public static List<Input> states(MetricDefinition metric) {
        Set<Input> states = new LinkedHashSet<>();
        for (Input i : metric.inputs()) {
            states.add(i.stateKey());
        }
        return List.copyOf(states);
    }

    /** Draws a numerator and denominator and puts the per-row rate sum and count of one mean of rates. */
    private static BigDecimal rate(SplittableRandom r, Gen<Long> counts, InputValuesBuilder b, Input sum) {
        long n = counts.next(r);
        long d = r.nextInt(8) == 0 ? 0 : counts.next(r);
        BigDecimal s = d == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), Input.RATE_CONTEXT);
        b.put(sum, s);
        b.put(Input.rateCount(sum.measure(), sum.denominator()), d == 0 ? 0 : 1);
        return s;
    }

    private static InputValues constant(List<Input> states, @Nullable BigDecimal value) {
        InputValuesBuilder b = InputValues.builder();
        for (Input s : states) {
            if (s.measure().unit() == Unit.MONEY) {
                b.currency(s.measure(), CURRENCY);
            }
            if (value != null) {
                b.put(s, value);
            }
        }
        return b.build();
    }
}
