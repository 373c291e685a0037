package org.kpisdk.funnel.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpisdk.funnel.attribution.TestJourneys.converted;
import static org.kpisdk.funnel.attribution.TestJourneys.eur;
import static org.kpisdk.funnel.attribution.TestJourneys.f;
import static org.kpisdk.funnel.attribution.TestJourneys.lost;
import static org.kpisdk.funnel.attribution.TestJourneys.set;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Money;

/** Hand-computed examples for every heuristic model. */
final class HeuristicModelsTest {
    /** display@0 → search@3 → email@6 → search@9, converts on day 10 for EUR 100. */
    private static final Journey FOUR = converted("c1", 10, "100.00", "display", 0, "search", 3, "email", 6,
            "search", 9);
    private static final JourneySet ONE_JOURNEY = set(FOUR);

    @Test
    void firstTouchGivesEverythingToTheFirstTouch() {
        AttributionResult r = AttributionModel.firstTouch().attribute(ONE_JOURNEY);
        assertEquals(Map.of("display", Fraction.ONE), r.conversionShares(0));
        assertEquals(eur("100.00"), r.channel("display").orElseThrow().revenue());
        assertEquals(eur("0.00"), r.channel("search").orElseThrow().revenue());
        assertEquals(new BigDecimal("1.000000"), r.channel("display").orElseThrow().conversions());
    }

    @Test
    void lastTouchGivesEverythingToTheLastTouch() {
        AttributionResult r = AttributionModel.lastTouch().attribute(ONE_JOURNEY);
        assertEquals(Map.of("search", Fraction.ONE), r.conversionShares(0));
        assertEquals(eur("100.00"), r.revenueByChannel().get("search"));
    }

    @Test
    void lastNonDirectSkipsDirectUnlessEveryTouchIsDirect() {
        JourneySet s = set(converted("a", 3, "10", "search", 0, "direct", 1, "direct", 2),
                converted("b", 3, "20", "direct", 0, "direct", 2));
        AttributionResult r = AttributionModel.lastNonDirectTouch().attribute(s);
        assertEquals(Map.of("search", Fraction.ONE), r.conversionShares(0));
        assertEquals(Map.of("direct", Fraction.ONE), r.conversionShares(1));
        AttributionResult custom = AttributionModel.lastNonDirectTouch(Set.of("direct", "search")).attribute(s);
        assertEquals(Map.of("direct", Fraction.ONE), custom.conversionShares(0));
    }

    @Test
    void linearPerTouchCountsRepeats() {
        // 4 touches: display 1/4, search 2/4, email 1/4.
        AttributionResult r = AttributionModel.linear().attribute(ONE_JOURNEY);
        assertEquals(Map.of("display", f(1, 4), "email", f(1, 4), "search", f(1, 2)), r.conversionShares(0));
        assertEquals(eur("25.00"), r.revenueByChannel().get("display"));
        assertEquals(eur("50.00"), r.revenueByChannel().get("search"));
    }

    @Test
    void linearPerChannelSplitsEquallyAndRoundsByLargestRemainder() {
        // 3 distinct channels: 1/3 each; EUR 100 / 3 = 33.333…: floors 33.33 × 3 = 99.99, the missing cent goes to
        // the first channel in sorted order among equal remainders (display).
        AttributionResult r = AttributionModel.linearPerChannel().attribute(ONE_JOURNEY);
        assertEquals(Map.of("display", f(1, 3), "email", f(1, 3), "search", f(1, 3)), r.conversionShares(0));
        assertEquals(eur("33.34"), r.revenueByChannel().get("display"));
        assertEquals(eur("33.33"), r.revenueByChannel().get("email"));
        assertEquals(eur("33.33"), r.revenueByChannel().get("search"));
        // Credits at 6 digits: 0.333334 + 0.333333 + 0.333333 = 1 exactly.
        assertEquals(new BigDecimal("0.333334"), r.channel("display").orElseThrow().conversions());
    }

    @Test
    void positionBasedFortyTwentyForty() {
        // first display 2/5; last search 2/5; middle search and email 1/5 / 2 = 1/10 each → search 1/2.
        AttributionResult r = AttributionModel.positionBased().attribute(ONE_JOURNEY);
        assertEquals(Map.of("display", f(2, 5), "email", f(1, 10), "search", f(1, 2)), r.conversionShares(0));
        assertEquals(eur("40.00"), r.revenueByChannel().get("display"));
        assertEquals(eur("10.00"), r.revenueByChannel().get("email"));
    }

