package org.kpisdk.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.value.Direction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The target-only presets: {@link StatusPolicy#attainment()}, {@link StatusPolicy#powerBiKpi()} on the examples of
 * the Power BI KPI walkthrough (powerbidocs.com, 2020: actual and target sales per year, green when the target is
 * achieved, otherwise red, distance {@code (actual − target) / target}) and {@link StatusPolicy#powerBiScorecard}'s
 * "% of target met" rules. Every expected score is worked by hand in the comment beside it.
 */
final class AttainmentAndPowerBiTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static Goal targetOnly(String metric, String target, Direction direction) {
        return Goal.builder(metric + " target").metric(metric).target(bd(target)).direction(direction).build();
    }

    private static Assessment assess(StatusPolicy policy, Goal goal, String current) {
        return policy.assess(goal, Optional.of(bd(current)), TODAY);
    }

    static Stream<Arguments> walkthrough() {
        return Stream.of(
                // year, actual, target, distance = (actual − target) / target, status
                Arguments.of(2014, "200000", "1300000", "-0.8462", Status.RED),     // −1,100,000 / 1,300,000
                Arguments.of(2015, "245000", "1300000", "-0.8115", Status.RED),     // the page's red example
                Arguments.of(2016, "1020000", "1000000", "0.02", Status.GREEN),     // +20,000 / 1,000,000
                Arguments.of(2017, "1300000", "1300000", "0", Status.GREEN),        // target met exactly
                Arguments.of(2018, "700000", "1600000", "-0.5625", Status.RED),     // −900,000 / 1,600,000
                Arguments.of(2019, "200000", "1000000", "-0.8", Status.RED),
                Arguments.of(2020, "2600000", "2500000", "0.04", Status.GREEN));    // the page's green example
    }

    @ParameterizedTest(name = "{0}: actual {1} vs target {2} -> distance {3}, {4}")
    @MethodSource("walkthrough")
    void powerBiKpiOnTheWalkthroughsSales(int year, String actual, String target, String distance, Status status) {
        Assessment a = assess(StatusPolicy.powerBiKpi(), targetOnly("revenue", target, Direction.HIGHER_IS_BETTER),
                actual);
        assertEquals(status, a.status(), a::explanation);
        assertEquals(status == Status.GREEN ? "good" : "bad", a.label());
        assertEquals(Colour.of(status), a.colour());
        BigDecimal score = a.score().orElseThrow();
        assertEquals(0, score.setScale(4, java.math.RoundingMode.HALF_EVEN).compareTo(bd(distance)),
                () -> score + " vs " + distance);
    }

    @Test
    void powerBiKpiExplainsTheDistanceToGoal() {
        assertEquals("[Power BI KPI] distance 0.04 = (current 2600000 - target 2500000) / 2500000; 0.04 >= 0, so "
                + "GREEN (good)", assess(StatusPolicy.powerBiKpi(), targetOnly("revenue", "2500000",
                Direction.HIGHER_IS_BETTER), "2600000").explanation());
    }

    @Test
    void powerBiKpiLowIsGood() {
        // Wait time, target 10 minutes, "Low is good": 8 → (10 − 8) / 10 = 0.2 good; 12 → −0.2 bad; 10 → 0 good.
        Goal wait = targetOnly("wait_minutes", "10", Direction.LOWER_IS_BETTER);
        Assessment good = assess(StatusPolicy.powerBiKpi(), wait, "8");
        assertEquals(Status.GREEN, good.status());
        assertEquals(0, good.score().orElseThrow().compareTo(bd("0.2")));
        assertEquals("[Power BI KPI] distance 0.2 = (target 10 - current 8) / 10 (lower is better); 0.2 >= 0, so "
                + "GREEN (good)", good.explanation());
        Assessment bad = assess(StatusPolicy.powerBiKpi(), wait, "12");
        assertEquals(Status.RED, bad.status());
        assertEquals(0, bad.score().orElseThrow().compareTo(bd("-0.2")));
        assertEquals(Status.GREEN, assess(StatusPolicy.powerBiKpi(), wait, "10").status());
        // A negative target divides by its magnitude: net sentiment target −10, current −5 → (−5 + 10) / 10 = 0.5.
        Assessment negative = assess(StatusPolicy.powerBiKpi(), targetOnly("net_sentiment", "-10",
                Direction.HIGHER_IS_BETTER), "-5");
        assertEquals(Status.GREEN, negative.status());
        assertEquals(0, negative.score().orElseThrow().compareTo(bd("0.5")));
    }

    @Test
    void powerBiKpiGivesNoStatusForAZeroTarget() {
        Assessment a = assess(StatusPolicy.powerBiKpi(), targetOnly("complaints", "0", Direction.LOWER_IS_BETTER),
                "3");
        assertEquals(Status.NONE, a.status());
        assertEquals("undefined", a.rule());
        assertEquals("[Power BI KPI] the distance to the target is undefined: the target is 0, so no status",
                a.explanation());
    }

    @Test
    void attainmentGivesATargetOnlyGoalAStatus() {
        Goal leads = targetOnly("leads", "100", Direction.HIGHER_IS_BETTER);
        // The pace presets need a baseline and dates this goal does not have.
        assertEquals(Status.NONE, assess(StatusPolicy.recruiterflow(), leads, "95").status());
        Assessment met = assess(StatusPolicy.attainment(), leads, "100");
        assertEquals(Status.GREEN, met.status());
        assertEquals("achieved", met.rule());
        assertEquals("[Attainment] target achieved: current 100 >= target 100, so GREEN (achieved)",
                met.explanation());
        assertEquals(Status.GREEN, assess(StatusPolicy.attainment(), leads, "130").status());
        Assessment near = assess(StatusPolicy.attainment(), leads, "95");     // 95 / 100
        assertEquals(Status.YELLOW, near.status());
        assertEquals("within 10% of target", near.label());
        assertEquals("[Attainment] attainment 0.95 = current 95 / target 100; 0.95 >= 0.9, so YELLOW (within 10% of "
                + "target)", near.explanation());
        assertEquals(Status.YELLOW, assess(StatusPolicy.attainment(), leads, "90").status());    // 0.9, the edge
        Assessment short1 = assess(StatusPolicy.attainment(), leads, "89.99");
        assertEquals(Status.RED, short1.status());
        assertEquals("short of target", short1.label());
    }

    @Test
    void attainmentIsDirectionAware() {
        // The CPA case: target 25, current 37.90, lower is better → 25 / 37.90 = 0.6596, red.
        Goal cpa = targetOnly("cpa", "25", Direction.LOWER_IS_BETTER);
        Assessment a = assess(StatusPolicy.attainment(), cpa, "37.90");
        assertEquals(Status.RED, a.status());
        assertEquals("[Attainment] attainment 0.6596 = target 25 / current 37.9 (lower is better); 0.6596 < 0.9, so "
                + "RED (short of target)", a.explanation());
        assertEquals(Status.YELLOW, assess(StatusPolicy.attainment(), cpa, "27").status());       // 0.9259
        assertEquals(Status.YELLOW, assess(StatusPolicy.attainment(), cpa, "27.7777").status());  // 0.900001
        assertEquals(Status.RED, assess(StatusPolicy.attainment(), cpa, "27.78").status());       // 0.89993
        assertEquals(Status.GREEN, assess(StatusPolicy.attainment(), cpa, "25").status());
        // A cost of 0 meets the target although 25 / 0 is undefined.
        assertEquals(Status.GREEN, assess(StatusPolicy.attainment(), cpa, "0").status());
    }

    @Test
    void powerBiScorecardRulesOnPercentOfTargetMet() {
        StatusPolicy rules = StatusPolicy.powerBiScorecard(List.of(
                Band.atLeast(bd("1"), Status.GREEN, "On track"),
                Band.atLeast(bd("0.8"), Status.YELLOW, "At risk").withColour(Colour.AMBER),
                Band.otherwise(Status.RED, "Behind")));
        Goal sales = targetOnly("revenue", "500", Direction.HIGHER_IS_BETTER);
        assertEquals("On track", assess(rules, sales, "500").label());             // 100 %
        Assessment atRisk = assess(rules, sales, "400");                           // 80 %, the rule's edge
        assertEquals("At risk", atRisk.label());
        assertEquals(Colour.AMBER, atRisk.colour());
        assertEquals(Status.YELLOW, atRisk.status());
        assertEquals("Behind", assess(rules, sales, "399.99").label());
        assertEquals(Optional.of(Direction.HIGHER_IS_BETTER), rules.direction());
        // % of target met is value / target whatever the metric's direction: lower-is-better rules use <=.
        StatusPolicy cost = StatusPolicy.powerBiScorecard(List.of(
                Band.atMost(bd("1"), Status.GREEN, "On track"),
                Band.atMost(bd("1.2"), Status.YELLOW, "At risk"),
                Band.otherwise(Status.RED, "Behind")));
        Goal cpa = targetOnly("cpa", "25", Direction.LOWER_IS_BETTER);
        assertEquals("On track", assess(cost, cpa, "20").label());                 // 20 / 25 = 0.8
        assertEquals("At risk", assess(cost, cpa, "28").label());                  // 1.12
        assertEquals("Behind", assess(cost, cpa, "31").label());                   // 1.24
        assertTrue(assess(cost, cpa, "20").explanation().startsWith("[Power BI scorecard] attainment 0.8 = "
                + "current 20 / target 25"));
        assertThrows(NullPointerException.class, () -> StatusPolicy.powerBiScorecard(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StatusPolicy.powerBiScorecard(List.of(Band.atLeast(bd("1"), Status.GREEN, "On track"))));
        assertEquals("the last band must be Band.otherwise(...), was " + Band.atLeast(bd("1"), Status.GREEN,
                "On track"), e.getMessage());
    }
}
