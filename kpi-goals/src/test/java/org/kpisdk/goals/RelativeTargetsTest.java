package org.kpisdk.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.metric.StandardMetrics;

/**
 * Goals in percent (a target stated as a change from the baseline) and lower-is-better key results scored by the
 * descending ratio, on worked examples whose numbers are worked out in the comments.
 */
final class RelativeTargetsTest {
    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static final SmartValidator VALIDATOR = SmartValidator.of(
            Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC),
            MetricLookup.withData(Set.of("engagement_rate", "cpl")));

    private static void assertSame(String expected, BigDecimal actual) {
        assertEquals(0, bd(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    private static void assertClose(String expected, BigDecimal actual) {
        assertTrue(bd(expected).subtract(actual).abs().compareTo(bd("1e-9")) < 0,
                () -> "expected " + expected + ", was " + actual);
    }

    private static Goal.Builder engagementPlus20() {
        return Goal.builder("Instagram engagement +20% by June").metric(StandardMetrics.ENGAGEMENT_RATE)
                .baseline(bd("0.030"), LocalDate.of(2026, 1, 1))
                .targetChange(bd("0.20"))
                .deadline(LocalDate.of(2026, 7, 1));
    }

    @Test
    void aPercentGoalHasTheBaselineTimesOnePlusTheChangeAsItsTarget() {
        Goal g = engagementPlus20().build();
        // 0.030 × 1.20 = 0.036, exactly
        assertSame("0.036", g.target().orElseThrow());
        assertSame("0.20", g.targetChange().orElseThrow());
        // progress of 0.033: (0.033 − 0.030) / (0.036 − 0.030) = 0.5
        assertSame("0.5", g.progress(bd("0.033")).orElseThrow());
        // 1 April 2026 is 90 of the 181 days: pace 0.030 + 0.006 × 90 / 181 = 0.0329834...
        assertClose("0.03298342541", g.expectedAt(LocalDate.of(2026, 4, 1)).orElseThrow());
        assertTrue(g.isAchievedBy(bd("0.036")));
        assertFalse(g.isAchievedBy(bd("0.0359")));
        assertTrue(g.toString().contains("-> +20% = 0.03600 by 2026-07-01"), g.toString());
    }

    @Test
    void aPercentGoalIsJudgedByTheSameStatusAndSmartMachinery() {
        Goal g = engagementPlus20().build();
        // attainment: 0.0330 / 0.036 = 0.9167 >= 0.9, YELLOW; 0.036 reaches the target, GREEN
        assertEquals(Status.YELLOW, StatusPolicy.attainment().assess(g, Optional.of(bd("0.0330")),
                LocalDate.of(2026, 5, 1)).status());
        assertEquals(Status.GREEN, StatusPolicy.attainment().assess(g, Optional.of(bd("0.036")),
                LocalDate.of(2026, 5, 1)).status());
        // the relative target follows the baseline through toBuilder: 0.040 × 1.20 = 0.048
        assertEquals(g, g.toBuilder().build());
        assertSame("0.048", g.toBuilder().baseline(bd("0.040"), LocalDate.of(2026, 1, 1)).build().target()
                .orElseThrow());
        // the same goal with the absolute target 0.036 gets the same findings
        Goal same = Goal.builder(g.name()).metric(StandardMetrics.ENGAGEMENT_RATE)
                .baseline(bd("0.030"), LocalDate.of(2026, 1, 1)).target(bd("0.036"))
                .deadline(LocalDate.of(2026, 7, 1)).build();
        assertEquals(VALIDATOR.validate(same).findings(), VALIDATOR.validate(g).findings());
    }

    @Test
    void aReductionInPercentOnALowerIsBetterMetric() {
        Goal cpa = Goal.builder("CPA -15% this quarter").metric(StandardMetrics.CPA)
                .baseline(bd("40.00"), LocalDate.of(2026, 4, 1)).targetChange(bd("-0.15"))
                .deadline(LocalDate.of(2026, 6, 30)).build();
        // 40 × 0.85 = 34
        assertSame("34", cpa.target().orElseThrow());
        assertTrue(cpa.isAchievedBy(bd("33.99")));
        assertFalse(cpa.isAchievedBy(bd("34.01")));
        // progress of 37: (37 − 40) / (34 − 40) = 0.5
        assertSame("0.5", cpa.progress(bd("37")).orElseThrow());
    }

    @Test
    void aPercentGoalWithoutABaselineHasNoTargetAndTheValidatorSaysWhy() {
        Goal g = Goal.builder("Leads +20%").metric(StandardMetrics.CPL).targetChange(bd("0.2")).build();
        assertTrue(g.target().isEmpty());
        List<SmartFinding> findings = VALIDATOR.validate(g).findings();
        assertTrue(findings.stream().anyMatch(f -> f.reason()
                .equals("the goal's target is a change of +20% but it has no baseline to apply it to")),
                findings::toString);
        assertFalse(findings.stream().anyMatch(f -> f.reason().equals("the goal has no numeric target")));
    }

    @Test
    void badPercentGoalsAreRefusedNamingTheValues() {
        assertEquals("target change must be >= -1 (-100%), was -1.5", assertThrows(IllegalArgumentException.class,
                () -> Goal.builder("x").targetChange(bd("-1.5"))).getMessage());
        assertEquals("goal 'x' must set a target or a target change, not both, was target 0.05 and change 0.2",
                assertThrows(IllegalArgumentException.class, () -> Goal.builder("x").target(bd("0.05"))
                        .targetChange(bd("0.2")).build()).getMessage());
        assertEquals("goal 'x' with a target change (+20%) needs a baseline > 0, was 0",
                assertThrows(IllegalArgumentException.class, () -> Goal.builder("x")
                        .baseline(bd("0"), LocalDate.of(2026, 1, 1)).targetChange(bd("0.2")).build()).getMessage());
    }

    @Test
    void theDescendingRatioScoresTargetOverCurrent() {
        KeyResult linear = KeyResult.metric("CPA to 0.80", StandardMetrics.CPA, bd("0.95"), bd("0.80"), bd("0.90"));
        // linear: (0.90 − 0.95) / (0.80 − 0.95) = 1/3
        assertClose("0.3333333333", linear.rawProgress());
        KeyResult ratio = linear.scoredBy(KeyResult.Scoring.DESCENDING_RATIO);
        // descending ratio: 0.80 / 0.90 = 8/9
        assertClose("0.8888888889", ratio.rawProgress());
        assertEquals(KeyResult.Scoring.DESCENDING_RATIO, ratio.scoring());
        assertEquals(Optional.of("cpa"), ratio.metricId());
        // on target: 1; below target (better): 0.80 / 0.64 = 1.25 raw, 1 clamped
        KeyResult onTarget = KeyResult.metric("CPA", StandardMetrics.CPA, bd("0.95"), bd("0.80"), bd("0.80"))
                .scoredBy(KeyResult.Scoring.DESCENDING_RATIO);
        assertSame("1", onTarget.rawProgress());
        KeyResult better = KeyResult.metric("CPA", StandardMetrics.CPA, bd("0.95"), bd("0.80"), bd("0.64"))
                .scoredBy(KeyResult.Scoring.DESCENDING_RATIO);
        assertSame("1.25", better.rawProgress());
        assertSame("1", better.progress());
        // back to linear gives the linear score again; the weight survives rescoring
        assertEquals(linear.withWeight(bd("2")), ratio.withWeight(bd("2")).scoredBy(KeyResult.Scoring.LINEAR));
        assertTrue(ratio.toString().contains("METRIC DESCENDING_RATIO"), ratio.toString());
        // an objective averages the key results' scores: (8/9 + 1) / 2 = 17/18
        Objective o = Objective.builder("Cheaper acquisition", OkrType.COMMITTED).keyResult(ratio)
                .keyResult(onTarget).build();
        assertClose("0.9444444444", o.score());
    }

    @Test
    void theDescendingRatioIsRefusedWhereItMeansNothing() {
        KeyResult up = KeyResult.metric("Leads to 300", bd("200"), bd("300"), bd("250"));
        assertEquals("key result 'Leads to 300' scored by DESCENDING_RATIO must be lower-is-better (target below "
                + "start), was start 200 and target 300", assertThrows(IllegalArgumentException.class,
                        () -> up.scoredBy(KeyResult.Scoring.DESCENDING_RATIO)).getMessage());
        KeyResult zero = KeyResult.metric("Complaints to 0", bd("5"), bd("0"), bd("2"));
        assertEquals("key result 'Complaints to 0' scored by DESCENDING_RATIO needs a target > 0, was 0",
                assertThrows(IllegalArgumentException.class,
                        () -> zero.scoredBy(KeyResult.Scoring.DESCENDING_RATIO)).getMessage());
        KeyResult free = KeyResult.metric("Cost to 10", bd("20"), bd("10"), bd("0"));
        assertEquals("key result 'Cost to 10' scored by DESCENDING_RATIO needs a current value > 0, was 0 (target ÷ "
                + "current is undefined)", assertThrows(IllegalArgumentException.class,
                        () -> free.scoredBy(KeyResult.Scoring.DESCENDING_RATIO)).getMessage());
        assertEquals("key result 'Launch' is BINARY; only METRIC key results have a scoring",
                assertThrows(IllegalArgumentException.class, () -> KeyResult.binary("Launch", true)
                        .scoredBy(KeyResult.Scoring.LINEAR)).getMessage());
    }
}
