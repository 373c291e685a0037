package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.GaugeReduction;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.metric.NullPolicy;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.TimeGrain;

final class QueryTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final BaseMeasure IMPR = StandardMeasures.IMPRESSIONS;
    private static final BaseMeasure CLICKS = StandardMeasures.AD_CLICKS;
    private static final BaseMeasure FOLLOWERS = StandardMeasures.FOLLOWERS;
    private static final MetricDefinition CTR = MetricDefinition.builder("ctr")
            .ratio(Input.of(CLICKS), Input.of(IMPR));
    private static final MetricDefinition CLICK_SUM = MetricDefinition.builder("clicks").simple(Input.of(CLICKS));
    private static final MetricDefinition CLICKS_OR_ZERO = MetricDefinition.builder("clicks_or_zero")
            .simple(Input.of(CLICKS).withNullPolicy(NullPolicy.ZERO));

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    private static ObservationTable table() {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("channel", "region")
                .measure(IMPR).measure(CLICKS).measure(StandardMeasures.COST, EUR);
        // channel, region, date, impressions, clicks, cost
        Object[][] rows = {
            {"search", "UK", day(1, 5), 1000L, 10L, "2.00"},
            {"search", "UK", day(1, 20), 3000L, 50L, "6.00"},
            {"search", "IE", day(2, 3), 1000L, 0L, "1.00"},
            {"social", "UK", day(1, 7), 0L, 0L, "0.00"},
            {"social", "UK", day(3, 9), 500L, 5L, "0.50"},
        };
        for (Object[] r : rows) {
            b.row((LocalDate) r[2]).dimension("channel", (String) r[0]).dimension("region", (String) r[1])
                    .value(IMPR, (Long) r[3]).value(CLICKS, (Long) r[4])
                    .money(StandardMeasures.COST, Money.of((String) r[5], "EUR")).add();
        }
        return b.build();
    }

    private static MetricValue value(QueryResult r, String channel, PeriodKey p, String metric) {
        return r.find(Dimensions.of("channel", channel), Optional.ofNullable(p)).orElseThrow().value(metric);
    }

    @Test
    void ratioOfSumsPerChannelAndMonth() {
        MetricDefinition cpc = MetricDefinition.builder("cpc").ratio(Input.of(StandardMeasures.COST), Input.of(CLICKS));
        QueryResult r = Query.builder().metric(CTR).metric(cpc).groupBy("channel").grain(TimeGrain.MONTH).build()
                .execute(table());
        PeriodKey jan = PeriodKey.parse("2026-01");
        // search January: (10 + 50) / (1000 + 3000) = 60/4000, not the mean of 1% and 1.67%
        assertEquals(Ratio.of(60, 4000), value(r, "search", jan, "ctr").ratio().orElseThrow());
        // search January cost per click: 8.00 EUR / 60
        assertEquals(0, new BigDecimal("8.00").divide(new BigDecimal(60), 12, java.math.RoundingMode.HALF_EVEN)
                .compareTo(value(r, "search", jan, "cpc").money().orElseThrow().amount()));
        // social January: 0/0 is undefined, never NaN
        assertFalse(value(r, "social", jan, "ctr").isDefined());
        // search February: 0 clicks over 1000
        assertEquals(Ratio.of(0, 1000), value(r, "search", PeriodKey.parse("2026-02"), "ctr").ratio().orElseThrow());
        assertEquals(4, r.size());
        assertEquals(List.of("search", "search", "social", "social"),
                r.rows().stream().map(x -> x.dimensions().get("channel").orElseThrow()).toList());
    }

    @Test
    void filtersAndDateRange() {
        QueryResult r = Query.builder().metric(CLICK_SUM).groupBy("channel").where("region", "UK")
                .between(day(1, 6), day(3, 31)).build().execute(table());
        // search UK after Jan 6: 50; social UK: 0 + 5
        assertEquals(0, new BigDecimal(50).compareTo(value(r, "search", null, "clicks").value().orElseThrow()));
        assertEquals(0, new BigDecimal(5).compareTo(value(r, "social", null, "clicks").value().orElseThrow()));
        assertEquals(2, r.size());
    }

    @Test
    void fillMissingPeriodsFollowsTheNullPolicy() {
        QueryResult r = Query.builder().metric(CLICK_SUM).metric(CLICKS_OR_ZERO).groupBy("channel")
                .grain(TimeGrain.MONTH).between(day(1, 1), day(4, 30)).fillMissingPeriods().build()
                .execute(table());
        // 2 channels x 4 months
        assertEquals(8, r.size());
        PeriodKey apr = PeriodKey.parse("2026-04");
        assertFalse(value(r, "search", apr, "clicks").isDefined());
        assertEquals(0, BigDecimal.ZERO.compareTo(value(r, "search", apr, "clicks_or_zero").value().orElseThrow()));
    }

    @Test
    void previousPeriodAndLastYearChanges() {
        QueryResult r = Query.builder().metric(CLICK_SUM).groupBy("channel").grain(TimeGrain.MONTH)
                .between(day(2, 1), day(3, 31)).compareWith(Comparison.PREVIOUS_PERIOD).build().execute(table());
        // search February (0 clicks) vs January (60), January read although outside the range
        Change c = r.find(Dimensions.of("channel", "search"), Optional.of(PeriodKey.parse("2026-02")))
                .orElseThrow().change("clicks").orElseThrow();
        assertEquals(0, new BigDecimal(-60).compareTo(c.difference().orElseThrow()));
        assertEquals(0, new BigDecimal(-1).compareTo(c.relativeChange().orElseThrow()));
        // social March (5) vs February: no rows, undefined change, the row is kept
        Change s = r.find(Dimensions.of("channel", "social"), Optional.of(PeriodKey.parse("2026-03")))
                .orElseThrow().change("clicks").orElseThrow();
        assertFalse(s.previous().isDefined());
        assertTrue(s.difference().isEmpty());
        assertEquals(2, r.size(), "January rows are read for the comparison but not shown");

        QueryResult y = Query.builder().metric(CLICK_SUM).grain(TimeGrain.MONTH)
                .compareWith(Comparison.SAME_PERIOD_LAST_YEAR).build().execute(table());
        assertTrue(y.rows().stream().allMatch(row -> row.change("clicks").orElseThrow().relativeChange().isEmpty()));
        assertEquals(PeriodKey.parse("2025-01"), y.rows().get(0).change("clicks").orElseThrow().basePeriod());
    }

    @Test
    void relativeChangeOfZeroPreviousIsUndefined() {
        Change c = new Change(Comparison.PREVIOUS_PERIOD, PeriodKey.parse("2026-01"),
                MetricValue.of(org.kpisdk.core.value.Unit.COUNT, BigDecimal.TEN),
                MetricValue.of(org.kpisdk.core.value.Unit.COUNT, BigDecimal.ZERO));
        assertEquals(0, BigDecimal.TEN.compareTo(c.difference().orElseThrow()));
        assertTrue(c.relativeChange().isEmpty());
    }

    @Test
    void trailingWindowSumsTheLastPeriods() {
        QueryResult r = Query.builder().metric(CLICK_SUM).groupBy("channel").grain(TimeGrain.MONTH).trailing(2)
                .between(day(2, 1), day(3, 31)).build().execute(table());
        // search February over Jan..Feb: 10 + 50 + 0 = 60
        assertEquals(0, new BigDecimal(60).compareTo(
                value(r, "search", PeriodKey.parse("2026-02"), "clicks").value().orElseThrow()));
        // social March over Feb..Mar: 5
        assertEquals(0, new BigDecimal(5).compareTo(
                value(r, "social", PeriodKey.parse("2026-03"), "clicks").value().orElseThrow()));
    }

    @Test
    void gaugesTakeTheirPeriodValuePerSeriesThenAddAcrossSeries() {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("channel", "region").measure(FOLLOWERS);
        // search/UK: 100 on Jan 2, 130 on Jan 30; search/IE: 40 on Jan 10 only
        b.row(day(1, 2)).dimension("channel", "search").dimension("region", "UK").value(FOLLOWERS, 100).add();
        b.row(day(1, 30)).dimension("channel", "search").dimension("region", "UK").value(FOLLOWERS, 130).add();
        b.row(day(1, 10)).dimension("channel", "search").dimension("region", "IE").value(FOLLOWERS, 40).add();
        ObservationTable t = b.build();
        Query q = Query.builder().groupBy("channel").grain(TimeGrain.MONTH)
                .metric(MetricDefinition.builder("last").simple(Input.of(FOLLOWERS)))
                .metric(MetricDefinition.builder("first").simple(Input.of(FOLLOWERS, GaugeReduction.FIRST)))
                .metric(MetricDefinition.builder("avg").simple(Input.of(FOLLOWERS, GaugeReduction.AVERAGE)))
                .metric(MetricDefinition.builder("days").simple(Input.of(FOLLOWERS, GaugeReduction.SUM_OVER_TIME)))
                .build();
        QueryResult.Row row = q.execute(t).rows().get(0);
        assertEquals(0, new BigDecimal(170).compareTo(row.value("last").value().orElseThrow()));    // 130 + 40
        assertEquals(0, new BigDecimal(140).compareTo(row.value("first").value().orElseThrow()));   // 100 + 40
        assertEquals(0, new BigDecimal(155).compareTo(row.value("avg").value().orElseThrow()));     // 115 + 40
        assertEquals(0, new BigDecimal(270).compareTo(row.value("days").value().orElseThrow()));    // 230 + 40
    }

    @Test
    void distinctCountsAreRefusedForReAggregation() {
        MetricDefinition reach = MetricDefinition.builder("reach").simple(Input.of(StandardMeasures.REACH));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Query.builder().metric(reach));
        assertTrue(e.getMessage().contains("'reach', a NON_ADDITIVE measure"), e.getMessage());
    }

    @Test
    void aSumThatWouldOverflowRaises() {
        long big = Long.MAX_VALUE / 2 + 1;
        ObservationTable t = ObservationTable.builder().dimensions("channel").measure(CLICKS)
                .row(day(1, 1)).dimension("channel", "a").value(CLICKS, big).add()
                .row(day(1, 2)).dimension("channel", "a").value(CLICKS, big).add()
                .build();
        Query q = Query.builder().metric(CLICK_SUM).build();
        assertThrows(ArithmeticException.class, () -> q.execute(t));
        // each half alone is fine; their merge overflows
        PartialAggregate a = q.partial(t, 0, 1);
        PartialAggregate b = q.partial(t, 1, 2);
        assertThrows(ArithmeticException.class, () -> a.plus(b));
    }

    @Test
    void badQueriesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Query.builder().build());
        assertThrows(IllegalArgumentException.class, () -> Query.builder().metric(CTR).trailing(3).build());
        assertThrows(IllegalArgumentException.class, () -> Query.builder().metric(CTR).metric(CTR));
        assertThrows(IllegalArgumentException.class,
                () -> Query.builder().metric(CTR).between(day(2, 1), day(1, 1)));
        Query unknown = Query.builder().metric(CTR).groupBy("product").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> unknown.execute(table()));
        assertTrue(e.getMessage().contains("unknown dimension 'product'"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> PartialAggregate.empty().result());
    }

    @Test
    void partialsOfOtherQueriesOrCurrenciesDoNotMerge() {
        Query q = Query.builder().metric(MetricDefinition.builder("cost").simple(Input.of(StandardMeasures.COST)))
                .build();
        ObservationTable usd = ObservationTable.builder().dimensions("channel")
                .measure(StandardMeasures.COST, Currency.getInstance("USD")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> q.partial(table()).plus(q.partial(usd)));
        assertTrue(e.getMessage().startsWith("Currency mismatch: EUR vs USD"), e.getMessage());
        Query other = Query.builder().metric(CTR).build();
        assertThrows(IllegalArgumentException.class, () -> q.partial(table()).plus(other.partial(table())));
    }

    @Test
    void parallelEqualsSequentialOnASmallTable() {
        Query q = Query.builder().metric(CTR).metric(CLICK_SUM).groupBy("channel", "region").grain(TimeGrain.WEEK)
                .build();
        assertEquals(q.execute(table()), q.execute(table(), 3));
    }
}
