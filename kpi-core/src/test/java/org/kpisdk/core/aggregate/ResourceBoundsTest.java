package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.analysis.Forecast;
import org.kpisdk.core.analysis.Forecaster;
import org.kpisdk.core.analysis.KpiSeries;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.internal.FormulaParser;
import org.kpisdk.core.metric.FormulaException;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

/**
 * Every kpi-core limit on input that could explode time or memory, at the limit (accepted) and just past it
 * (refused with a message naming the field, the value and the limit).
 */
final class ResourceBoundsTest {
    private static final MetricDefinition IMPRESSIONS = MetricDefinition.builder("impressions")
            .simple(Input.of(StandardMeasures.IMPRESSIONS));

    private static MetricDefinition expression(String formula) {
        return MetricDefinition.builder("x").expression(formula, StandardMetrics.catalog());
    }

    /** {@code impressions} padded with trailing spaces to exactly {@code length} characters. */
    private static String formulaOfLength(int length) {
        return "impressions" + " ".repeat(length - "impressions".length());
    }

    @Test
    void formulaLengthAtTheLimitParsesAndOneMoreCharacterIsRefused() {
        assertEquals("impressions", expression(formulaOfLength(FormulaParser.MAX_LENGTH)).formula());
        FormulaException e = assertThrows(FormulaException.class,
                () -> expression(formulaOfLength(FormulaParser.MAX_LENGTH + 1)));
        assertTrue(e.getMessage().contains("formula is 65,537 characters long, the limit is 65,536"), e.getMessage());
    }

    @Test
    void formulaNestingAtTheLimitParsesAndOneMoreLevelIsRefused() {
        int max = FormulaParser.MAX_DEPTH;
        // 256 parentheses around an atom nest 256 levels deep; the 257th is refused at its own index.
        expression("(".repeat(max) + "impressions" + ")".repeat(max));
        FormulaException e = assertThrows(FormulaException.class,
                () -> expression("(".repeat(max + 1) + "impressions" + ")".repeat(max + 1)));
        assertTrue(e.getMessage().contains("formula nests deeper than 256 levels"), e.getMessage());
        assertEquals(max, e.position());
    }

    @Test
    void aFlatSumAtTheHeightLimitBuildsAndEvaluatesAndOneMoreTermIsRefused() {
        int max = FormulaParser.MAX_HEIGHT;
        MetricDefinition sum = expression("impressions" + " + impressions".repeat(max - 1));
        ObservationTable table = ObservationTable.builder().measure(StandardMeasures.IMPRESSIONS)
                .row(LocalDate.of(2026, 1, 1)).value(StandardMeasures.IMPRESSIONS, 3).add().build();
        assertEquals(3L * max, Query.builder().metric(sum).build().execute(table).rows().get(0).value("x").value()
                .orElseThrow().longValueExact());
        FormulaException e = assertThrows(FormulaException.class,
                () -> expression("impressions" + " + impressions".repeat(max)));
        assertTrue(e.getMessage().contains("formula tree is more than 1024 levels high"), e.getMessage());
    }

