package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.GaugeReduction;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.StandardMeasures;

/**
 * Issue 26: series and group keys of tables with many dimensions. The keys were packed as {@code key * radix +
 * code} with {@code radix} the product of all dictionary sizes, which wrapped silently (a dimension dropped, two
 * series merged) and threw a raw {@code ArithmeticException} when the product of the cardinalities did not fit in
 * a long.
 */
final class ManyDimensionsKeyTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final MetricDefinition LAST = MetricDefinition.builder("followers_last")
            .simple(Input.of(StandardMeasures.FOLLOWERS, GaugeReduction.LAST));
    private static final MetricDefinition IMPRESSIONS = MetricDefinition.builder("impressions")
            .simple(Input.of(StandardMeasures.IMPRESSIONS));

    /**
     * The issue's table: dimension {@code d0} has 2 values and {@code d1..d4} 16 each, so the old radix was 2^17
     * and {@code d0}'s weight 2^68 wrapped to 0. Rows 0..15 are 16 series on {@code firstDay}; row 16 differs from
     * row 0 only in {@code d0} and is observed on {@code lastDay}.
     */
    private static ObservationTable issueTable(LocalDate lastDay) {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("d0", "d1", "d2", "d3", "d4")
                .measure(StandardMeasures.FOLLOWERS).measure(StandardMeasures.IMPRESSIONS);
        for (int i = 0; i < 16; i++) {
            ObservationTable.RowBuilder r = b.row(DAY).dimension("d0", "a");
            for (int d = 1; d <= 4; d++) {
                r.dimension("d" + d, "v" + i);
            }
            r.value(StandardMeasures.FOLLOWERS, 100).value(StandardMeasures.IMPRESSIONS, 1).add();
        }
        ObservationTable.RowBuilder r = b.row(lastDay).dimension("d0", "b");
        for (int d = 1; d <= 4; d++) {
            r.dimension("d" + d, "v0");
        }
        r.value(StandardMeasures.FOLLOWERS, 50).value(StandardMeasures.IMPRESSIONS, 1).add();
        return b.build();
    }

    @Test
    void lastGaugeTotalOverFiveDimensionsKeepsEverySeries() {
        ObservationTable table = issueTable(DAY.plusDays(1));
        // 16 series last seen at 100 and one at 50: 1650 (the wrapped key merged row 16 into row 0's series: 1550).
        QueryResult total = Query.builder().metric(LAST).build().execute(table);
        assertEquals(1650L, total.rows().get(0).value("followers_last").value().orElseThrow().longValueExact());
        QueryResult byD0 = Query.builder().metric(LAST).groupBy("d0").build().execute(table);
        long sum = 0;
        for (QueryResult.Row row : byD0.rows()) {
            sum += row.value("followers_last").value().orElseThrow().longValueExact();
        }
        assertEquals(1650L, sum);
    }

    @Test
    void seriesThatDifferOnlyInTheFirstOfFiveDimensionsAreNotDuplicates() {
        ObservationTable table = issueTable(DAY);
        assertEquals(17, table.size());
        QueryResult total = Query.builder().metric(LAST).build().execute(table);
        assertEquals(1650L, total.rows().get(0).value("followers_last").value().orElseThrow().longValueExact());
    }

    @Test
    void aRealDuplicateOverFiveDimensionsNamesItsOwnDimensionValues() {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("d0", "d1", "d2", "d3", "d4")
                .measure(StandardMeasures.FOLLOWERS);
        for (int i = 0; i < 17; i++) {
            ObservationTable.RowBuilder r = b.row(DAY).dimension("d0", i == 16 ? "b" : "a");
            for (int d = 1; d <= 4; d++) {
                r.dimension("d" + d, "v" + (i == 16 ? 3 : i));
            }
            r.value(StandardMeasures.FOLLOWERS, 100).add();
        }
        ObservationTable.RowBuilder r = b.row(DAY).dimension("d0", "b");
        for (int d = 1; d <= 4; d++) {
            r.dimension("d" + d, "v3");
        }
        r.value(StandardMeasures.FOLLOWERS, 1).add();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertEquals("row 17: gauge 'followers' allows one observation per dimensions and date, but row 16 has the "
                + "same date 2026-03-01 and dimensions {d0=b, d1=v3, d2=v3, d3=v3, d4=v3}", e.getMessage());
    }

    /** {@code dims} dimensions of {@code values} values each, one row per value (value i in every dimension). */
    private static ObservationTable diagonal(int dims, int values, boolean gauge) {
        ObservationTable.Builder b = ObservationTable.builder();
        String[] names = new String[dims];
        for (int d = 0; d < dims; d++) {
            names[d] = "d" + d;
        }
        b.dimensions(names).measure(StandardMeasures.IMPRESSIONS);
        if (gauge) {
            b.measure(StandardMeasures.FOLLOWERS);
        }
        int[] days = new int[values];
        Map<String, String[]> columns = new HashMap<>();
        long[] ones = new long[values];
        java.util.Arrays.fill(days, (int) DAY.toEpochDay());
        java.util.Arrays.fill(ones, 1);
        for (int d = 0; d < dims; d++) {
            String[] col = new String[values];
            for (int i = 0; i < values; i++) {
                col[i] = "v" + i;
            }
            columns.put(names[d], col);
        }
        Map<org.kpisdk.core.metric.BaseMeasure, long[]> measures = new HashMap<>();
        measures.put(StandardMeasures.IMPRESSIONS, ones);
        if (gauge) {
            measures.put(StandardMeasures.FOLLOWERS, ones);
        }
        return b.addAll(days, columns, measures).build();
    }

    @Test
    void groupingByTenDimensionsOfEightyValuesWorks() {
        ObservationTable table = diagonal(10, 80, false);
        String[] names = table.dimensions().toArray(new String[0]);
        QueryResult result = Query.builder().metric(IMPRESSIONS).groupBy(names).build().execute(table);
        assertEquals(80, result.rows().size());
        for (QueryResult.Row row : result.rows()) {
            String v = row.dimensions().get("d0").orElseThrow();
            for (String name : names) {
                assertEquals(v, row.dimensions().get(name).orElseThrow());
            }
            assertEquals(1L, row.value("impressions").value().orElseThrow().longValueExact());
        }
    }

    @Test
    void aGaugeOverFiveDimensionsOfTenThousandValuesWorks() {
        ObservationTable table = diagonal(5, 10_000, true);
        QueryResult total = Query.builder().metric(LAST).build().execute(table);
        assertEquals(10_000L, total.rows().get(0).value("followers_last").value().orElseThrow().longValueExact());
        QueryResult byAll = Query.builder().metric(LAST).groupBy("d4", "d0", "d3", "d1", "d2").build()
                .execute(table);
        assertEquals(10_000, byAll.rows().size());
        assertTrue(byAll.rows().stream().allMatch(
                r -> r.value("followers_last").value().orElseThrow().longValueExact() == 1L));
    }
}
