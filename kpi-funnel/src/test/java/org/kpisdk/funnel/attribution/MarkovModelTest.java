package org.kpisdk.funnel.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpisdk.funnel.attribution.TestJourneys.EUR;
import static org.kpisdk.funnel.attribution.TestJourneys.eur;
import static org.kpisdk.funnel.attribution.TestJourneys.f;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Markov removal effects worked out by hand. */
final class MarkovModelTest {
    private static final double EPS = 1e-12;

    /**
     * The three-path example (Bryl, analyzecore 2016): c1 > c2 > c3 converts, c1 does not, c2 > c3 does not.
     *
     * <pre>
     * counts: start→c1 2, start→c2 1, c1→c2 1, c1→null 1, c2→c3 2, c3→conv 1, c3→null 1
     * P(conv) = 2/3 · 1/2 · 1 · 1/2 + 1/3 · 1 · 1/2 = 1/6 + 1/6 = 1/3
     * without c1: start→c1 goes to null: 1/3 · 1 · 1/2 = 1/6  → RE(c1) = 1 − (1/6)/(1/3) = 1/2
     * without c2 or c3 every path to conversion is cut: P = 0 → RE = 1
     * shares = RE / ΣRE = (1/2, 1, 1) / (5/2) = (1/5, 2/5, 2/5)
     * </pre>
     */
    private static final JourneySet THREE_PATHS = JourneySet.ofPaths(EUR, List.of(
            AggregatedPath.parse("c1 > c2 > c3", 1, 0, eur("50.00")),
            AggregatedPath.parse("c1", 0, 1, eur("0")),
            AggregatedPath.parse("c2 > c3", 0, 1, eur("0"))));

    @Test
    void threePathTransitionMatrix() {
        MarkovChain chain = MarkovModel.ofOrder(1).fit(THREE_PATHS);
        assertEquals(List.of("start", "c1", "c2", "c3", "conversion", "null"), chain.states());
        assertEquals(f(2, 3), chain.transitionProbability("start", "c1"));
        assertEquals(f(1, 3), chain.transitionProbability("start", "c2"));
        assertEquals(f(1, 2), chain.transitionProbability("c1", "c2"));
        assertEquals(f(1, 2), chain.transitionProbability("c1", "null"));
        assertEquals(Fraction.ONE, chain.transitionProbability("c2", "c3"));
        assertEquals(f(1, 2), chain.transitionProbability("c3", "conversion"));
        assertEquals(Fraction.ZERO, chain.transitionProbability("c3", "c1"));
        assertEquals(2, chain.transitionCount("c2", "c3"));
        assertEquals(Map.of("c2", f(1, 2), "null", f(1, 2)), chain.transitionMatrix().get("c1"));
        assertTrue(chain.hasNonConversions());
    }

    @Test
    void threePathRemovalEffectsAndShares() {
        MarkovChain chain = MarkovModel.ofOrder(1).fit(THREE_PATHS);
        assertEquals(1.0 / 3, chain.conversionProbability(), EPS);
        assertEquals(1.0 / 6, chain.conversionProbabilityWithout("c1"), EPS);
        assertEquals(0.5, chain.removalEffect("c1").orElseThrow(), EPS);
        assertEquals(1.0, chain.removalEffect("c2").orElseThrow(), EPS);
        assertEquals(1.0, chain.removalEffects().get("c3"), EPS);
        for (CreditAllocation allocation : CreditAllocation.values()) {
            AttributionResult r = MarkovModel.ofOrder(1).withAllocation(allocation).attribute(THREE_PATHS);
            Map<String, Fraction> shares = r.conversionShares(0);
            assertEquals(0.2, shares.get("c1").doubleValue(), EPS);
            assertEquals(0.4, shares.get("c2").doubleValue(), EPS);
            assertEquals(Fraction.ONE, shares.values().stream().reduce(Fraction.ZERO, Fraction::plus));
            assertEquals(new BigDecimal("0.200000"), r.channel("c1").orElseThrow().conversions());
            assertEquals(eur("10.00"), r.revenueByChannel().get("c1"));
            assertEquals(eur("20.00"), r.revenueByChannel().get("c3"));
            assertTrue(r.warnings().isEmpty());
        }
    }

    /**
     * a > b converts, x > b does not. P(b→conv) = 1/2, P(start→a) = P(start→x) = 1/2: P(conv) = 1/2.
     * Without a: 1/4 (RE 1/2); without x: 1/4 (RE 1/2); without b: 0 (RE 1).
     * TOTAL: a 1/4, x 1/4, b 1/2. PATH (only a > b converts): a (1/2)/(3/2) = 1/3, b 2/3, x nothing.
     */
    @Test
    void allocationsDifferForAChannelOnlyInNonConvertingPaths() {
        JourneySet s = JourneySet.ofPaths(EUR, List.of(AggregatedPath.parse("a > b", 1, 0, eur("12.00")),
                AggregatedPath.parse("x > b", 0, 1, eur("0"))));
        AttributionResult total = MarkovModel.ofOrder(1).withAllocation(CreditAllocation.TOTAL).attribute(s);
        assertEquals(0.25, total.conversionShares(0).get("x").doubleValue(), EPS);
        assertEquals(eur("3.00"), total.revenueByChannel().get("x"));
        AttributionResult path = AttributionModel.markov().attribute(s);
        assertEquals(1.0 / 3, path.conversionShares(0).get("a").doubleValue(), EPS);
        assertEquals(2.0 / 3, path.conversionShares(0).get("b").doubleValue(), EPS);
        assertFalse(path.conversionShares(0).containsKey("x"));
        assertEquals(eur("0.00"), path.revenueByChannel().get("x"));
        assertEquals(eur("4.00"), path.revenueByChannel().get("a"));
    }