    @Test
    void positionBasedOneAndTwoTouchRules() {
        JourneySet s = set(converted("one", 1, "9", "email", 0), converted("two", 2, "9", "display", 0, "search", 1));
        AttributionResult r = AttributionModel.positionBased().attribute(s);
        assertEquals(Map.of("email", Fraction.ONE), r.conversionShares(0));
        assertEquals(Map.of("display", f(1, 2), "search", f(1, 2)), r.conversionShares(1));
        // W-ish 30/40/30 on two touches: 30 : 30 → 1/2 each; a 20/0/80 split → 1/5 and 4/5.
        AttributionResult skew = AttributionModel.positionBased(f(1, 5), Fraction.ZERO, f(4, 5)).attribute(s);
        assertEquals(Map.of("display", f(1, 5), "search", f(4, 5)), skew.conversionShares(1));
    }

    @Test
    void positionBasedRefusesWeightsThatDoNotSumToOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AttributionModel.positionBased(f(2, 5), f(2, 5), f(2, 5)));
        assertTrue(e.getMessage().contains("must be 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> AttributionModel.positionBased(Fraction.ZERO, Fraction.ONE, Fraction.ZERO));
    }

    @Test
    void timeDecayGoogleExampleEightDaysGetsHalfOfOneDay() {
        // Google Ads: 7-day half-life, a touch 8 days before the conversion gets half the credit of one 1 day before.
        JourneySet s = set(converted("g", 9, "30.00", "display", 1, "search", 8));
        AttributionResult r = AttributionModel.timeDecay(Duration.ofDays(7)).attribute(s);
        assertEquals(Map.of("display", f(1, 3), "search", f(2, 3)), r.conversionShares(0));
        assertEquals(eur("10.00"), r.revenueByChannel().get("display"));
        assertEquals(eur("20.00"), r.revenueByChannel().get("search"));
    }

    @Test
    void timeDecayWeightsComputedHere() {
        // Ages before the day-10 conversion: display 10 d, search 7 d and 1 d, email 4 d; H = 7 d.
        double h = 7;
        double wDisplay = Math.pow(2, -10 / h);
        double wSearch = Math.pow(2, -7 / h) + Math.pow(2, -1 / h);
        double wEmail = Math.pow(2, -4 / h);
        double sum = wDisplay + wSearch + wEmail;
        Map<String, Fraction> shares = AttributionModel.timeDecay(Duration.ofDays(7)).attribute(ONE_JOURNEY)
                .conversionShares(0);
        assertEquals(wDisplay / sum, shares.get("display").doubleValue(), 1e-12);
        assertEquals(wSearch / sum, shares.get("search").doubleValue(), 1e-12);
        assertEquals(wEmail / sum, shares.get("email").doubleValue(), 1e-12);
        assertEquals(Fraction.ONE, shares.values().stream().reduce(Fraction.ZERO, Fraction::plus));
    }

    @Test
    void timeDecayRefusesPathsWithoutTimesAndBadHalfLives() {
        JourneySet paths = JourneySet.ofPaths(TestJourneys.EUR,
                List.of(AggregatedPath.parse("a > b", 1, 0, eur("5"))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AttributionModel.timeDecay(Duration.ofDays(7)).attribute(paths));
        assertTrue(e.getMessage().contains("needs touch times"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AttributionModel.timeDecay(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> AttributionModel.timeDecay(Duration.ofDays(-1)));
        assertThrows(IllegalArgumentException.class, () -> AttributionModel.timeDecay(Duration.ofDays(400 * 365)));
    }

    @Test
    void touchesMuchOlderThanTheHalfLifeDoNotBreakTheSum() {
        // 2^(-3000) underflows a double: the newest touch still gets everything and the sum is exactly 1.
        JourneySet s = set(converted("old", 3001, "1.00", "display", 0, "search", 3000));
        Map<String, Fraction> shares = AttributionModel.timeDecay(Duration.ofDays(1)).attribute(s)
                .conversionShares(0);
        assertEquals(Map.of("search", Fraction.ONE), shares);
    }

    @Test
    void creditsAndRevenueAddUpOverSeveralJourneys() {
        // Linear per touch: j1 (a, b): a 1/2, b 1/2 of EUR 10; j2 (b): b 1 of EUR 5; j3 lost.
        JourneySet s = set(converted("1", 2, "10.00", "a", 0, "b", 1), converted("2", 1, "5.00", "b", 0),
                lost("3", "c", 0));
        AttributionResult r = AttributionModel.linear().attribute(s);
        assertEquals(new BigDecimal("0.500000"), r.channel("a").orElseThrow().conversions());
        assertEquals(new BigDecimal("1.500000"), r.channel("b").orElseThrow().conversions());
        assertEquals(Fraction.of(3, 4), r.channel("b").orElseThrow().share().orElseThrow());
        assertEquals(eur("10.00"), r.revenueByChannel().get("b"));
        assertEquals(eur("0.00"), r.revenueByChannel().get("c"));
        assertEquals(eur("15.00"), r.totalRevenue());
        assertEquals(2, r.totalConversions());
        assertThrows(IllegalArgumentException.class, () -> r.conversionShares(2));
        assertThrows(IndexOutOfBoundsException.class, () -> r.conversionShares(3));
    }

    @Test
    void noConversionsMeansUndefinedSharesAndAWarning() {
        AttributionResult r = AttributionModel.linear().attribute(set(lost("x", "a", 0)));
        assertTrue(r.warnings().contains(AttributionResult.Warning.NO_CONVERSIONS));
        assertTrue(r.channel("a").orElseThrow().share().isEmpty());
        assertEquals(eur("0.00"), r.totalRevenue());
    }

    @Test
    void currencyWithoutMinorUnitsRoundsToWholeYen() {
        // JPY 100 split in thirds: 33.33… → floors 33 × 3 = 99, the missing yen to the first channel.
        Currency jpy = Currency.getInstance("JPY");
        JourneySet s = JourneySet.of(jpy, List.of(Journey.converted("y", TestJourneys.touches("a", 0, "b", 1, "c", 2),
                TestJourneys.day(3), Money.of("100", "JPY"))));
        Map<String, Money> revenue = AttributionModel.linear().revenueByChannel(s);
        assertEquals(Money.of("34", "JPY"), revenue.get("a"));
        assertEquals(Money.of("33", "JPY"), revenue.get("b"));
    }

    @Test
    void hugeValuesBeyondLongMicrosStillSumExactly() {
        // 9,000,000,000,000 EUR is 9e18 micros: two of them overflow a long, so the sum moves to BigDecimal.
        JourneySet s = set(converted("1", 1, "9000000000000.00", "a", 0), converted("2", 1, "9000000000000.01", "a", 0),
                converted("3", 1, "0.02", "b", 0));
        Map<String, Money> revenue = AttributionModel.firstTouch().revenueByChannel(s);
        assertEquals(eur("18000000000000.01"), revenue.get("a"));
        assertEquals(eur("18000000000000.03"), AttributionModel.firstTouch().attribute(s).totalRevenue());
    }

    @Test
    void valuesFinerThanTheMinorUnitRoundTheTotalOnce() {
        // 0.123456789 + 0.111111111 = 0.234567900 → total EUR 0.23 (half-even); linear halves of path (a, b):
        // a 0.0617…+0.1111… = 0.1728… , b 0.0617… → floors 0.17 + 0.06 = 0.23: nothing left to distribute.
        JourneySet s = set(converted("1", 2, "0.123456789", "a", 0, "b", 1), converted("2", 1, "0.111111111", "a", 0));
        AttributionResult r = AttributionModel.linear().attribute(s);
        assertEquals(eur("0.23"), r.totalRevenue());
        assertEquals(eur("0.17"), r.revenueByChannel().get("a"));
        assertEquals(eur("0.06"), r.revenueByChannel().get("b"));
    }

    @Test
    void customPathRulesAreCheckedOnUse() {
        // Everything to the second touch when there is one: display@0 → search@3 → … gives search 1.
        AttributionModel second = AttributionModel.ofPathRule("second_touch",
                path -> Map.of(path.get(Math.min(1, path.size() - 1)), Fraction.ONE));
        assertEquals(Map.of("search", Fraction.ONE), second.attribute(ONE_JOURNEY).conversionShares(0));
        assertEquals("second_touch", second.name());
        AttributionModel half = AttributionModel.ofPathRule("half", path -> Map.of(path.get(0), f(1, 2)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> half.attribute(ONE_JOURNEY));
        assertTrue(e.getMessage().contains("summing to 1/2"), e.getMessage());
        AttributionModel stranger = AttributionModel.ofPathRule("x", path -> Map.of("tv", Fraction.ONE));
        assertThrows(IllegalArgumentException.class, () -> stranger.attribute(ONE_JOURNEY));
        assertThrows(IllegalArgumentException.class, () -> AttributionModel.ofPathRule(" ", path -> Map.of()));
    }

    @Test
    void namesCarryTheParameters() {
        assertEquals("time_decay(PT168H)", AttributionModel.timeDecay(Duration.ofDays(7)).name());
        assertEquals("position_based(2/5,1/5,2/5)", AttributionModel.positionBased().toString());
        assertEquals("linear", AttributionModel.linear().name());
    }
}
