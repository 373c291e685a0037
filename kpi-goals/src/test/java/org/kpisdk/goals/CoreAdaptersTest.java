package org.kpisdk.goals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.aggregate.QueryResult;
import org.kpisdk.core.analysis.Forecaster;
import org.kpisdk.core.analysis.KpiSeries;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seams wired to kpi-core: catalog and table lookups, histories and forecasts from analysis series. */
final class CoreAdaptersTest {
    private static final String ER = "engagement_rate_by_impressions";
    private static final Dimensions INSTAGRAM = Dimensions.of("channel", "instagram");
    private static final Dimensions VIDEO = INSTAGRAM.and("content_type", "video");

    /** Monthly Instagram video impressions 1,000 → 1,100 → 1,210 (+10 % a month), and one TikTok row. */
    private static ObservationTable table() {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("channel", "content_type")
                .measure(StandardMeasures.IMPRESSIONS).measure(StandardMeasures.LIKES);
        long[] impressions = {1_000, 1_100, 1_210};
        for (int m = 0; m < impressions.length; m++) {
            b = b.row(LocalDate.of(2026, 1 + m, 10)).dimension("channel", "instagram")
                    .dimension("content_type", "video").value(StandardMeasures.IMPRESSIONS, impressions[m])
                    .value(StandardMeasures.LIKES, 10L * (m + 1)).add();
        }
        return b.row(LocalDate.of(2026, 1, 3)).dimension("channel", "tiktok").dimension("content_type", "video")
                .add().build();
    }

    @Test
    void metricLookupReadsTheCatalogAndTheTable() {
        MetricLookup lookup = MetricLookup.of(StandardMetrics.catalog(), table());
        assertTrue(lookup.exists(ER) && lookup.exists("avg_cpc"));
        assertFalse(lookup.exists("shoe_size"));
        assertTrue(lookup.hasData(ER, VIDEO));
        assertTrue(lookup.hasData("impressions", Dimensions.empty()));
        // The TikTok row carries no measure; no Facebook rows; no region dimension; cost is not in the table.
        assertFalse(lookup.hasData(ER, Dimensions.of("channel", "tiktok")));
        assertFalse(lookup.hasData(ER, Dimensions.of("channel", "facebook")));
        assertFalse(lookup.hasData(ER, Dimensions.of("region", "UK")));
        assertFalse(lookup.hasData("avg_cpc", INSTAGRAM));
        assertFalse(lookup.hasData("shoe_size", INSTAGRAM));
    }

