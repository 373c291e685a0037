package com.acme.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.InputValues;
import org.kpisdk.core.metric.MetricCatalog;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.testkit.MetricContract;

/** Mirrors docs/define-your-own-metric.md: the code there compiles and does what the text says. */
final class DefineYourOwnMetricTest {
    @Test
    void providerIsDiscoveredAndItsMetricsEvaluate() {
        MetricCatalog catalog = StandardMetrics.catalog().toBuilder()
                .loadProviders(AcmeMetrics.class.getClassLoader())
                .build();
        InputValues week = InputValues.builder()
                .put(Input.of(StandardMeasures.SAVES), 30)
                .put(Input.of(StandardMeasures.IMPRESSIONS), 2_000)
                .put(Input.of(StandardMeasures.LIKES), 90)
                .put(Input.of(StandardMeasures.COMMENTS), 10)
                .build();
        // no story replies this week: coalesce(story_replies, 0) counts them as 0 -> 30 / 2000 = 0.015
        assertEquals(0, new BigDecimal("0.015").compareTo(
                catalog.require("save_rate").evaluate(week).value().orElseThrow()));
        // 1000 x (90 + 10) / 2000 = 50
        assertEquals(0, new BigDecimal("50").compareTo(
                catalog.require("engagement_per_mille").evaluate(week).value().orElseThrow()));
        assertTrue(catalog.source("save_rate").orElseThrow().contains("AcmeMetrics"));
    }

    @Test
    void javaMetricKeepsTheContract() {
        MetricContract.verify(new EngagementPerMille(), StandardMetrics.catalog(), 300);
    }
}
