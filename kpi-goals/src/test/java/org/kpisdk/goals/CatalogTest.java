package org.kpisdk.goals;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kpisdk.core.metric.FunnelStage;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.StandardMetrics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The goal-type catalog (seed 002) and the "two KPIs per funnel stage" lint (seeds 000, 003). */
final class CatalogTest {
    @Test
    void tenGoalTypesWithTheSeedsKeyMetrics() {
        assertEquals(10, GoalType.values().length);
        // Seed 002, "Costruire la consapevolezza del marchio": mentions, shares, post reach, impressions, virality
        // rate, amplification rate.
        assertEquals(List.of("brand_mentions", "reach", "post_reach_rate", "impressions", "virality_rate",
                "amplification_rate"), GoalType.BRAND_AWARENESS.keyMetrics());
        // "Incrementare le conversioni/vendite": conversion rate, CTR, bounce rate, social media conversion rate,
        // and CPC and CPM with social ads.
        assertEquals(List.of("web_conversion_rate", "social_ctr", "bounce_rate", "social_media_conversion_rate",
                "avg_cpc", "cpm"), GoalType.CONVERSIONS_SALES.keyMetrics());
        // Customer insight is measured by internal milestones.
        assertEquals(List.of(), GoalType.CUSTOMER_INSIGHT.keyMetrics());
        assertEquals(List.of(GoalType.BRAND_REPUTATION, GoalType.COMMUNITY_ENGAGEMENT), GoalType.suggest("nps"));
        assertEquals(List.of(), GoalType.suggest("no_such_metric"));
    }

    @Test
    void everyKeyMetricHasAFunnelStage() {
        for (GoalType t : GoalType.values()) {
            for (MetricDefinition m : t.keyMetricDefinitions()) {
                assertTrue(m.stage() != FunnelStage.UNASSIGNED, () -> t + " lists " + m.id() + " with no stage");
                assertEquals(m, StandardMetrics.catalog().require(m.id()));
            }
            assertEquals(t.keyMetrics().size(), t.keyMetricDefinitions().size());
        }
    }

    @Test
    void twoPerStageLint() {
        List<Finding> f = KpiSelection.lint(List.of("reach", "impressions", "brand_mentions", "cpa",
                "web_conversion_rate"));
        assertEquals(3, f.size(), f::toString);
        assertEquals("kpis_per_stage", f.get(0).rule());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("3 KPIs at stage AWARENESS (reach, impressions, brand_mentions); about 2 per stage keeps the "
                + "scorecard readable", f.get(0).reason());
        // Awareness and conversion are covered; engagement and consideration between them are empty.
        assertEquals("no KPI at stage ENGAGEMENT, between AWARENESS and CONVERSION", f.get(1).reason());
        assertEquals("no KPI at stage CONSIDERATION, between AWARENESS and CONVERSION", f.get(2).reason());
        assertEquals(Severity.INFO, f.get(2).severity());
        assertEquals("unknown_stage", KpiSelection.lint(List.of("shoe_size")).get(0).rule());
        assertEquals(List.of(), KpiSelection.lint(List.of("reach", "engagement_rate_by_impressions", "reach")));
        assertEquals(List.of(), KpiSelection.lint(List.of("shoe_size", "reach"),
                Map.of("shoe_size", FunnelStage.AWARENESS)));
    }

    @Test
    void everyStageIsCoveredByTheStandardMetrics() {
        Set<FunnelStage> covered = EnumSet.noneOf(FunnelStage.class);
        for (MetricDefinition m : StandardMetrics.all()) {
            covered.add(m.stage());
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(FunnelStage.UNASSIGNED)), covered);
    }
}
