package org.kpisdk.funnel.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpisdk.funnel.attribution.TestJourneys.EUR;
import static org.kpisdk.funnel.attribution.TestJourneys.eur;
import static org.kpisdk.funnel.attribution.TestJourneys.f;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kpisdk.core.value.Money;

/** Shapley values against a brute-force average over all permutations, computed here from the raw paths. */
final class ShapleyModelTest {
    private static final List<AggregatedPath> PATHS = List.of(
            AggregatedPath.parse("a > b", 3, 5, eur("30")),
            AggregatedPath.parse("b", 2, 6, eur("20")),
            AggregatedPath.parse("a > c > a", 4, 2, eur("40")),
            AggregatedPath.parse("c", 1, 9, eur("10")),
            AggregatedPath.parse("d > a > b > c", 2, 1, eur("20")),
            AggregatedPath.parse("e", 0, 4, eur("0")));

    /** v(S) straight from the definition of each value function, over the raw paths. */
    private static Function<Set<String>, Double> valueFunction(List<AggregatedPath> paths,
            ShapleyModel.ValueFunction vf) {
        return coalition -> {
            if (vf == ShapleyModel.ValueFunction.SUBSET_CONVERSIONS) {
                double v = 0;
                for (AggregatedPath p : paths) {
                    if (coalition.containsAll(p.channels())) {
                        v += p.conversions();
                    }
                }
                return v;
            }
            long conv = 0;
            long all = 0;
            for (AggregatedPath p : paths) {
                if (new HashSet<>(p.channels()).equals(coalition)) {
                    conv += p.conversions();
                    all += p.conversions() + p.nonConversions();
                }
            }
            return coalition.isEmpty() || all == 0 ? 0.0 : (double) conv / all;
        };
    }

    private static void permutations(List<String> prefix, List<String> rest, List<List<String>> out) {
        if (rest.isEmpty()) {
            out.add(prefix);
            return;
        }
        for (String r : rest) {
            List<String> p = new ArrayList<>(prefix);
            p.add(r);
            List<String> remaining = new ArrayList<>(rest);
            remaining.remove(r);
            permutations(p, remaining, out);
        }
    }

    private static Map<String, Double> bruteForce(List<String> channels, Function<Set<String>, Double> v) {
        List<List<String>> orders = new ArrayList<>();
        permutations(List.of(), channels, orders);
        Map<String, Double> phi = new java.util.TreeMap<>();
        for (List<String> order : orders) {
            Set<String> coalition = new HashSet<>();
            for (String c : order) {
                double before = v.apply(coalition);
                coalition.add(c);
                phi.merge(c, (v.apply(coalition) - before) / orders.size(), Double::sum);
            }
        }
        return phi;
    }

    @ParameterizedTest
    @EnumSource(ShapleyModel.ValueFunction.class)
    void exactValuesEqualTheAverageOverAllPermutations(ShapleyModel.ValueFunction vf) {
        JourneySet set = JourneySet.ofPaths(EUR, PATHS);
        Map<String, Double> expected = bruteForce(set.channels(), valueFunction(PATHS, vf));
        Map<String, Double> actual = ShapleyModel.of(vf).values(set);
        assertEquals(expected.keySet(), actual.keySet());
        for (String c : expected.keySet()) {
            assertEquals(expected.get(c), actual.get(c), 1e-12, c);
        }
    }