    @Test
    void forecastHorizonAtTheLimitIsAcceptedAndOneMoreIsRefused() {
        KpiSeries series = KpiSeries.of(PeriodKey.of(LocalDate.of(2026, 1, 1), TimeGrain.DAY), 1, 2, 4, 3, 5, 6);
        for (Forecaster f : new Forecaster[] {Forecaster.linearTrend(), Forecaster.holt(0.5, 0.3)}) {
            Forecast at = f.forecast(series, Forecaster.MAX_HORIZON, 0.9);
            assertEquals(Forecaster.MAX_HORIZON, at.points().size());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> f.forecast(series, Forecaster.MAX_HORIZON + 1, 0.9));
            assertEquals("horizon must be in [1, 10000], was 10001", e.getMessage());
        }
    }

    private static ObservationTable twoDays(LocalDate first, LocalDate last) {
        return ObservationTable.builder().measure(StandardMeasures.IMPRESSIONS)
                .row(first).value(StandardMeasures.IMPRESSIONS, 1).add()
                .row(last).value(StandardMeasures.IMPRESSIONS, 2).add()
                .build();
    }

    @Test
    void fillingMissingPeriodsPastTheLimitIsRefusedBeforeAnyRowIsMade() {
        LocalDate first = LocalDate.of(2000, 1, 1);
        // One group over MAX_FILLED_ROWS + 1 days: one row too many. (At the limit the query would build a
        // million rows; a range of a thousand days stands for "under the limit".)
        LocalDate past = first.plusDays(Query.MAX_FILLED_ROWS);
        Query fill = Query.builder().metric(IMPRESSIONS).grain(TimeGrain.DAY).fillMissingPeriods().build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fill.execute(twoDays(first, past)));
        assertEquals("filling missing periods would create 1000001 rows (1 groups x 1000001 periods), more than "
                + "the limit 1000000", e.getMessage());
        assertEquals(1_000, fill.execute(twoDays(first, first.plusDays(999))).size());
    }

    @Test
    void aTrailingWindowOfIntegerMaxValuePeriodsCostsTheRowsNotTheWindow() {
        // Issue 26: each row merged n periods back one by one: trailing(Integer.MAX_VALUE) on 10 rows took 70 s.
        ObservationTable.Builder b = ObservationTable.builder().measure(StandardMeasures.IMPRESSIONS);
        for (int i = 0; i < 10; i++) {
            b.row(LocalDate.of(2026, 1, 1).plusDays(3L * i)).value(StandardMeasures.IMPRESSIONS, i + 1).add();
        }
        ObservationTable table = b.build();
        Query all = Query.builder().metric(IMPRESSIONS).grain(TimeGrain.DAY).trailing(Integer.MAX_VALUE).build();
        Query four = Query.builder().metric(IMPRESSIONS).grain(TimeGrain.DAY).trailing(4).build();
        Query three = Query.builder().metric(IMPRESSIONS).grain(TimeGrain.DAY).trailing(3).build();
        QueryResult[] results = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> new QueryResult[] {all.execute(table), four.execute(table), three.execute(table)});
        for (int i = 0; i < 10; i++) {
            // Row i holds i + 1, three days after row i - 1: an unbounded window sums 1..i+1; a window of four
            // days reaches row i - 1 (three days back), one of three days does not.
            assertEquals((i + 1L) * (i + 2) / 2, value(results[0], i));
            assertEquals(i == 0 ? 1 : 2L * i + 1, value(results[1], i));
            assertEquals(i + 1L, value(results[2], i));
        }
    }

    private static long value(QueryResult result, int row) {
        return result.rows().get(row).value("impressions").value().orElseThrow().longValueExact();
    }

    @Test
    void parallelismAtTheLimitWorksAndOneMoreIsRefused() {
        ObservationTable.Builder b = ObservationTable.builder().measure(StandardMeasures.IMPRESSIONS);
        for (int i = 0; i < 2 * Query.MAX_PARALLELISM; i++) {
            b.row(LocalDate.of(2026, 1, 1).plusDays(i % 30)).value(StandardMeasures.IMPRESSIONS, i).add();
        }
        ObservationTable table = b.build();
        Query q = Query.builder().metric(IMPRESSIONS).build();
        // Sum of 0..2047 = 2047 × 2048 / 2 = 2,096,128.
        assertEquals(q.execute(table), q.execute(table, Query.MAX_PARALLELISM));
        assertEquals(2_096_128L, q.execute(table).rows().get(0).value("impressions").value().orElseThrow()
                .longValue());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> q.execute(table, Query.MAX_PARALLELISM + 1));
        assertEquals("parallelism must be <= 1024, was 1025", e.getMessage());
    }
}