    @Test
    void smartValidationWithLookupAndHistoryFromAQuery() {
        ObservationTable table = table();
        QueryResult monthly = Query.builder().metric(StandardMetrics.IMPRESSIONS).where("channel", "instagram")
                .groupBy("content_type").grain(TimeGrain.MONTH).build().execute(table);
        History history = History.of(monthly, "impressions", VIDEO);
        assertEquals(TimeGrain.MONTH, history.grain());
        assertEquals(List.of(1_000.0, 1_100.0, 1_210.0), history.values().stream().map(BigDecimal::doubleValue)
                .toList());
        Clock clock = Clock.fixed(LocalDate.of(2026, 4, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        SmartValidator validator = SmartValidator.of(clock, MetricLookup.of(StandardMetrics.catalog(), table));
        Goal.Builder goal = Goal.builder("Video impressions").metric("impressions").scope(VIDEO)
                .baseline(new BigDecimal("1210"), LocalDate.of(2026, 3, 1)).deadline(LocalDate.of(2026, 6, 1))
                .goalType(GoalType.BRAND_AWARENESS);
        // 3 months at the history's +10 % a month: 1,210 × 1.1³ = 1,610.51 — passes; 2,000 needs
        // (2000/1210)^(1/3) − 1 = +18.24 % a month, beyond the best month (+10 %).
        SmartReport ok = validator.validate(goal.target(new BigDecimal("1610")).build(), history);
        assertTrue(ok.passed(SmartCriterion.MEASURABLE) && ok.passed(SmartCriterion.ACHIEVABLE), ok::toString);
        assertEquals(List.of(), ok.findings(SmartCriterion.ACHIEVABLE));
        SmartReport steep = validator.validate(goal.target(new BigDecimal("2000")).build(), history);
        assertTrue(steep.findings(SmartCriterion.ACHIEVABLE).get(0).reason().startsWith("too steep: the goal needs "
                + "+18.24% per month for 3 months (1210 -> 2000), but the best month in the history changed +10%"),
                steep::toString);
        SmartReport noData = validator.validate(goal.scope(Dimensions.of("channel", "tiktok")).build(), history);
        assertEquals("the metric 'impressions' has no data for scope {channel=tiktok}",
                noData.findings(SmartCriterion.MEASURABLE).get(0).reason());
    }

    @Test
    void historyOfASeriesKeepsItsLatestUnbrokenRun() {
        KpiSeries series = KpiSeries.builder(TimeGrain.MONTH).add(PeriodKey.parse("2026-01"), 10)
                .addUndefined(PeriodKey.parse("2026-02")).add(PeriodKey.parse("2026-03"), 12)
                .add(PeriodKey.parse("2026-04"), 15).add(PeriodKey.parse("2026-06"), 16)
                .add(PeriodKey.parse("2026-07"), 18).build();
        // 2026-05 is missing: the run is June and July.
        assertEquals(new History(TimeGrain.MONTH, List.of(BigDecimal.valueOf(16.0), BigDecimal.valueOf(18.0))),
                History.of(series));
        KpiSeries lastUndefined = KpiSeries.builder(TimeGrain.WEEK).add(PeriodKey.parse("2026-W01"), 1)
                .addUndefined(PeriodKey.parse("2026-W02")).build();
        assertEquals(List.of(), History.of(lastUndefined).values());
        assertEquals(3, History.of(KpiSeries.of(PeriodKey.parse("2026-01"), 1, 2, 3)).values().size());
    }

    @Test
    void forecastFromALinearTrend() {
        // +0.004 a month from 0.020 in January: the line gives 0.020 + 0.004 × 5 = 0.040 for June.
        KpiSeries monthly = KpiSeries.of(PeriodKey.parse("2026-01"), 0.020, 0.024, 0.028);
        ValueForecast f = ValueForecast.of(Forecaster.linearTrend(), monthly);
        Goal june = Goal.builder("ER").metric(ER).baseline(new BigDecimal("0.02"), LocalDate.of(2026, 1, 1))
                .target(new BigDecimal("0.05")).deadline(LocalDate.of(2026, 6, 30)).build();
        BigDecimal value = f.valueAtDeadline(june, new BigDecimal("0.028"), LocalDate.of(2026, 3, 31)).orElseThrow();
        assertEquals(0.040, value.doubleValue(), 1e-12);
        // SalesScreen: forecast / target = 0.04 / 0.05 = 0.8, in [0.5, 1): yellow.
        Assessment a = StatusPolicy.salesScreen().assess(june, Optional.of(new BigDecimal("0.028")),
                LocalDate.of(2026, 3, 31), f);
        assertEquals(Status.YELLOW, a.status());
        // No forecast: the deadline's month is observed; no deadline; a series too short for a trend.
        Goal march = june.toBuilder().deadline(LocalDate.of(2026, 3, 31)).build();
        assertEquals(Optional.empty(), f.valueAtDeadline(march, BigDecimal.ONE, LocalDate.of(2026, 3, 1)));
        Goal undated = Goal.builder("ER").metric(ER).target(BigDecimal.ONE).build();
        assertEquals(Optional.empty(), f.valueAtDeadline(undated, BigDecimal.ONE, LocalDate.of(2026, 3, 1)));
        ValueForecast tooShort = ValueForecast.of(Forecaster.linearTrend(),
                KpiSeries.of(PeriodKey.parse("2026-01"), 0.02, 0.03));
        assertEquals(Optional.empty(), tooShort.valueAtDeadline(june, BigDecimal.ONE, LocalDate.of(2026, 3, 1)));
        Goal far = june.toBuilder().deadline(LocalDate.of(2026, 1, 1).plusMonths(ValueForecast.MAX_HORIZON + 3))
                .build();
        assertEquals(Optional.empty(), f.valueAtDeadline(far, BigDecimal.ONE, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void forecastPerGoalFromAQueryResult() {
        QueryResult monthly = Query.builder().metric(StandardMetrics.IMPRESSIONS).where("channel", "instagram")
                .groupBy("content_type").grain(TimeGrain.MONTH).build().execute(table());
        ValueForecast f = ValueForecast.of(Forecaster.linearTrend(), monthly);
        // Least squares through (0, 1000), (1, 1100), (2, 1210): slope = Σ(x − 1)(y − ȳ) / Σ(x − 1)² = 210 / 2
        // = 105, ȳ = 1103.33, so June (x = 5) is 1103.33 + 105 × 4 = 1523.33.
        Goal june = Goal.builder("Impressions").metric("impressions").scope(VIDEO).target(new BigDecimal("2000"))
                .deadline(LocalDate.of(2026, 6, 15)).build();
        assertEquals(1103.0 + 1.0 / 3 + 420, f.valueAtDeadline(june, BigDecimal.ONE, LocalDate.of(2026, 4, 1))
                .orElseThrow().doubleValue(), 1e-9);
        Goal otherMetric = june.toBuilder().metric("likes").build();
        assertEquals(Optional.empty(), f.valueAtDeadline(otherMetric, BigDecimal.ONE, LocalDate.of(2026, 4, 1)));
        QueryResult ungrouped = Query.builder().metric(StandardMetrics.IMPRESSIONS).build().execute(table());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValueForecast.of(Forecaster.linearTrend(), ungrouped));
        assertTrue(e.getMessage().startsWith("a forecast needs a query with a time grain, was Query[metrics=["
                + "impressions]"), e.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> History.of(monthly, "likes", VIDEO));
        assertEquals("metricId 'likes' is not computed by the query, whose metrics are [impressions]",
                missing.getMessage());
    }
}
