package org.kpisdk.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.value.Money;

final class ObservationTableTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate D = LocalDate.of(2026, 3, 1);

    private static ObservationTable.Builder schema() {
        return ObservationTable.builder()
                .dimensions("channel", "region")
                .measure(StandardMeasures.IMPRESSIONS)
                .measure(StandardMeasures.COST, EUR)
                .measure(StandardMeasures.FOLLOWERS);
    }

    @Test
    void keepsRowsColumnWise() {
        ObservationTable t = schema()
                .row(D).dimension("channel", "search").dimension("region", "UK")
                .value(StandardMeasures.IMPRESSIONS, 100).money(StandardMeasures.COST, Money.of("1.25", "EUR")).add()
                .row(D.plusDays(1)).dimension("channel", "social").dimension("region", "UK")
                .value(StandardMeasures.IMPRESSIONS, 7).value(StandardMeasures.FOLLOWERS, 50).add()
                .build();
        assertEquals(2, t.size());
        assertEquals(D, t.date(0));
        assertEquals("social", t.dimension(1, "channel"));
        assertEquals(OptionalLong.of(1_250_000), t.value(0, StandardMeasures.COST));
        assertEquals(OptionalLong.empty(), t.value(1, StandardMeasures.COST));
        assertEquals(OptionalLong.empty(), t.value(0, StandardMeasures.FOLLOWERS));
        assertEquals(java.util.List.of("search", "social"), t.dimensionValues("channel"));
        assertEquals(D, t.firstDate().orElseThrow());
        assertEquals(D.plusDays(1), t.lastDate().orElseThrow());
        assertEquals(EUR, t.currency(StandardMeasures.COST).orElseThrow());
        // 4 (date) + 2 x 4 (codes) + 3 x 8 (values) = 36
        assertEquals(36, t.rawBytesPerRow());
        assertTrue(t.bytesPerRow() > 0);
    }

    @Test
    void bucketsInstantsInTheDeclaredZone() {
        Instant lateEvening = Instant.parse("2026-03-01T23:30:00Z");
        ObservationTable t = ObservationTable.builder().dimensions("channel").measure(StandardMeasures.IMPRESSIONS)
                .zone(ZoneId.of("Europe/Berlin"))
                .row(lateEvening).dimension("channel", "x").value(StandardMeasures.IMPRESSIONS, 1).add()
                .build();
        // 23:30 UTC is 00:30 on the next day in Berlin (UTC+1 in March before DST)
        assertEquals(LocalDate.of(2026, 3, 2), t.date(0));
    }

    @Test
    void instantWithoutZoneIsRefused() {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("channel")
                .measure(StandardMeasures.IMPRESSIONS);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.row(Instant.EPOCH));
        assertTrue(e.getMessage().contains("zone"), e.getMessage());
    }

    @Test
    void bulkColumnsEqualRowByRow() {
        int[] days = {(int) D.toEpochDay(), (int) D.toEpochDay() + 3};
        ObservationTable bulk = ObservationTable.builder().dimensions("channel")
                .measure(StandardMeasures.IMPRESSIONS)
                .addAll(days, Map.of("channel", new String[] {"a", "b"}),
                        Map.of(StandardMeasures.IMPRESSIONS, new long[] {5, 9}))
                .build();
        assertEquals(2, bulk.size());
        assertEquals(D.plusDays(3), bulk.date(1));
        assertEquals("b", bulk.dimension(1, "channel"));
        assertEquals(OptionalLong.of(9), bulk.value(1, StandardMeasures.IMPRESSIONS));
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("negative count", (Consumer<ObservationTable.Builder>) b -> b.row(D)
                        .dimension("channel", "a").dimension("region", "b")
                        .value(StandardMeasures.IMPRESSIONS, -3), "row 0: impressions must be >= 0, was -3"),
                Arguments.of("unknown measure", (Consumer<ObservationTable.Builder>) b -> b.row(D)
                        .value(StandardMeasures.LIKES, 1), "row 0: unknown measure 'likes'"),
                Arguments.of("unknown dimension", (Consumer<ObservationTable.Builder>) b -> b.row(D)
                        .dimension("product", "x"), "row 0: unknown dimension 'product'"),
                Arguments.of("missing date", (Consumer<ObservationTable.Builder>) b -> b
                        .row((LocalDate) null).dimension("channel", "a").dimension("region", "b").add(),
                        "row 0: date is missing"),
                Arguments.of("missing dimension", (Consumer<ObservationTable.Builder>) b -> b.row(D)
                        .dimension("channel", "a").add(), "row 0: dimension 'region' is missing"),
                Arguments.of("currency mismatch", (Consumer<ObservationTable.Builder>) b -> b.row(D)
                        .money(StandardMeasures.COST, Money.of("1.00", "USD")),
                        "row 0: cost: Currency mismatch: USD vs EUR"),
                Arguments.of("sub-micro money", (Consumer<ObservationTable.Builder>) b -> b.row(D)
                        .money(StandardMeasures.COST, Money.of("0.0000001", "EUR")), "row 0: cost must be a whole"),
                Arguments.of("bulk negative", (Consumer<ObservationTable.Builder>) b -> b.addAll(
                        new int[] {0, 0}, Map.of("channel", new String[] {"a", "a"}, "region",
                                new String[] {"r", "r"}),
                        Map.of(StandardMeasures.IMPRESSIONS, new long[] {1, -1})),
                        "row 1: impressions must be >= 0, was -1"),
                Arguments.of("bulk missing dimension value", (Consumer<ObservationTable.Builder>) b -> b.addAll(
                        new int[] {0}, Map.of("channel", new String[] {"a"}, "region", new String[] {null}),
                        Map.of()), "row 0: dimension 'region' is missing"),
                Arguments.of("bulk unknown measure", (Consumer<ObservationTable.Builder>) b -> b.addAll(
                        new int[] {0}, Map.of("channel", new String[] {"a"}, "region", new String[] {"r"}),
                        Map.of(StandardMeasures.LIKES, new long[] {1})),
                        "unknown measure 'likes'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void badRowsAreRefusedNamingRowFieldAndRule(String what, Consumer<ObservationTable.Builder> action,
            String message) {
        ObservationTable.Builder b = schema();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> action.accept(b));
        assertTrue(e.getMessage().startsWith(message), () -> what + ": " + e.getMessage());
        assertEquals(0, b.build().size(), "a refused row adds nothing");
    }

    @Test
    void secondGaugeObservationOfOneSeriesAndDayIsRefused() {
        ObservationTable.Builder b = schema();
        for (int i = 0; i < 2; i++) {
            b.row(D).dimension("channel", "a").dimension("region", "b").value(StandardMeasures.FOLLOWERS, 10).add();
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(e.getMessage().startsWith("row 1: gauge 'followers' allows one observation"), e.getMessage());
        assertTrue(e.getMessage().contains("row 0"), e.getMessage());
    }

    @Test
    void schemaIsFrozenByTheFirstRowAndMoneyNeedsACurrency() {
        ObservationTable.Builder b = schema();
        b.row(D);
        assertThrows(IllegalStateException.class, () -> b.dimension("product"));
        assertThrows(IllegalArgumentException.class,
                () -> ObservationTable.builder().measure(StandardMeasures.COST));
        assertThrows(IllegalArgumentException.class,
                () -> ObservationTable.builder().measure(StandardMeasures.IMPRESSIONS, EUR));
        assertThrows(IllegalArgumentException.class, () -> ObservationTable.builder().dimensions("a", "a"));
    }

    @Test
    void emptyTableReportsNoDates() {
        ObservationTable t = schema().build();
        assertEquals(0, t.size());
        assertFalse(t.firstDate().isPresent());
        assertEquals(0.0, t.bytesPerRow());
        assertThrows(IndexOutOfBoundsException.class, () -> t.date(0));
    }
}