    @Test
    void subsetConversionsIsTheSimplifiedFormula() {
        // φ_j = Σ_{T ∋ j} R(T)/|T|: a = 3/2 + 4/2 + 2/4 = 4, b = 3/2 + 2 + 2/4 = 4, c = 4/2 + 1 + 2/4 = 3.5,
        // d = 2/4 = 0.5, e = 0. Sum 12 = all conversions.
        ShapleyModel zhao = AttributionModel.shapley(ShapleyModel.ValueFunction.SUBSET_CONVERSIONS);
        JourneySet set = JourneySet.ofPaths(EUR, PATHS);
        Map<String, Double> phi = zhao.values(set);
        assertEquals(4.0, phi.get("a"), 1e-12);
        assertEquals(3.5, phi.get("c"), 1e-12);
        assertEquals(0.0, phi.get("e"));
        AttributionResult r = zhao.attribute(set);
        assertEquals(f(4, 12), r.channel("a").orElseThrow().share().orElseThrow());
        // Revenue EUR 120 × 0.5/12 = 5.00 for d.
        assertEquals(eur("5.00"), r.revenueByChannel().get("d"));
        assertTrue(r.warnings().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(ShapleyModel.ValueFunction.class)
    void monteCarloIsSeededAndCloseToExact(ShapleyModel.ValueFunction vf) {
        JourneySet set = JourneySet.ofPaths(EUR, PATHS);
        Map<String, Double> exact = ShapleyModel.of(vf).values(set);
        ShapleyModel mc = ShapleyModel.of(vf).withExactLimit(0).withSamples(20_000).withSeed(42);
        assertTrue(mc.isEstimated(set));
        Map<String, Double> estimate = mc.values(set);
        assertEquals(estimate, mc.values(set));
        double scale = exact.values().stream().mapToDouble(Math::abs).max().orElseThrow();
        for (String c : exact.keySet()) {
            assertEquals(exact.get(c), estimate.get(c), 0.03 * scale, c);
        }
        assertNotEquals(estimate, mc.withSeed(43).values(set));
        assertTrue(mc.attribute(set).warnings().contains(AttributionResult.Warning.MONTE_CARLO_ESTIMATE));
    }

    @Test
    void monteCarloAboveTheExactLimitWithManyChannels() {
        // 20 channels, one conversion per single-channel path with k conversions for channel k: under subset
        // conversions every conversion belongs to its only channel, so each permutation gives φ_k = k exactly.
        List<AggregatedPath> paths = new ArrayList<>();
        for (int k = 1; k <= 20; k++) {
            paths.add(new AggregatedPath(List.of("ch" + (100 + k)), k, 1, Money.zero(EUR).plus(eur("" + k))));
        }
        JourneySet set = JourneySet.ofPaths(EUR, paths);
        ShapleyModel model = ShapleyModel.of(ShapleyModel.ValueFunction.SUBSET_CONVERSIONS).withSamples(50);
        assertTrue(model.isEstimated(set));
        assertEquals(7.0, model.values(set).get("ch107"), 1e-9);
        assertEquals(eur("7.00"), model.attribute(set).revenueByChannel().get("ch107"));
    }

    @Test
    void conversionRateCreditsTheLiftNotTheVolume() {
        // Dalessandro: a alone converts 1 in 10, b alone 5 in 10, a+b 6 in 10.
        // v(a) = 0.1, v(b) = 0.5, v(ab) = 0.6 → φ_a = (0.1 + (0.6 − 0.5))/2 = 0.1, φ_b = (0.5 + (0.6 − 0.1))/2 = 0.5.
        List<AggregatedPath> paths = List.of(AggregatedPath.parse("a", 1, 9, eur("10")),
                AggregatedPath.parse("b", 5, 5, eur("50")), AggregatedPath.parse("a > b", 6, 4, eur("60")));
        JourneySet set = JourneySet.ofPaths(EUR, paths);
        Map<String, Double> phi = ShapleyModel.of(ShapleyModel.ValueFunction.CONVERSION_RATE).values(set);
        assertEquals(0.1, phi.get("a"), 1e-12);
        assertEquals(0.5, phi.get("b"), 1e-12);
        // TOTAL allocation: a 1/6, b 5/6 of EUR 120.
        AttributionResult r = ShapleyModel.of(ShapleyModel.ValueFunction.CONVERSION_RATE).attribute(set);
        assertEquals(eur("20.00"), r.revenueByChannel().get("a"));
        assertEquals(eur("100.00"), r.revenueByChannel().get("b"));
    }

    @Test
    void orderedShapleyCreditsByPosition() {
        // a > b (1), b > a > b (1, distinct order b, a), a (1):
        // a: position 1: 1/2 + 1 = 3/2, position 2: 1/2; b: position 1: 1/2, position 2: 1/2.
        JourneySet set = JourneySet.ofPaths(EUR, List.of(AggregatedPath.parse("a > b", 1, 0, eur("2")),
                AggregatedPath.parse("b > a > b", 1, 0, eur("2")), AggregatedPath.parse("a", 1, 3, eur("2"))));
        OrderedShapleyModel model = AttributionModel.orderedShapley();
        Map<String, List<Fraction>> credits = model.positionCredits(set);
        assertEquals(List.of(f(3, 2), f(1, 2)), credits.get("a"));
        assertEquals(List.of(f(1, 2), f(1, 2)), credits.get("b"));
        AttributionResult r = model.attribute(set);
        assertEquals(f(2, 3), r.channel("a").orElseThrow().share().orElseThrow());
        assertEquals(eur("4.00"), r.revenueByChannel().get("a"));
    }

    @Test
    void refusesBadSettings() {
        ShapleyModel m = ShapleyModel.of(ShapleyModel.ValueFunction.SUBSET_CONVERSIONS);
        assertThrows(IllegalArgumentException.class, () -> m.withExactLimit(25));
        assertThrows(IllegalArgumentException.class, () -> m.withSamples(0));
        List<AggregatedPath> many = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(1);
        for (int k = 0; k < 65; k++) {
            many.add(new AggregatedPath(List.of("c" + k), random.nextInt(1, 3), 0, eur("1")));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.values(JourneySet.ofPaths(EUR, many)));
        assertTrue(e.getMessage().contains("at most 64 channels, was 65"), e.getMessage());
        assertEquals("shapley(conversion_rate, PATH)", ShapleyModel.of(ShapleyModel.ValueFunction.CONVERSION_RATE)
                .withAllocation(CreditAllocation.PATH).name());
    }
}
