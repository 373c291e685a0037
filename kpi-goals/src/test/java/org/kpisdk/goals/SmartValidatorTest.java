package org.kpisdk.goals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.TimeGrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class SmartValidatorTest {
    private static final String ER = "engagement_rate_by_impressions";
    private static final Clock MARCH_1 = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final SmartValidator VALIDATOR = SmartValidator.of(MARCH_1, MetricLookup.withData(Set.of(ER)));
    /** Grows 5 % every month: compound average +5 %, best month +5 %. */
    private static final History FIVE_PERCENT = History.of(TimeGrain.MONTH, 100, 105, 110.25, 115.7625);
    /** Grows 1 % every month. */
    private static final History ONE_PERCENT = History.of(TimeGrain.MONTH, 100, 101, 102.01, 103.0301);

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    /** 3 % to 5 % engagement on Instagram from January to December 2026: 11 months. */
    private static Goal.Builder smart() {
        return Goal.builder("Instagram engagement to 5%")
                .metric(ER)
                .scope(Dimensions.of("channel", "instagram"))
                .baseline(bd("0.03"), LocalDate.of(2026, 1, 1))
                .target(bd("0.05"))
                .deadline(LocalDate.of(2026, 12, 31))
                .goalType(GoalType.COMMUNITY_ENGAGEMENT)
                .owner("social team");
    }

    private static SmartFinding only(SmartReport report, SmartCriterion c) {
        List<SmartFinding> f = report.findings(c);
        assertEquals(1, f.size(), () -> c + " findings: " + f);
        return f.get(0);
    }

    @Test
    void aSmartGoalHasNoFindings() {
        SmartReport report = VALIDATOR.validate(smart().build(), FIVE_PERCENT);
        assertEquals(List.of(), report.findings());
        assertTrue(report.isSmart());
        for (SmartCriterion c : SmartCriterion.values()) {
            assertTrue(report.passed(c), c::name);
        }
    }

    // --- Specific ---

    @Test
    void specificFailsWithoutMetricOrTarget() {
        Goal vague = Goal.builder("Increase engagement").scope(Dimensions.of("channel", "instagram")).build();
        SmartReport report = VALIDATOR.validate(vague);
        List<SmartFinding> f = report.findings(SmartCriterion.SPECIFIC);
        assertEquals(2, f.size(), f::toString);
        assertEquals("the goal 'Increase engagement' names no metric", f.get(0).reason());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("the goal has no numeric target", f.get(1).reason());
        assertEquals("state the value to reach, such as 0.05 for 5%", f.get(1).hint());
        assertFalse(report.passed(SmartCriterion.SPECIFIC));
        assertFalse(report.isSmart());
    }

    @Test
    void specificWarnsWithoutScopeButPasses() {
        SmartReport report = VALIDATOR.validate(smart().scope(Dimensions.empty()).build(), FIVE_PERCENT);
        SmartFinding f = only(report, SmartCriterion.SPECIFIC);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("the goal has no scope, so it covers every channel, region and segment", f.reason());
        assertTrue(report.passed(SmartCriterion.SPECIFIC));
    }

    // --- Measurable ---

    @Test
    void measurableFailsForAMetricOutsideTheCatalog() {
        SmartReport report = VALIDATOR.validate(smart().metric("engagement_vibes").build(), FIVE_PERCENT);
        SmartFinding f = only(report, SmartCriterion.MEASURABLE);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("the metric 'engagement_vibes' is not in the catalog", f.reason());
        assertFalse(report.passed(SmartCriterion.MEASURABLE));
    }

    @Test
    void measurableFailsWithoutDataInTheScope() {
        MetricLookup onlyFacebook = MetricLookup.of(ER::equals,
                (id, scope) -> scope.get("channel").map("facebook"::equals).orElse(false));
        SmartReport report = SmartValidator.of(MARCH_1, onlyFacebook).validate(smart().build(), FIVE_PERCENT);
        SmartFinding f = only(report, SmartCriterion.MEASURABLE);
        assertEquals("the metric 'engagement_rate_by_impressions' has no data for scope {channel=instagram}",
                f.reason());
        assertEquals("connect a data source for this scope or widen the scope", f.hint());
        assertFalse(report.passed(SmartCriterion.MEASURABLE));
    }

    @Test
    void measurableWarnsWithoutBaseline() {
        Goal g = Goal.builder("x").metric(ER).scope(Dimensions.of("channel", "instagram")).target(bd("0.05"))
                .deadline(LocalDate.of(2026, 12, 31)).goalType(GoalType.COMMUNITY_ENGAGEMENT).build();
        SmartReport report = VALIDATOR.validate(g, FIVE_PERCENT);
        SmartFinding f = only(report, SmartCriterion.MEASURABLE);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("the goal has no baseline value, so progress has no starting point", f.reason());
        assertTrue(report.passed(SmartCriterion.MEASURABLE));
    }

    // --- Achievable ---

    @Test
    void achievableFailsWhenSteeperThanTheBestMonth() {
        SmartReport report = VALIDATOR.validate(smart().build(), ONE_PERCENT);
        SmartFinding f = only(report, SmartCriterion.ACHIEVABLE);
        // Hand computation: 11 months from 2026-01 to 2026-12; (0.05/0.03)^(1/11) = exp(ln(5/3)/11)
        // = exp(0.5108256/11) = exp(0.0464387) = 1.047534, i.e. +4.753 % a month. History: +1 % every month.
        // At +1 % a month the value would reach 0.03 × 1.01^11 = 0.03 × 1.115668 = 0.03347.
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("too steep: the goal needs +4.753% per month for 11 months (0.03 -> 0.05), but the best month"
                + " in the history changed +1% and the compound average is +1% per month over 3 months", f.reason());
        assertEquals("at the historical average the value would reach about 0.03347 by 2026-12-31; lower the "
                + "target towards it or extend the deadline", f.hint());
        assertFalse(report.passed(SmartCriterion.ACHIEVABLE));
    }

    @Test
    void achievableWarnsForAStretchWithinTheBestMonth() {
        // Months: +1 %, +10 %, +1 %: best +10 %, compound (100 → 112.211)^(1/3) − 1 = 3.92 % (1.039153).
        History bumpy = History.of(TimeGrain.MONTH, 100, 101, 111.1, 112.211);
        SmartReport report = VALIDATOR.validate(smart().build(), bumpy);
        SmartFinding f = only(report, SmartCriterion.ACHIEVABLE);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("a stretch: the goal needs +4.753% per month for 11 months (0.03 -> 0.05), steeper than the "
                + "history's average though not its best period: the compound average is +3.915% per month over 3 "
                + "months and the best month in the history changed +10%", f.reason());
        assertTrue(report.passed(SmartCriterion.ACHIEVABLE));
    }

    @Test
    void achievableJudgesAReductionByItsDeclines() {
        // Bounce rate 0.50 → 0.40 in 4 quarters: 0.8^(1/4) = 0.945742, i.e. −5.426 % a quarter.
        Goal g = smart().metric("bounce_rate").goalType(GoalType.CONVERSIONS_SALES)
                .baseline(bd("0.50"), LocalDate.of(2026, 1, 1)).target(bd("0.40"))
                .deadline(LocalDate.of(2027, 1, 15)).build();
        SmartValidator v = SmartValidator.of(MARCH_1, MetricLookup.withData(Set.of("bounce_rate")));
        History fallsTwoPercent = History.of(TimeGrain.QUARTER, 0.5, 0.49, 0.4802);
        SmartFinding f = only(v.validate(g, fallsTwoPercent), SmartCriterion.ACHIEVABLE);
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.reason().startsWith("too steep: the goal needs -5.426% per quarter for 4 quarters (0.50 -> "
                + "0.40), but the best quarter in the history changed -2%"), f.reason());
        History fallsSixPercent = History.of(TimeGrain.QUARTER, 0.5, 0.47, 0.4418);
        assertEquals(List.of(), v.validate(g, fallsSixPercent).findings(SmartCriterion.ACHIEVABLE));
    }

    @Test
    void achievableCannotBeJudgedWithoutHistoryOrWithNonPositiveValues() {
        SmartFinding noHistory = only(VALIDATOR.validate(smart().build()), SmartCriterion.ACHIEVABLE);
        assertEquals(Severity.WARNING, noHistory.severity());
        assertEquals("achievability cannot be judged without a history of at least 2 periods", noHistory.reason());
        SmartFinding shortHistory = only(VALIDATOR.validate(smart().build(), History.of(TimeGrain.MONTH, 1)),
                SmartCriterion.ACHIEVABLE);
        assertEquals("achievability cannot be judged without a history of at least 2 periods (got 1)",
                shortHistory.reason());
        SmartFinding zero = only(VALIDATOR.validate(smart().baseline(bd("0"), LocalDate.of(2026, 1, 1)).build(),
                FIVE_PERCENT), SmartCriterion.ACHIEVABLE);
        assertEquals("achievability cannot be judged: compound growth needs a positive baseline and target, were 0 "
                + "and 0.05", zero.reason());
        SmartFinding huge = only(VALIDATOR.validate(smart().target(new BigDecimal("1e400")).build(), FIVE_PERCENT),
                SmartCriterion.ACHIEVABLE);
        assertEquals(Severity.WARNING, huge.severity());
        assertTrue(huge.reason().startsWith("achievability cannot be judged: the growth rates of baseline 0.03, "
                + "target 1"), huge.reason());
        SmartFinding sameMonth = only(VALIDATOR.validate(smart().deadline(LocalDate.of(2026, 1, 30)).build(),
                FIVE_PERCENT), SmartCriterion.ACHIEVABLE);
        assertEquals("achievability cannot be judged: no whole month between the baseline date 2026-01-01 and the "
                + "deadline 2026-01-30", sameMonth.reason());
    }

    // --- Relevant ---

    @Test
    void relevantFailsWhenTheGoalTypeDoesNotListTheMetric() {
        SmartReport report = VALIDATOR.validate(smart().goalType(GoalType.CUSTOMER_SERVICE).build(), FIVE_PERCENT);
        SmartFinding f = only(report, SmartCriterion.RELEVANT);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("the metric 'engagement_rate_by_impressions' is not among the key metrics of CUSTOMER_SERVICE "
                + "[csat, requests_per_rep, response_rate, avg_response_time]", f.reason());
        assertEquals("pick one of those metrics, serve [COMMUNITY_ENGAGEMENT, RECRUITING, INTERNAL_COMMUNICATION] "
                + "instead, or state a justification", f.hint());
    }

    @Test
    void relevantPassesWithAJustificationAndFailsWithNoObjective() {
        Goal justified = smart().goalType(GoalType.CUSTOMER_SERVICE)
                .justification("engaged followers open fewer support tickets").build();
        assertTrue(VALIDATOR.validate(justified, FIVE_PERCENT).passed(SmartCriterion.RELEVANT));
        Goal orphan = Goal.builder("Engagement to 5%").metric(ER).scope(Dimensions.of("channel", "instagram"))
                .baseline(bd("0.03"), LocalDate.of(2026, 1, 1)).target(bd("0.05"))
                .deadline(LocalDate.of(2026, 12, 31)).build();
        SmartFinding f = only(VALIDATOR.validate(orphan, FIVE_PERCENT), SmartCriterion.RELEVANT);
        assertEquals("the goal is linked to no business objective and states no justification", f.reason());
    }

    // --- Time-bound ---

    @Test
    void timeBoundFailsWithoutDeadline() {
        Goal g = Goal.builder("x").metric(ER).scope(Dimensions.of("channel", "instagram"))
                .baseline(bd("0.03"), LocalDate.of(2026, 1, 1)).target(bd("0.05"))
                .goalType(GoalType.COMMUNITY_ENGAGEMENT).build();
        SmartFinding f = only(VALIDATOR.validate(g, FIVE_PERCENT), SmartCriterion.TIME_BOUND);
        assertEquals("the goal has no deadline", f.reason());
        assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void timeBoundFailsForADeadlineNotAfterTodayFromTheClock() {
        // The clock says 2026-03-01; a deadline on that very day is not after today.
        SmartReport report = VALIDATOR.validate(smart().deadline(LocalDate.of(2026, 3, 1)).build(), FIVE_PERCENT);
        SmartFinding f = only(report, SmartCriterion.TIME_BOUND);
        assertEquals("the deadline 2026-03-01 is not after today, 2026-03-01", f.reason());
        assertEquals("set a deadline after 2026-03-01", f.hint());
        Clock february = Clock.fixed(Instant.parse("2026-02-28T23:59:59Z"), ZoneOffset.UTC);
        SmartReport earlier = SmartValidator.of(february, MetricLookup.withData(Set.of(ER)))
                .validate(smart().deadline(LocalDate.of(2026, 3, 1)).build(), FIVE_PERCENT);
        assertTrue(earlier.passed(SmartCriterion.TIME_BOUND));
    }

    @Test
    void timeBoundFailsForADeadlineBeforeTheBaselineDate() {
        Goal g = smart().baseline(bd("0.03"), LocalDate.of(2027, 1, 1)).build();
        List<SmartFinding> f = VALIDATOR.validate(g, FIVE_PERCENT).findings(SmartCriterion.TIME_BOUND);
        assertEquals(1, f.size(), f::toString);
        assertEquals("the deadline 2026-12-31 is not after the baseline date 2027-01-01", f.get(0).reason());
    }

    @Test
    void timeBoundWarnsForAMilestoneOutsideThePeriod() {
        Goal g = smart().milestone(LocalDate.of(2026, 6, 30), bd("0.04"))
                .milestone(LocalDate.of(2027, 2, 1), bd("0.05")).build();
        SmartReport report = VALIDATOR.validate(g, FIVE_PERCENT);
        SmartFinding f = only(report, SmartCriterion.TIME_BOUND);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("the milestone on 2027-02-01 lies outside the goal's period (2026-01-01 to 2026-12-31)",
                f.reason());
        assertTrue(report.passed(SmartCriterion.TIME_BOUND));
    }

    // --- Malformed arguments still throw ---

    @Test
    void malformedArgumentsThrowNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Goal.builder("x").metric("Engagement Rate"));
        assertEquals("metricId must be lowercase snake case [a-z][a-z0-9_]* of at most 64 characters, was "
                + "'Engagement Rate'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Goal.builder(" "));
        assertThrows(NullPointerException.class, () -> VALIDATOR.validate(null));
        assertThrows(NullPointerException.class, () -> SmartValidator.of(null, MetricLookup.withData(Set.of())));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> smart().milestone(LocalDate.of(2026, 6, 1), bd("1")).milestone(LocalDate.of(2026, 6, 1),
                        bd("2")).build());
        assertEquals("milestones must have distinct dates, 2026-06-01 appears twice", twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> History.of(TimeGrain.DAY, 1, Double.NaN));
    }
}
