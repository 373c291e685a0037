package org.kpisdk.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;

/**
 * Schema rules, bulk columns, row validation, look-ups and the memory estimate of {@link ObservationTable}. Byte
 * figures are differences worked out by hand from the documented per-row layout (a 4-byte date, a 4-byte code per
 * dimension, an 8-byte value per measure) and a 16-byte array header, so that they do not depend on the constants
 * of the estimate.
 */
final class ObservationTableBuilderTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate D = LocalDate.of(2026, 3, 1);
    private static final int DAY = (int) D.toEpochDay();

    private static ObservationTable.Builder costFirst() {
        return ObservationTable.builder().dimension("channel").dimension("region")
                .measure(StandardMeasures.COST, EUR).measure(StandardMeasures.IMPRESSIONS);
    }

    private static <T extends Throwable> String message(Class<T> type, org.junit.jupiter.api.function.Executable e) {
        return assertThrows(type, e).getMessage();
    }

    @Test
    void reportsItsSchemaAndSummary() {
        ObservationTable t = costFirst()
                .row(D).dimension("channel", "search").dimension("region", "UK").add()
                .row(D.plusDays(3)).dimension("channel", "social").dimension("region", "UK").add()
                .build();
        assertEquals(List.of("channel", "region"), t.dimensions());
        assertEquals(List.of(StandardMeasures.COST, StandardMeasures.IMPRESSIONS), t.measures());
        assertEquals(Optional.of(EUR), t.currency(StandardMeasures.COST));          // the measure at index 0
        assertEquals(Optional.empty(), t.currency(StandardMeasures.IMPRESSIONS));
        assertEquals(Optional.empty(), t.currency(StandardMeasures.LIKES));
        assertEquals("ObservationTable[2 rows, dimensions [channel, region], measures [cost, impressions], "
                + "dates 2026-03-01..2026-03-04]", t.toString());
        assertEquals("ObservationTable[0 rows, dimensions [], measures [], dates -..-]",
                ObservationTable.builder().build().toString());
    }

    @Test
    void lookUpsRefuseUnknownNamesAndRowsOutsideTheTable() {
        ObservationTable t = costFirst()
                .row(D).dimension("channel", "search").dimension("region", "UK").add()
                .build();
        assertEquals("unknown dimension 'product' (declared: [channel, region])",
                message(IllegalArgumentException.class, () -> t.dimension(0, "product")));
        assertEquals("unknown measure 'likes' (declared: [cost, impressions])",
                message(IllegalArgumentException.class, () -> t.value(0, StandardMeasures.LIKES)));
        assertEquals("row must be in [0, 1), was 1",
                message(IndexOutOfBoundsException.class, () -> t.date(1)));
        assertEquals("row must be in [0, 1), was -1",
                message(IndexOutOfBoundsException.class, () -> t.value(-1, StandardMeasures.COST)));
        assertEquals("UK", t.dimension(0, "region"));
    }

    @Test
    void schemaCannotChangeOnceRowsStartAndBuildsOnce() {
        ObservationTable.Builder b = costFirst();
        assertEquals("measure 'cost' is declared twice",
                message(IllegalArgumentException.class, () -> costFirst().measure(StandardMeasures.COST, EUR)));
        b.row(D);
        assertEquals("the schema is frozen once the first row is added",
                message(IllegalStateException.class, () -> b.measure(StandardMeasures.LIKES)));
        assertEquals("the schema is frozen once the first row is added",
                message(IllegalStateException.class, () -> b.zone(ZoneOffset.UTC)));
        b.build();
        assertEquals("build() was already called", message(IllegalStateException.class, b::build));
        // rows after build() would be silently lost: they are refused, whether or not the builder had rows
        assertEquals("build() was already called", message(IllegalStateException.class, () -> b.row(D)));
        assertEquals("build() was already called", message(IllegalStateException.class,
                () -> b.addAll(new int[0], Map.of(), Map.of())));
        ObservationTable.Builder empty = ObservationTable.builder();
        empty.build();
        assertEquals("build() was already called", message(IllegalStateException.class, () -> empty.row(D)));
    }

    @Test
    void bulkColumnsAppendAcrossCallsAndGrowTheArrays() {
        // 12 + 12 rows: more than the initial capacity of 16, in two calls
        ObservationTable.Builder b = ObservationTable.builder().dimension("channel")
                .measure(StandardMeasures.IMPRESSIONS).measure(StandardMeasures.LIKES);
        int[] days = new int[12];
        String[] channels = new String[12];
        long[] first = new long[12];
        long[] second = new long[12];
        for (int i = 0; i < 12; i++) {
            days[i] = DAY + i;
            channels[i] = i < 6 ? "a" : "b";
            first[i] = i;
            second[i] = 100L + i;
        }
        b.addAll(days, Map.of("channel", channels), Map.of(StandardMeasures.IMPRESSIONS, first));
        b.addAll(days, Map.of("channel", channels), Map.of(StandardMeasures.IMPRESSIONS, second,
                StandardMeasures.LIKES, second));
        ObservationTable t = b.build();
        assertEquals(24, t.size());
        for (int i = 0; i < 12; i++) {
            assertEquals(OptionalLong.of(i), t.value(i, StandardMeasures.IMPRESSIONS));
            assertEquals(OptionalLong.empty(), t.value(i, StandardMeasures.LIKES));
            assertEquals(OptionalLong.of(100 + i), t.value(12 + i, StandardMeasures.IMPRESSIONS));
            assertEquals(OptionalLong.of(100 + i), t.value(12 + i, StandardMeasures.LIKES));
            assertEquals(D.plusDays(i), t.date(12 + i));
            assertEquals(i < 6 ? "a" : "b", t.dimension(12 + i, "channel"));
        }
        assertEquals(List.of("a", "b"), t.dimensionValues("channel"));
    }

    @Test
    void badBulkColumnsAreRefusedNamingTheColumnOrRow() {
        ObservationTable.Builder b = ObservationTable.builder().dimension("channel")
                .measure(StandardMeasures.IMPRESSIONS);
        b.addAll(new int[] {DAY, DAY}, Map.of("channel", new String[] {"a", "b"}), Map.of());
        assertEquals("unknown dimension 'region' (declared: [channel])", message(IllegalArgumentException.class,
                () -> b.addAll(new int[] {DAY}, Map.of("channel", new String[] {"a"}, "region", new String[] {"r"}),
                        Map.of())));
        assertEquals("dimension 'channel' is missing from the bulk columns", message(IllegalArgumentException.class,
                () -> b.addAll(new int[] {DAY}, Map.of(), Map.of())));
        assertEquals("column 'channel' has 2 values, the date column 1", message(IllegalArgumentException.class,
                () -> b.addAll(new int[] {DAY}, Map.of("channel", new String[] {"a", "b"}), Map.of())));
        assertEquals("column 'impressions' has 0 values, the date column 1", message(IllegalArgumentException.class,
                () -> b.addAll(new int[] {DAY}, Map.of("channel", new String[] {"a"}),
                        Map.of(StandardMeasures.IMPRESSIONS, new long[0]))));
        // rows are numbered across calls: the builder already holds rows 0 and 1
        assertEquals("row 3: dimension 'channel' must have 1 to 256 characters, was ''",
                message(IllegalArgumentException.class, () -> b.addAll(new int[] {DAY, DAY},
                        Map.of("channel", new String[] {"a", ""}), Map.of())));
        assertEquals("row 2: impressions must be >= 0, was -1", message(IllegalArgumentException.class,
                () -> b.addAll(new int[] {DAY}, Map.of("channel", new String[] {"a"}),
                        Map.of(StandardMeasures.IMPRESSIONS, new long[] {-1}))));
        assertEquals(2, b.build().size(), "refused calls add nothing");
    }

    @Test
    void dimensionValuesAreOneTo256CharactersWithoutControlCharacters() {
        String longest = "x".repeat(Dimensions.MAX_VALUE_LENGTH);
        ObservationTable.Builder b = ObservationTable.builder().dimension("channel");
        b.row(D).dimension("channel", longest).add();
        assertEquals("row 1: dimension 'channel' must have 1 to 256 characters, was '" + longest + "x'",
                message(IllegalArgumentException.class, () -> b.row(D).dimension("channel", longest + "x")));
        assertEquals("row 1: dimension 'channel' must have 1 to 256 characters, was ''",
                message(IllegalArgumentException.class, () -> b.row(D).dimension("channel", "")));
        assertEquals("row 1: dimension 'channel' must not contain control characters, was 'a\tb'",
                message(IllegalArgumentException.class, () -> b.row(D).dimension("channel", "a\tb")));
        assertEquals("row 1: dimension 'channel' must not contain control characters, was 'a\tb'",
                message(IllegalArgumentException.class, () -> b.addAll(new int[] {DAY},
                        Map.of("channel", new String[] {"a\tb"}), Map.of())));
        assertEquals(longest, b.build().dimension(0, "channel"));
    }

    @Test
    void dimensionValuesMustNotHideZeroWidthBidiOrUnpairedSurrogateCharacters() {
        // Issue 26: only control characters were refused.
        ObservationTable.Builder b = ObservationTable.builder().dimension("channel");
        b.row(D).dimension("channel", "caf\u00E9 \uD83D\uDE00").add();
        assertEquals("row 1: dimension 'channel' must not contain zero-width or bidi format characters, found "
                + "U+200D at index 1", message(IllegalArgumentException.class,
                        () -> b.row(D).dimension("channel", "a\u200Db")));
        assertEquals("row 1: dimension 'channel' must not contain zero-width or bidi format characters, found "
                + "U+202E at index 0", message(IllegalArgumentException.class, () -> b.addAll(new int[] {DAY},
                        Map.of("channel", new String[] {"\u202Eab"}), Map.of())));
        assertEquals("row 1: dimension 'channel' must not contain unpaired surrogates, found U+D83D at index 2",
                message(IllegalArgumentException.class, () -> b.row(D).dimension("channel", "ab\uD83D")));
        assertEquals(1, b.build().size());
    }

    @Test
    void datesOutsideYearsOneTo9999AreRefusedWhenTheRowIsAddedNotAtQueryTime() {
        // Issue 26: such dates were accepted and failed only in a query, naming no row, date or column.
        ObservationTable.Builder b = ObservationTable.builder().dimension("channel");
        b.row(ObservationTable.MIN_DATE).dimension("channel", "a").add();
        b.row(ObservationTable.MAX_DATE).dimension("channel", "a").add();
        assertEquals("row 2: date must be in 0001-01-01..9999-12-31, was 0000-12-31", message(
                IllegalArgumentException.class, () -> b.row(LocalDate.of(0, 12, 31)).dimension("channel", "a").add()));
        assertEquals("row 2: date must be in 0001-01-01..9999-12-31, was +10000-01-01", message(
                IllegalArgumentException.class, () -> b.row(LocalDate.of(10_000, 1, 1)).dimension("channel", "a")
                        .add()));
        int[] days = {DAY, (int) LocalDate.of(10_000, 1, 1).toEpochDay()};
        assertEquals("row 3: date must be in 0001-01-01..9999-12-31, was +10000-01-01 (epoch day 2932897)",
                message(IllegalArgumentException.class, () -> b.addAll(days,
                        Map.of("channel", new String[] {"a", "b"}), Map.of())));
        assertEquals("row 2: date must be in 0001-01-01..9999-12-31, was " + LocalDate.ofEpochDay(Integer.MIN_VALUE)
                + " (epoch day -2147483648)",
                message(IllegalArgumentException.class, () -> b.addAll(new int[] {Integer.MIN_VALUE},
                        Map.of("channel", new String[] {"a"}), Map.of())));
        ObservationTable t = b.build();
        assertEquals(2, t.size());
        assertEquals(ObservationTable.MAX_DATE, t.lastDate().orElseThrow());
    }

    @Test
    void rowValuesMustMatchTheMeasureKind() {
        ObservationTable.Builder b = costFirst();
        assertEquals("row 0: money measure 'cost' needs money(...) or micros(...)",
                message(IllegalArgumentException.class, () -> b.row(D).value(StandardMeasures.COST, 1)));
        assertEquals("row 0: measure 'impressions' is not money, use value(...)",
                message(IllegalArgumentException.class, () -> b.row(D).micros(StandardMeasures.IMPRESSIONS, 1)));
        assertEquals("row 0: measure 'impressions' is not money, use value(...)", message(
                IllegalArgumentException.class,
                () -> b.row(D).money(StandardMeasures.IMPRESSIONS, Money.of("1.00", "EUR"))));
        assertEquals("row 0: cost must be > " + Long.MIN_VALUE + ", was " + Long.MIN_VALUE, message(
                IllegalArgumentException.class, () -> b.row(D).micros(StandardMeasures.COST, Long.MIN_VALUE)));
        // money may be negative (refunds); micros(-5) is -0.000005 EUR
        b.row(D).dimension("channel", "a").dimension("region", "r").micros(StandardMeasures.COST, -5).add();
        assertEquals(OptionalLong.of(-5), b.build().value(0, StandardMeasures.COST));
    }

    @Test
    void eachRowStartsEmpty() {
        ObservationTable.Builder b = costFirst();
        b.row(D).dimension("channel", "a").dimension("region", "r").value(StandardMeasures.IMPRESSIONS, 4).add();
        // the second row sets no region: the first row's value must not leak into it
        assertEquals("row 1: dimension 'region' is missing", message(IllegalArgumentException.class,
                () -> b.row(D).dimension("channel", "b").add()));
        b.row(D).dimension("channel", "b").dimension("region", "s").add();
        ObservationTable t = b.build();
        assertEquals(OptionalLong.empty(), t.value(1, StandardMeasures.IMPRESSIONS));
        assertEquals(2, t.size());
    }

    @Test
    void datesBeyondAnIntEpochDayAreRefusedLikeAnyDateOutsideTheSupportedYears() {
        ObservationTable.Builder b = ObservationTable.builder();
        LocalDate max = LocalDate.ofEpochDay(Integer.MAX_VALUE);
        LocalDate min = LocalDate.ofEpochDay(Integer.MIN_VALUE);
        for (LocalDate d : new LocalDate[] {max, max.plusDays(1), min, min.minusDays(1)}) {
            assertEquals("row 0: date must be in 0001-01-01..9999-12-31, was " + d,
                    message(IllegalArgumentException.class, () -> b.row(d).add()));
        }
        assertEquals(0, b.build().size());
    }

    @Test
    void gaugesOfDifferentSeriesMayShareADay() {
        // followers is a gauge: one observation per (dimensions, date); two channels on one day are two series
        ObservationTable t = ObservationTable.builder().dimensions("channel", "region")
                .measure(StandardMeasures.FOLLOWERS)
                .row(D).dimension("channel", "a").dimension("region", "r").value(StandardMeasures.FOLLOWERS, 10).add()
                .row(D).dimension("channel", "b").dimension("region", "r").value(StandardMeasures.FOLLOWERS, 20).add()
                .row(D).dimension("channel", "a").dimension("region", "s").value(StandardMeasures.FOLLOWERS, 30).add()
                .row(D.plusDays(1)).dimension("channel", "a").dimension("region", "r")
                .value(StandardMeasures.FOLLOWERS, 11).add()
                .build();
        assertEquals(4, t.size());
        assertEquals(OptionalLong.of(30), t.value(2, StandardMeasures.FOLLOWERS));
    }

    @Test
    void memoryEstimateGrowsWithRowsMeasuresDictionaryAndBitmaps() {
        ObservationTable two = oneDimension(new String[] {"a", "b"}, new long[] {1, 2}, 1);
        ObservationTable four = oneDimension(new String[] {"a", "b", "a", "b"}, new long[] {1, 2, 3, 4}, 1);
        // two more rows: 2 x (4 date + 4 code + 8 value) = 32 bytes; same dictionary
        assertEquals(4 + 4 + 8, two.rawBytesPerRow());
        assertEquals(32, four.memoryBytes() - two.memoryBytes());
        // bytesPerRow is memoryBytes / rows
        assertEquals(four.memoryBytes() / 4.0, four.bytesPerRow());
        assertEquals(two.memoryBytes() / 2.0, two.bytesPerRow());
        // one more character in the dictionary ("bb" instead of "b") costs one byte
        ObservationTable longer = oneDimension(new String[] {"a", "bb"}, new long[] {1, 2}, 1);
        assertEquals(1, longer.memoryBytes() - two.memoryBytes());
        // a second measure column of 2 longs: 16 + 2 x 8 = 32 bytes of column, plus the per-column overhead
        ObservationTable twoMeasures = oneDimension(new String[] {"a", "b"}, new long[] {1, 2}, 2);
        long perColumnOverhead = twoMeasures.memoryBytes() - two.memoryBytes() - 32;
        assertTrue(perColumnOverhead > 0, "a column costs more than its array, was " + perColumnOverhead);
        // a measure absent from one row adds a presence bitmap of one long: 16 + 8 = 24 bytes
        ObservationTable partial = ObservationTable.builder().dimension("channel")
                .measure(StandardMeasures.IMPRESSIONS)
                .row(D).dimension("channel", "a").value(StandardMeasures.IMPRESSIONS, 1).add()
                .row(D).dimension("channel", "b").add()
                .build();
        assertEquals(24, partial.memoryBytes() - two.memoryBytes());
    }

    private static ObservationTable oneDimension(String[] channels, long[] values, int measures) {
        ObservationTable.Builder b = ObservationTable.builder().dimension("channel")
                .measure(StandardMeasures.IMPRESSIONS);
        if (measures > 1) {
            b.measure(StandardMeasures.LIKES);
        }
        int[] days = new int[channels.length];
        java.util.Arrays.fill(days, DAY);
        return measures > 1
                ? b.addAll(days, Map.of("channel", channels), Map.of(StandardMeasures.IMPRESSIONS, values,
                        StandardMeasures.LIKES, values)).build()
                : b.addAll(days, Map.of("channel", channels), Map.of(StandardMeasures.IMPRESSIONS, values)).build();
    }
}
