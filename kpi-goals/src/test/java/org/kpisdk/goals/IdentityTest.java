package org.kpisdk.goals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.metric.FunnelStage;
import org.kpisdk.core.metric.MetricCatalog;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Direction;
import org.kpisdk.core.value.Unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, identity: a KPI has one identity from the catalog to the verdict. Goals, key results, goal types,
 * references, the KPI lint and scorecard rows resolve the metric in the catalog and inherit its direction, family
 * and stage.
 */
final class IdentityTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);
    private static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);
    private static final Dimensions INSTAGRAM = Dimensions.of("channel", "instagram");

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    /** The goal of the issue: CPA 30 → 25 with no explicit direction; the catalog says lower is better. */
    private static Goal cpaGoal() {
        return Goal.builder("CPA down to 25").metric("cpa").scope(INSTAGRAM).baseline(bd("30"), START)
                .target(bd("25")).deadline(DEADLINE).build();
    }

    @Test
    void aCpaGoalAboveItsTargetIsRedBecauseLowerIsBetterIsInherited() {
        Goal goal = cpaGoal();
        assertEquals(Optional.of(Direction.LOWER_IS_BETTER), goal.direction());
        assertEquals(Optional.of(StandardMetrics.CPA), goal.metric());
        assertFalse(goal.isAchievedBy(bd("37.90")));
        assertTrue(goal.isAchievedBy(bd("24.99")));
        // Attainment of a lower-is-better goal is target / current = 25 / 37.90 = 0.6596..., below the 0.75 edge of
        // DashboardSmashboard's "critical" band.
        BigDecimal attainment = bd("25").divide(bd("37.90"), MathContext.DECIMAL64);
        assertTrue(attainment.compareTo(bd("0.75")) < 0, attainment::toPlainString);
        Assessment a = StatusPolicy.dashboardSmashboard().assess(goal, Optional.of(bd("37.90")), JULY_1);
        assertEquals(Status.RED, a.status(), a::explanation);
        assertEquals("critical", a.label());
        // Recruiterflow's pace: on July 1 (181 of 364 days) the line from 30 to 25 is at 30 - 5 * 181 / 364 =
        // 27.51; pace ratio for lower-is-better = 27.51 / 37.90 = 0.73.
        Assessment pace = StatusPolicy.recruiterflow().assess(goal, Optional.of(bd("37.90")), JULY_1);
        assertEquals(Status.RED, pace.status(), pace::explanation);
        assertTrue(pace.explanation().contains("lower is better"), pace.explanation());
        // The same numbers on a higher-is-better metric are achieved: the direction is what decides.
        Goal up = Goal.builder("CPA as if higher were better").metric("cost_index")
                .direction(Direction.HIGHER_IS_BETTER).baseline(bd("30"), START).target(bd("25"))
                .deadline(DEADLINE).build();
        assertEquals(Status.GREEN, StatusPolicy.dashboardSmashboard().assess(up, Optional.of(bd("37.90")), JULY_1)
                .status());
    }

    @Test
    void anExplicitDirectionThatContradictsTheMetricIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cpaGoal().toBuilder().direction(Direction.HIGHER_IS_BETTER).build());
        assertEquals("direction of goal 'CPA down to 25' must agree with metric 'cpa', which is LOWER_IS_BETTER, "
                + "was HIGHER_IS_BETTER", e.getMessage());
        // Agreeing is fine, and so is setting the metric after the direction.
        assertEquals(Optional.of(Direction.LOWER_IS_BETTER), Goal.builder("x").direction(Direction.LOWER_IS_BETTER)
                .metric(StandardMetrics.CPA).build().direction());
        assertThrows(IllegalArgumentException.class, () -> Goal.builder("x").direction(Direction.HIGHER_IS_BETTER)
                .metric(StandardMetrics.BOUNCE_RATE).build());
    }

    @Test
    void aBaselineAboveTheTargetNoLongerFlipsTheDirection() {
        // Engagement rate 0.05 → 0.04 (a baseline set to satisfy a guard, say): still higher-is-better.
        Goal goal = Goal.builder("ER").metric(StandardMetrics.ENGAGEMENT_RATE).baseline(bd("0.05"), START)
                .target(bd("0.04")).deadline(DEADLINE).build();
        assertEquals(Optional.of(Direction.HIGHER_IS_BETTER), goal.direction());
        assertTrue(goal.isAchievedBy(bd("0.045")));
    }

    @Test
    void aNeutralMetricNeedsAnExplicitDirection() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Goal.builder("Mentions to 500").metric("brand_mentions").target(bd("500")).build());
        assertEquals("goal 'Mentions to 500' must set its direction: metric 'brand_mentions' has direction NEUTRAL, "
                + "so neither way is better by itself", e.getMessage());
        Goal fewer = Goal.builder("Fewer mentions in a crisis").metric("brand_mentions")
                .direction(Direction.LOWER_IS_BETTER).target(bd("500")).build();
        assertEquals(Optional.of(Direction.LOWER_IS_BETTER), fewer.direction());
    }

    @Test
    void metricsResolveInACatalog() {
        Goal viaId = Goal.builder("ER").metric("engagement_rate").build();
        assertEquals(Optional.of(StandardMetrics.ENGAGEMENT_RATE), viaId.metric());
        assertEquals(Unit.RATIO, viaId.metric().orElseThrow().unit());
        assertEquals("engagement_rate", viaId.metric().orElseThrow().family());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Goal.builder("x").metric("no_such_metric", MetricCatalog.empty()));
        assertTrue(e.getMessage().contains("'no_such_metric'"), e.getMessage());
        // An id outside the standard catalog is kept as an id, with no identity and so no direction.
        Goal custom = Goal.builder("Leads").metric("leads_per_week").baseline(bd("100"), START).target(bd("200"))
                .deadline(DEADLINE).build();
        assertEquals(Optional.of("leads_per_week"), custom.metricId());
        assertEquals(Optional.empty(), custom.direction());
        Assessment a = StatusPolicy.dashboardSmashboard().assess(custom, Optional.of(bd("300")), JULY_1);
        assertEquals(Status.NONE, a.status());
        assertEquals("no_direction", a.rule());
        assertTrue(a.explanation().contains("'leads_per_week' is in no catalog"), a.explanation());
    }

    @Test
    void keyResultsInheritTheMetricsDirection() {
        KeyResult cpa = KeyResult.metric("CPA to 0.80", StandardMetrics.CPA, bd("0.95"), bd("0.80"), bd("0.90"));
        assertEquals(Optional.of("cpa"), cpa.metricId());
        // (0.90 - 0.95) / (0.80 - 0.95) = 1/3
        assertEquals(0, bd("0.3333333333").compareTo(cpa.rawProgress().round(new MathContext(10))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyResult.metric("CPA to 1.20", StandardMetrics.CPA, bd("0.95"), bd("1.20"), bd("1.00")));
        assertEquals("key result 'CPA to 1.20' on metric 'cpa' (LOWER_IS_BETTER) must have a target below its start "
                + "0.95, was 1.20", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KeyResult.metric("ER down", StandardMetrics.ENGAGEMENT_RATE,
                bd("0.05"), bd("0.04"), bd("0.045")));
        assertEquals(Optional.empty(), KeyResult.metric("plain", bd("1"), bd("2"), bd("1.5")).metricId());
    }

    @Test
    void goalTypesRecommendEveryVariantOfAFamily() {
        assertTrue(GoalType.COMMUNITY_ENGAGEMENT.recommends("engagement_rate"));
        assertTrue(GoalType.COMMUNITY_ENGAGEMENT.recommends("engagement_rate_by_impressions"));
        assertTrue(GoalType.COMMUNITY_ENGAGEMENT.recommends(StandardMetrics.ENGAGEMENT_RATE_BY_REACH));
        assertTrue(GoalType.COMMUNITY_ENGAGEMENT.recommends(StandardMetrics.DAILY_ENGAGEMENT_RATE));
        // GA4's engagement rate is another KPI (engaged sessions over sessions).
        assertFalse(GoalType.COMMUNITY_ENGAGEMENT.recommends(StandardMetrics.WEB_ENGAGEMENT_RATE));
        assertEquals(List.of(GoalType.COMMUNITY_ENGAGEMENT, GoalType.RECRUITING,
                GoalType.INTERNAL_COMMUNICATION), GoalType.suggest(StandardMetrics.ENGAGEMENT_RATE_BY_FOLLOWERS));
        assertEquals(GoalType.suggest("engagement_rate_by_views"),
                GoalType.suggest(StandardMetrics.ENGAGEMENT_RATE_BY_VIEWS));
    }

    @Test
    void theDemosDoubleInstagramEngagementGoalIsRelevant() {
        // The goal of kpi-examples' Demo.smart: engagement_rate (the catalog default) for community engagement.
        Goal doubling = Goal.builder("Double Instagram engagement by Christmas")
                .metric("engagement_rate").scope(INSTAGRAM)
                .baseline(bd("0.031"), LocalDate.of(2026, 10, 1)).target(bd("0.062"))
                .deadline(LocalDate.of(2026, 12, 24)).goalType(GoalType.COMMUNITY_ENGAGEMENT).build();
        SmartValidator validator = SmartValidator.of(Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"),
                ZoneOffset.UTC), MetricLookup.withData(Set.of("engagement_rate")));
        SmartReport report = validator.validate(doubling);
        assertTrue(report.findings().stream().noneMatch(f -> f.criterion() == SmartCriterion.RELEVANT),
                report::toString);
        // A metric of another objective is still not relevant.
        SmartReport cpc = validator.validate(doubling.toBuilder().metric("avg_cpc").direction(
                Direction.LOWER_IS_BETTER).build());
        assertEquals(1, cpc.findings().stream().filter(f -> f.criterion() == SmartCriterion.RELEVANT).count(),
                cpc::toString);
    }

    @Test
    void aGoalWithNoKnownDirectionIsNotSpecific() {
        SmartValidator validator = SmartValidator.of(Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"),
                ZoneOffset.UTC), MetricLookup.withData(Set.of("leads_per_week")));
        SmartReport report = validator.validate(Goal.builder("Leads").metric("leads_per_week").scope(INSTAGRAM)
                .target(bd("200")).deadline(DEADLINE).justification("pipeline").build());
        assertTrue(report.findings().stream().anyMatch(f -> f.criterion() == SmartCriterion.SPECIFIC
                && f.reason().equals("the goal has no direction: its metric 'leads_per_week' is in no catalog and "
                + "the goal sets none")), report::toString);
    }

    @Test
    void referencesApplyToTheVariantsWithTheSameFormula() {
        List<Reference> rival = References.instagramCompetitor("Rival Co");
        Dimensions video = INSTAGRAM.and("content_type", "video");
        Reference five = rival.get(1);
        assertEquals("engagement_rate", five.metricId());
        assertTrue(five.appliesTo("engagement_rate", video));
        assertTrue(five.appliesTo("engagement_rate_by_impressions", video));
        assertTrue(five.appliesTo(StandardMetrics.ENGAGEMENT_RATE_BY_IMPRESSIONS, video));
        // By reach is a variant of the family on another scale: a 5 % rate by impressions says nothing about it.
        assertFalse(five.appliesTo(StandardMetrics.ENGAGEMENT_RATE_BY_REACH, video));
        assertFalse(five.appliesTo("engagement_rate_by_reach", video));
        assertFalse(five.appliesTo("engagement_rate", INSTAGRAM));
        Reference custom = Reference.competitor("Rival Co", "shoe_size", Dimensions.empty(), bd("42"));
        assertTrue(custom.appliesTo("shoe_size", INSTAGRAM));
        assertFalse(custom.appliesTo("engagement_rate", INSTAGRAM));
    }

    @Test
    void scorecardRowsOfTheDefaultEngagementRateHaveAStageAndTheirReference() {
        Dimensions video = INSTAGRAM.and("content_type", "video");
        Scorecard card = Scorecard.builder(JULY_1, StatusPolicy.recruiterflow())
                .value("engagement_rate", video, bd("0.041"))
                .value("engagement_rate_by_reach", video, bd("0.09"))
                .value("leads_per_week", video, bd("12"))
                .references(References.instagramCompetitor("Rival Co"))
                .build();
        ScorecardRow er = card.row("engagement_rate", video).orElseThrow();
        assertEquals(FunnelStage.ENGAGEMENT, er.stage());
        assertEquals(Optional.of(bd("0.05")), er.reference().map(Reference::value));
        ScorecardRow reach = card.row("engagement_rate_by_reach", video).orElseThrow();
        assertEquals(FunnelStage.ENGAGEMENT, reach.stage());
        assertEquals(Optional.empty(), reach.reference());
        assertEquals(FunnelStage.UNASSIGNED, card.row("leads_per_week", video).orElseThrow().stage());
        // A goal on a custom definition brings its stage along.
        Goal custom = Goal.builder("Saves").metric(org.kpisdk.core.metric.MetricDefinition.builder("save_rate")
                .stage(FunnelStage.ENGAGEMENT).expression("likes / impressions", StandardMetrics.catalog()))
                .scope(video).target(bd("0.01")).build();
        Scorecard withGoal = Scorecard.builder(JULY_1, StatusPolicy.recruiterflow()).goal(custom).build();
        assertEquals(FunnelStage.ENGAGEMENT, withGoal.row("save_rate", video).orElseThrow().stage());
    }

    @Test
    void theLintWorksByFamilyAndKnowsTheDefaultEngagementRate() {
        assertEquals(List.of(), KpiSelection.lint(List.of("reach", "engagement_rate")));
        List<Finding> twice = KpiSelection.lint(List.of("engagement_rate", "engagement_rate_by_reach",
                "amplification_rate"));
        assertEquals(1, twice.size(), twice::toString);
        assertEquals("same_family", twice.get(0).rule());
        assertEquals("engagement_rate and engagement_rate_by_reach are variants of one KPI (family "
                + "engagement_rate) and count once", twice.get(0).reason());
        // Three variants and one other KPI: two KPIs at the stage, so no kpis_per_stage warning.
        assertTrue(KpiSelection.lint(List.of("engagement_rate", "daily_engagement_rate", "engagement_rate_by_views",
                "amplification_rate")).stream().noneMatch(f -> f.rule().equals("kpis_per_stage")));
        // A custom catalog's metric declares its own stage.
        MetricCatalog catalog = StandardMetrics.catalog().toBuilder()
                .add(org.kpisdk.core.metric.MetricDefinition.builder("save_rate").stage(FunnelStage.ENGAGEMENT)
                        .expression("likes / impressions", StandardMetrics.catalog()))
                .build();
        assertEquals(List.of(), KpiSelection.lint(List.of("reach", "save_rate"), Map.of(), catalog));
        assertEquals("unknown_stage", KpiSelection.lint(List.of("reach", "save_rate")).get(0).rule());
    }
}
