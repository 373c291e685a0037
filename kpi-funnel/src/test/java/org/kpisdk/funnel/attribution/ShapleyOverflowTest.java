package org.kpisdk.funnel.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kpisdk.funnel.attribution.TestJourneys.EUR;
import static org.kpisdk.funnel.attribution.TestJourneys.eur;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Issue 26: the conversion-rate value function divided conversions by {@code conversions + nonConversions} summed in
 * {@code long}, which wrapped for counts near 2^62 and gave negative rates. A rate does not change when both counts
 * are scaled by the same factor, so a path whose counts are scaled by 2^61 (their sum is 2^63, one past
 * {@code Long.MAX_VALUE}, while the set's totals still fit) must give the same Shapley values as the small counts,
 * exact and Monte Carlo alike.
 */
final class ShapleyOverflowTest {
    private static final long SCALE = 1L << 61;

    /** a: 1 of 2 converts, b: 1 of 2, a+b: 3 of 4 with both of its counts multiplied by {@code k}. */
    private static JourneySet paths(long k) {
        return JourneySet.ofPaths(EUR, List.of(
                AggregatedPath.parse("a", 1, 1, eur("0")),
                AggregatedPath.parse("b", 1, 1, eur("0")),
                AggregatedPath.parse("a > b", 3 * k, k, eur("0"))));
    }

    @Test
    void exactConversionRateValuesDoNotWrapForCountsNear2To62() {
        // By hand: v(a) = v(b) = 1/2, v(ab) = 3/4; φ_a = ½·(½ − 0) + ½·(¾ − ½) = 3/8, and φ_b likewise.
        ShapleyModel model = ShapleyModel.of(ShapleyModel.ValueFunction.CONVERSION_RATE);
        Map<String, Double> expected = Map.of("a", 0.375, "b", 0.375);
        assertEquals(expected, model.values(paths(1)));
        assertEquals(expected, model.values(paths(SCALE)));
    }

    @Test
    void channelsConvertingHalfTheTimeAt2To62AreWorthTheSame() {
        // The probe: both channels convert 50 %, a with 2^62 conversions and 2^62 non-conversions.
        long big = 1L << 62;
        JourneySet set = JourneySet.ofPaths(EUR, List.of(
                AggregatedPath.parse("a", big, big, eur("0")),
                AggregatedPath.parse("b", 1, 1, eur("0"))));
        // v(a) = v(b) = 1/2 and v(ab) = 0 (never observed): φ_a = ½·½ + ½·(0 − ½) = 0, and φ_b likewise.
        Map<String, Double> phi = ShapleyModel.of(ShapleyModel.ValueFunction.CONVERSION_RATE).values(set);
        assertEquals(Map.of("a", 0.0, "b", 0.0), phi);
    }

    @Test
    void monteCarloConversionRateValuesDoNotWrapForCountsNear2To62() {
        ShapleyModel model = ShapleyModel.of(ShapleyModel.ValueFunction.CONVERSION_RATE).withExactLimit(0)
                .withSamples(1_000).withSeed(11);
        Map<String, Double> small = model.values(paths(1));
        Map<String, Double> big = model.values(paths(SCALE));
        // Same seed, same permutations, and every rate is exactly the same double: the estimates agree exactly.
        assertEquals(small, big);
        // Each permutation gives one channel ½ and the other ¼, so the values sum to v(ab) = ¾ and lie in [¼, ½].
        assertEquals(0.75, big.get("a") + big.get("b"), 1e-12);
        for (double v : big.values()) {
            assertEquals(0.375, v, 0.125);
        }
    }
}
