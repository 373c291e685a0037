package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.value.TimeGrain;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;
import org.kpisdk.testkit.Laws;
import org.kpisdk.testkit.ObservationSet;

/**
 * Laws of the explicit mean of rates over generated observation sets: the value of every group agrees with the
 * exact mean of the rows' quotients, recomputed here as a fraction of {@link BigInteger}s, to the 34 significant
 * digits of a {@link MetricValue} (within one unit of the 34th digit); and partials of any split merge in any order
 * to the whole, through the partial-aggregate bytes too.
 */
final class MeanOfRatesLawsTest {
    private static final MetricDefinition MEAN_CTR = MetricDefinition.builder("mean_ctr")
            .meanOfRates(StandardMeasures.AD_CLICKS, StandardMeasures.IMPRESSIONS);
    private static final MetricDefinition MEAN_CONVERSIONS_PER_CLICK = MetricDefinition.builder("mean_cvr")
            .meanOfRates(StandardMeasures.CONVERSIONS, StandardMeasures.AD_CLICKS);
    private static final MetricDefinition MEAN_COST_SHARE = MetricDefinition.builder("mean_cost_per_impression")
            .meanOfRates(StandardMeasures.COST, StandardMeasures.IMPRESSIONS);
    private static final Query QUERY = Query.builder().metric(MEAN_CTR).metric(MEAN_CONVERSIONS_PER_CLICK)
            .metric(MEAN_COST_SHARE).groupBy("channel").grain(TimeGrain.MONTH).build();

    static Stream<Arguments> sets() {
        return Cases.of(ObservationSet.sets(60), Gen.longs(0, Long.MAX_VALUE));
    }

    /** An exact fraction {@code num / den}, den > 0. */
    private record Fraction(BigInteger num, BigInteger den) {
        static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

        Fraction plus(BigInteger n, BigInteger d) {
            return new Fraction(num.multiply(d).add(n.multiply(den)), den.multiply(d));
        }

        BigDecimal toDecimal(long count) {
            return new BigDecimal(num).divide(new BigDecimal(den.multiply(BigInteger.valueOf(count))),
                    MathContext.DECIMAL128);
        }
    }

    /** Returns, per group key, the exact mean of {@code n / d} over rows with both present and d != 0. */
    private static Map<String, BigDecimal> exactMeans(ObservationSet set, BaseMeasure n, BaseMeasure d) {
        Map<String, Fraction> sums = new TreeMap<>();
        Map<String, Long> counts = new TreeMap<>();
        for (ObservationSet.Row row : set.rows()) {
            Long nv = row.values().get(n);
            Long dv = row.values().get(d);
            if (nv == null || dv == null || dv == 0) {
                continue;
            }
            String key = "{channel=" + row.dimensions().get("channel").orElseThrow() + "} @ "
                    + TimeGrain.MONTH.periodOf(row.date());
            // money is in micros: n micros / d = (n / d) / 1e6
            BigInteger num = BigInteger.valueOf(nv);
            BigInteger den = BigInteger.valueOf(dv).multiply(n.isMoney() ? BigInteger.TEN.pow(6) : BigInteger.ONE);
            if (den.signum() < 0) {
                num = num.negate();
                den = den.negate();
            }
            sums.put(key, sums.getOrDefault(key, Fraction.ZERO).plus(num, den));
            counts.merge(key, 1L, Long::sum);
        }
        Map<String, BigDecimal> out = new TreeMap<>();
        sums.forEach((k, f) -> out.put(k, f.toDecimal(counts.get(k))));
        return out;
    }

    private static Map<String, BigDecimal> engineMeans(QueryResult result, String metric) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (QueryResult.Row row : result.rows()) {
            MetricValue v = row.value(metric);
            BigDecimal value = v.money().map(m -> m.amount()).or(v::value).orElse(null);
            if (value != null) {
                out.put(row.dimensions() + " @ " + row.period().orElseThrow(), value);
            }
        }
        return out;
    }

    /**
     * Asserts that every engine value is within {@code tolerance} of the exact one, or, without a tolerance, within
     * one unit of the exact value's 34th significant digit (the exact value is already rounded to 34 digits).
     */
    private static void assertAgree(Map<String, BigDecimal> exact, Map<String, BigDecimal> actual,
            @javax.annotation.Nullable BigDecimal fixed) {
        assertEquals(exact.keySet(), actual.keySet(), "groups with a defined mean");
        exact.forEach((k, e) -> {
            BigDecimal a = actual.get(k);
            BigDecimal tolerance = fixed != null ? fixed : e.signum() == 0 ? BigDecimal.ZERO : e.ulp();
            assertTrue(e.subtract(a).abs().compareTo(tolerance) <= 0,
                    () -> k + ": exact " + e + ", engine " + a + ", more than " + tolerance + " apart");
        });
    }

    @ParameterizedTest
    @MethodSource("sets")
    void everyMeanAgreesWithTheExactFractionToThirtyFourDigits(ObservationSet set, long seed) {
        QueryResult result = QUERY.execute(set.table());
        assertAgree(exactMeans(set, StandardMeasures.AD_CLICKS, StandardMeasures.IMPRESSIONS),
                engineMeans(result, "mean_ctr"), null);
        assertAgree(exactMeans(set, StandardMeasures.CONVERSIONS, StandardMeasures.AD_CLICKS),
                engineMeans(result, "mean_cvr"), null);
        // money per count is money, kept to 12 decimal places like every money quotient (rounded twice: 1e-12)
        Map<String, BigDecimal> cost = new TreeMap<>();
        exactMeans(set, StandardMeasures.COST, StandardMeasures.IMPRESSIONS)
                .forEach((k, v) -> cost.put(k, v.setScale(12, java.math.RoundingMode.HALF_EVEN)));
        assertAgree(cost, engineMeans(result, "mean_cost_per_impression"), BigDecimal.ONE.movePointLeft(12));
    }

    @ParameterizedTest
    @MethodSource("sets")
    void splitsMergeInAnyOrderThroughTheBytes(ObservationSet set, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ObservationSet> parts = set.split(1 + random.nextInt(4), random);
        List<PartialAggregate> partials = new ArrayList<>();
        for (ObservationSet part : parts) {
            ObservationTable t = part.table();
            partials.add(PartialAggregate.fromBytes(QUERY, QUERY.partial(t).toBytes()));
        }
        PartialAggregate whole = QUERY.partial(set.table());
        Laws.mergeOrderIndependent(partials, PartialAggregate.empty(), PartialAggregate::plus, whole,
                PartialAggregate::equals, random);
        assertEquals(QUERY.execute(set.table()), partials.stream().reduce(PartialAggregate.empty(),
                PartialAggregate::plus).result());
    }
}
