package org.kpisdk.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kpisdk.core.value.Direction;
import org.kpisdk.core.value.Unit;

/**
 * The identity a metric carries beyond its formula: the KPI family it is a variant of (DOMAIN A.10) and its funnel
 * stage (DOMAIN D.6). The expected families and stages are typed in from those tables, not read back.
 */
final class MetricIdentityTest {
    private static MetricCatalog fresh() {
        return StandardMetrics.catalog(StandardMetrics.DEFAULT_ENGAGEMENT_ACTIONS);
    }

    @Test
    void everyStandardMetricHasAStage() {
        for (MetricCatalog catalog : List.of(StandardMetrics.catalog(), fresh())) {
            List<String> missing = new ArrayList<>();
            for (MetricDefinition m : catalog.metrics()) {
                if (m.stage() == FunnelStage.UNASSIGNED) {
                    missing.add(m.id());
                }
            }
            assertEquals(List.of(), missing, "standard metrics without a funnel stage");
        }
    }

    @Test
    void theEightMetricsThatHadNoStage() {
        MetricCatalog c = fresh();
        assertEquals(FunnelStage.ENGAGEMENT, c.require("engagement_rate").stage());
        assertEquals(FunnelStage.ENGAGEMENT, c.require("engagements").stage());
        assertEquals(FunnelStage.ENGAGEMENT, c.require("applause_per_post").stage());
        assertEquals(FunnelStage.ENGAGEMENT, c.require("conversation_per_post").stage());
        assertEquals(FunnelStage.CONVERSION, c.require("web_session_conversion_rate").stage());
        assertEquals(FunnelStage.CONVERSION, c.require("social_media_conversion_rate_by_reach").stage());
        assertEquals(FunnelStage.AWARENESS, c.require("emails_delivered").stage());
        assertEquals(FunnelStage.AWARENESS, c.require("net_new_followers").stage());
        // D.6's examples per stage.
        assertEquals(FunnelStage.AWARENESS, c.require("reach").stage());
        assertEquals(FunnelStage.CONSIDERATION, c.require("ctr").stage());
        assertEquals(FunnelStage.CONVERSION, c.require("cpa").stage());
        assertEquals(FunnelStage.LOYALTY, c.require("csat").stage());
        assertEquals(FunnelStage.ADVOCACY, c.require("nps").stage());
    }

    @Test
    void theEngagementRateFamily() {
        List<String> members = new ArrayList<>();
        for (MetricDefinition m : fresh().metrics()) {
            if (m.family().equals("engagement_rate")) {
                members.add(m.id());
            }
        }
        assertEquals(List.of("engagement_rate", "engagement_rate_by_impressions", "engagement_rate_by_reach",
                "engagement_rate_by_followers", "daily_engagement_rate", "engagement_rate_by_views",
                "avg_engagement_rate_per_post"), members);
        assertTrue(StandardMetrics.ENGAGEMENT_RATE_BY_REACH.info().sameFamily(StandardMetrics.ENGAGEMENT_RATE.info()));
        assertFalse(StandardMetrics.WEB_ENGAGEMENT_RATE.info().sameFamily(StandardMetrics.ENGAGEMENT_RATE.info()));
        // A.10: the conversion rates of the site, social and ads funnels are separate KPIs.
        assertNotEquals(StandardMetrics.ADS_CONVERSION_RATE.family(), StandardMetrics.WEB_CONVERSION_RATE.family());
        assertEquals("bounce_rate", StandardMetrics.BOUNCE_RATE_UA.family());
        assertEquals("cpa", StandardMetrics.CPA.family());
    }

    @Test
    void aFamilyIsNamedAfterAMetricAndItsVariantsAgreeOnDirectionAndStage() {
        MetricCatalog c = fresh();
        Map<String, List<MetricDefinition>> byFamily = new TreeMap<>();
        for (MetricDefinition m : c.metrics()) {
            byFamily.computeIfAbsent(m.family(), f -> new ArrayList<>()).add(m);
        }
        assertEquals(11, byFamily.values().stream().filter(list -> list.size() > 1).count(), byFamily::toString);
        byFamily.forEach((family, members) -> {
            MetricDefinition head = c.require(family);
            assertEquals(family, head.family(), family + " is the default variant of its own family");
            for (MetricDefinition m : members) {
                assertEquals(head.direction(), m.direction(), m.id() + " vs " + family);
                assertEquals(head.stage(), m.stage(), m.id() + " vs " + family);
            }
        });
    }

    @Test
    void customMetricsAreTheirOwnFamilyWithNoStageUntilTheyDeclareOne() {
        MetricDefinition plain = MetricDefinition.builder("my_rate").expression("likes / impressions",
                StandardMetrics.catalog());
        assertEquals("my_rate", plain.family());
        assertEquals(FunnelStage.UNASSIGNED, plain.stage());
        MetricDefinition variant = MetricDefinition.builder("my_engagement_rate").family("engagement_rate")
                .stage(FunnelStage.ENGAGEMENT).expression("likes / impressions", StandardMetrics.catalog());
        assertEquals("engagement_rate", variant.family());
        assertEquals(FunnelStage.ENGAGEMENT, variant.stage());
        MetricDefinition copy = MetricDefinition.builder(variant.info()).expression("likes / impressions",
                StandardMetrics.catalog());
        assertEquals(variant.info(), copy.info());
        MetricInfo seven = new MetricInfo("x_rate", "X", Unit.RATIO, Direction.HIGHER_IS_BETTER,
                ValueRange.unbounded(), "", "");
        assertEquals("x_rate", seven.family());
        assertEquals(FunnelStage.UNASSIGNED, seven.stage());
    }

    @Test
    void badFamiliesAndStagesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MetricDefinition.builder("my_rate").family("Engagement Rate"));
        assertTrue(e.getMessage().contains("family of metric 'my_rate'"), e.getMessage());
        assertTrue(e.getMessage().contains("Engagement Rate"), e.getMessage());
        assertThrows(NullPointerException.class, () -> MetricDefinition.builder("my_rate").stage(null));
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> FunnelStage.parse("funnel"));
        assertEquals("funnel stage must be one of [AWARENESS, ENGAGEMENT, CONSIDERATION, CONVERSION, LOYALTY, "
                + "ADVOCACY, UNASSIGNED], was 'funnel'", p.getMessage());
    }

    @ParameterizedTest
    @EnumSource(FunnelStage.class)
    void stageIdsParseBack(FunnelStage stage) {
        assertEquals(stage, FunnelStage.parse(stage.id()));
        assertEquals(stage, FunnelStage.parse(stage.name()));
    }
}