    @Test
    void warnsWhenNoPathFails() {
        JourneySet s = JourneySet.ofPaths(EUR, List.of(AggregatedPath.parse("a > b", 2, 0, eur("2.00")),
                AggregatedPath.parse("b", 1, 0, eur("1.00"))));
        AttributionResult r = AttributionModel.markov().attribute(s);
        assertEquals(java.util.Set.of(AttributionResult.Warning.NO_NON_CONVERTING_PATHS), r.warnings());
        assertFalse(AttributionModel.markov().fit(s).hasNonConversions());
        // Every path converts: P(conv) = 1; without a only start→b (1/3) converts → RE(a) = 2/3; without b: RE 1.
        // Path a > b (2 conversions, EUR 2.00): a (2/3)/(5/3) = 2/5 → 0.80, b 3/5 → 1.20; path b: EUR 1.00 to b.
        assertEquals(2.0 / 3, AttributionModel.markov().fit(s).removalEffect("a").orElseThrow(), EPS);
        assertEquals(eur("0.80"), r.revenueByChannel().get("a"));
        assertEquals(eur("2.20"), r.revenueByChannel().get("b"));
    }

    /**
     * Second order, paths a > b > a converts and b > a does not. States: a, b, a>b, b>a.
     * start→a 1, start→b 1; a→a>b 1; a>b→b>a 1; b→b>a 1; b>a→conv 1, b>a→null 1.
     * P(conv) = 1/2 · 1 · 1 · 1/2 + 1/2 · 1 · 1/2 = 1/2. Removing a or b cuts every path: RE = 1 each.
     */
    @Test
    void secondOrderStatesRememberTwoChannels() {
        JourneySet s = JourneySet.ofPaths(EUR, List.of(AggregatedPath.parse("a > b > a", 1, 0, eur("8.00")),
                AggregatedPath.parse("b > a", 0, 1, eur("0"))));
        MarkovChain chain = MarkovModel.ofOrder(2).fit(s);
        assertEquals(List.of("start", "a", "b", "a>b", "b>a", "conversion", "null"), chain.states());
        assertEquals(Fraction.ONE, chain.transitionProbability("a>b", "b>a"));
        assertEquals(f(1, 2), chain.transitionProbability("b>a", "conversion"));
        assertEquals(0.5, chain.conversionProbability(), EPS);
        assertEquals(1.0, chain.removalEffect("a").orElseThrow(), EPS);
        assertEquals(eur("4.00"), MarkovModel.ofOrder(2).attribute(s).revenueByChannel().get("b"));
    }

    @Test
    void selfLoopsDoNotChangeFirstOrderAbsorption() {
        JourneySet plain = JourneySet.ofPaths(EUR, List.of(AggregatedPath.parse("a > b", 1, 0, eur("1")),
                AggregatedPath.parse("a", 0, 1, eur("0"))));
        JourneySet repeated = JourneySet.ofPaths(EUR, List.of(AggregatedPath.parse("a > a > b > b", 1, 0, eur("1")),
                AggregatedPath.parse("a > a", 0, 1, eur("0"))));
        MarkovChain p = MarkovModel.ofOrder(1).fit(plain);
        MarkovChain r = MarkovModel.ofOrder(1).fit(repeated);
        assertEquals(p.conversionProbability(), r.conversionProbability(), EPS);
        assertEquals(p.removalEffect("a").orElseThrow(), r.removalEffect("a").orElseThrow(), EPS);
        MarkovChain collapsed = MarkovModel.ofOrder(1).withCollapsedRepeats(true).fit(repeated);
        assertEquals(Fraction.ZERO, collapsed.transitionProbability("a", "a"));
        // a out of "a > a > b > b" and "a > a": a→a twice, a→b once, a→null once.
        assertEquals(f(1, 2), r.transitionProbability("a", "a"));
    }

    @Test
    void noConversionsLeavesRemovalEffectsUndefined() {
        JourneySet s = JourneySet.ofPaths(EUR, List.of(AggregatedPath.parse("a", 0, 3, eur("0"))));
        MarkovChain chain = AttributionModel.markov().fit(s);
        assertEquals(0.0, chain.conversionProbability());
        assertTrue(chain.removalEffect("a").isEmpty());
        assertTrue(chain.removalEffects().isEmpty());
        assertTrue(AttributionModel.markov().attribute(s).warnings()
                .contains(AttributionResult.Warning.NO_CONVERSIONS));
    }

    @Test
    void refusesBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> MarkovModel.ofOrder(0));
        MarkovChain chain = MarkovModel.ofOrder(1).fit(THREE_PATHS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> chain.transitionProbability("conversion", "c1"));
        assertTrue(e.getMessage().contains("'conversion'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> chain.removalEffect("zz"));
        assertThrows(IllegalArgumentException.class, () -> chain.transitionCount("c1", "start"));
    }

    @Test
    void namesAndToString() {
        assertEquals("markov(order=1)", AttributionModel.markov().name());
        assertEquals("markov(order=2, TOTAL, collapsed)", MarkovModel.ofOrder(2)
                .withAllocation(CreditAllocation.TOTAL).withCollapsedRepeats(true).name());
        assertTrue(MarkovModel.ofOrder(1).fit(THREE_PATHS).toString().contains("c1 -> {c2=1/2, null=1/2}"));
    }
}
