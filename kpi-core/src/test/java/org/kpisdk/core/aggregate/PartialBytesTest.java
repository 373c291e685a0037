package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.TimeGrain;

/** The byte encoding of partial aggregates round-trips every state: sums, presence, gauge cells, currencies. */
final class PartialBytesTest {
    private static final MetricDefinition CTR = MetricDefinition.builder("ctr")
            .ratio(Input.of(StandardMeasures.AD_CLICKS), Input.of(StandardMeasures.IMPRESSIONS));
    private static final MetricDefinition SPEND = MetricDefinition.builder("spend")
            .simple(Input.of(StandardMeasures.COST));
    private static final MetricDefinition FOLLOWERS = MetricDefinition.builder("followers")
            .simple(Input.of(StandardMeasures.FOLLOWERS));
    private static final Query QUERY = Query.builder().metric(CTR).metric(SPEND).metric(FOLLOWERS)
            .groupBy("channel").grain(TimeGrain.MONTH).build();

    private static ObservationTable table() {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("channel", "region")
                .measure(StandardMeasures.IMPRESSIONS).measure(StandardMeasures.AD_CLICKS)
                .measure(StandardMeasures.COST, Currency.getInstance("EUR")).measure(StandardMeasures.FOLLOWERS);
        b.row(LocalDate.of(2026, 1, 5)).dimension("channel", "search").dimension("region", "UK")
                .value(StandardMeasures.IMPRESSIONS, 1000).value(StandardMeasures.AD_CLICKS, 10)
                .money(StandardMeasures.COST, Money.of("2.50", "EUR")).value(StandardMeasures.FOLLOWERS, 70).add();
        b.row(LocalDate.of(2026, 1, 9)).dimension("channel", "search").dimension("region", "IE")
                .value(StandardMeasures.IMPRESSIONS, 0).add();
        b.row(LocalDate.of(2026, 2, 1)).dimension("channel", "social").dimension("region", "UK")
                .value(StandardMeasures.FOLLOWERS, 90).add();
        return b.build();
    }

    @Test
    void roundTripGivesAnEqualPartialAndResult() {
        PartialAggregate p = QUERY.partial(table());
        PartialAggregate back = PartialAggregate.fromBytes(QUERY, p.toBytes());
        assertEquals(p, back);
        assertEquals(QUERY.execute(table()), back.result());
    }

    @Test
    void halvesShippedAsBytesMergeToTheWhole() {
        ObservationTable t = table();
        PartialAggregate a = PartialAggregate.fromBytes(QUERY, QUERY.partial(t, 0, 1).toBytes());
        PartialAggregate b = PartialAggregate.fromBytes(QUERY, QUERY.partial(t, 1, t.size()).toBytes());
        assertEquals(QUERY.partial(t), a.plus(b));
    }

    @Test
    void emptyRoundTripsToEmpty() {
        assertTrue(PartialAggregate.fromBytes(QUERY, PartialAggregate.empty().toBytes()).isEmpty());
    }

    @Test
    void foreignOrTruncatedBytesAreRefused() {
        byte[] ok = QUERY.partial(table()).toBytes();
        IllegalArgumentException truncated = assertThrows(IllegalArgumentException.class,
                () -> PartialAggregate.fromBytes(QUERY, Arrays.copyOf(ok, ok.length - 3)));
        assertTrue(truncated.getMessage().contains("not a complete partial aggregate"), truncated.getMessage());
        IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
                () -> PartialAggregate.fromBytes(QUERY, new byte[] {1, 2, 3, 4, 0}));
        assertTrue(foreign.getMessage().contains("marker"), foreign.getMessage());
        byte[] huge = ok.clone();
        huge[5] = 0x7f; // the currency count (after the 4-byte marker and the empty flag) claims ~2^31 entries
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
                () -> PartialAggregate.fromBytes(QUERY, huge));
        assertTrue(count.getMessage().contains("currencies"), count.getMessage());
        Query other = Query.builder().metric(CTR).groupBy("channel").build();
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> PartialAggregate.fromBytes(other, ok));
        // Refused at the first part that does not fit: here the currency of cost, which the other query never sums.
        assertTrue(shape.getMessage().contains("not a money measure of query " + other), shape.getMessage());
    }
}
