package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

/**
 * The reason of an undefined value survives the query engine: sequential, parallel and merged-from-bytes results
 * agree on it, filled periods and missing base periods say why they are undefined, and a {@link Change} says why
 * its relative change is empty.
 */
final class QueryUndefinedReasonTest {
    /** search: impressions in January (10) and March (0); social: impressions in February only. */
    private static ObservationTable table() {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("channel")
                .measure(StandardMeasures.IMPRESSIONS).measure(StandardMeasures.AD_CLICKS);
        b.row(LocalDate.of(2026, 1, 4)).dimension("channel", "search").value(StandardMeasures.IMPRESSIONS, 10)
                .value(StandardMeasures.AD_CLICKS, 1).add();
        b.row(LocalDate.of(2026, 3, 4)).dimension("channel", "search").value(StandardMeasures.IMPRESSIONS, 0)
                .value(StandardMeasures.AD_CLICKS, 0).add();
        b.row(LocalDate.of(2026, 2, 4)).dimension("channel", "social").value(StandardMeasures.IMPRESSIONS, 7)
                .add();
        return b.build();
    }

    private static QueryResult.Row row(QueryResult r, String channel, String month) {
        return r.find(Dimensions.of("channel", channel), Optional.of(PeriodKey.parse(month))).orElseThrow();
    }

    @Test
    void zeroDenominatorMissingInputAndFilledPeriodSayWhy() {
        Query q = Query.builder().metric(StandardMetrics.CTR).groupBy("channel").grain(TimeGrain.MONTH)
                .fillMissingPeriods().build();
        QueryResult r = q.execute(table());
        assertEquals("undefined (0/0): denominator impressions = 0", row(r, "search", "2026-03").value("ctr")
                .toString());
        assertEquals(Optional.of("no observation of 'ad_clicks'"),
                row(r, "social", "2026-02").value("ctr").undefinedReason());
        assertEquals(Optional.of("no observation of 'ad_clicks'"),
                row(r, "search", "2026-02").value("ctr").undefinedReason(), "a filled period has no rows");
        assertEquals(r, q.execute(table(), 3));
        PartialAggregate p = q.partial(table(), 0, 1).plus(q.partial(table(), 1, 3));
        assertEquals(r, PartialAggregate.fromBytes(q, p.toBytes()).result());
    }

    @Test
    void changeSaysWhyItIsUndefined() {
        QueryResult r = Query.builder().metric(StandardMetrics.CTR).groupBy("channel").grain(TimeGrain.MONTH)
                .compareWith(Comparison.PREVIOUS_PERIOD).build().execute(table());
        Change first = row(r, "search", "2026-01").change("ctr").orElseThrow();
        assertEquals(Optional.of("base period 2025-12 has no rows"), first.previous().undefinedReason());
        assertEquals(Optional.of("previous value undefined: base period 2025-12 has no rows"),
                first.undefinedReason());
        Change march = row(r, "search", "2026-03").change("ctr").orElseThrow();
        assertEquals(Optional.of("current value undefined: denominator impressions = 0"), march.undefinedReason());
        Change zero = new Change(Comparison.PREVIOUS_PERIOD, PeriodKey.parse("2026-01"),
                MetricValue.of(org.kpisdk.core.value.Unit.COUNT, java.math.BigDecimal.ONE),
                MetricValue.of(org.kpisdk.core.value.Unit.COUNT, java.math.BigDecimal.ZERO));
        assertEquals(Optional.of("previous value is 0"), zero.undefinedReason());
        Change defined = new Change(Comparison.PREVIOUS_PERIOD, PeriodKey.parse("2026-01"),
                MetricValue.of(org.kpisdk.core.value.Unit.COUNT, java.math.BigDecimal.ONE),
                MetricValue.of(org.kpisdk.core.value.Unit.COUNT, java.math.BigDecimal.TEN));
        assertEquals(Optional.empty(), defined.undefinedReason());
    }
}
