package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.roi.DateRange;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

/**
 * To-date, shifted and n-periods-ago comparisons and running totals at the edges of periods: month ends (31 March
 * against February), leap years, ISO week 53 and year ends. Every expected value is summed here from the raw daily
 * values of the table, {@link #clicks(LocalDate)}.
 */
final class QueryTimeAlignmentTest {
    private static final MetricDefinition CLICKS = MetricDefinition.builder("clicks")
            .simple(Input.of(StandardMeasures.AD_CLICKS));
    private static final MetricDefinition CTR = MetricDefinition.builder("ctr")
            .ratio(Input.of(StandardMeasures.AD_CLICKS), Input.of(StandardMeasures.IMPRESSIONS));

    /** The raw daily clicks: distinct per day, so that a range off by one day gives another sum. */
    private static long clicks(LocalDate d) {
        return 1_000L + d.getDayOfYear() * 3L + d.getYear() % 7;
    }

    private static long impressions(LocalDate d) {
        return 10_000L + d.getDayOfMonth();
    }

    /** A table with one row a day, from {@code first} to {@code last}. */
    private static ObservationTable daily(LocalDate first, LocalDate last) {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("channel")
                .measure(StandardMeasures.AD_CLICKS).measure(StandardMeasures.IMPRESSIONS);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            b.row(d).dimension("channel", "search").value(StandardMeasures.AD_CLICKS, clicks(d))
                    .value(StandardMeasures.IMPRESSIONS, impressions(d)).add();
        }
        return b.build();
    }

    private static long sum(LocalDate first, LocalDate last) {
        long s = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            s += clicks(d);
        }
        return s;
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static QueryResult.Row row(QueryResult r, String period) {
        return r.find(Dimensions.empty(), Optional.of(PeriodKey.parse(period))).orElseThrow();
    }

    private static long value(QueryResult.Row row) {
        return row.value("clicks").value().orElseThrow().longValueExact();
    }

    private static Change change(QueryResult.Row row) {
        return row.change("clicks").orElseThrow();
    }

    private static void assertBase(QueryResult.Row row, String first, String last) {
        Change c = change(row);
        assertEquals(DateRange.of(date(first), date(last)), c.baseDates());
        assertEquals(sum(date(first), date(last)), c.previous().value().orElseThrow().longValueExact());
    }

    @Test
    void midMonthComparesTheSameDaysOfThePreviousMonth() {
        ObservationTable t = daily(date("2026-01-01"), date("2026-04-30"));
        Query q = Query.builder().metric(CLICKS).grain(TimeGrain.MONTH).between(date("2026-03-01"), date("2026-03-14"))
                .compareWith(Comparison.PREVIOUS_PERIOD.toDate()).build();
        QueryResult.Row march = row(q.execute(t), "2026-03");
        assertEquals(sum(date("2026-03-01"), date("2026-03-14")), value(march));
        assertBase(march, "2026-02-01", "2026-02-14");
        assertEquals(PeriodKey.parse("2026-02"), change(march).basePeriod());

        // without toDate, the same partial March is compared with the whole of February
        Query whole = Query.builder().metric(CLICKS).grain(TimeGrain.MONTH)
                .between(date("2026-03-01"), date("2026-03-14")).compareWith(Comparison.PREVIOUS_PERIOD).build();
        assertBase(row(whole.execute(t), "2026-03"), "2026-02-01", "2026-02-28");
    }

    @Test
    void monthEndsMatchTheLastDayOfAShorterMonth() {
        ObservationTable t = daily(date("2026-01-01"), date("2026-04-30"));
        for (String cut : new String[] {"2026-03-28", "2026-03-29", "2026-03-30"}) {
            Query q = Query.builder().metric(CLICKS).grain(TimeGrain.MONTH).between(date("2026-03-01"), date(cut))
                    .compareWith(Comparison.PREVIOUS_PERIOD.toDate()).build();
            assertBase(row(q.execute(t), "2026-03"), "2026-02-01", "2026-02-28");
        }
        // a complete March (cut on its last day) is compared with the whole of February
        Query full = Query.builder().metric(CLICKS).grain(TimeGrain.MONTH).between(date("2026-03-01"),
                date("2026-03-31")).compareWith(Comparison.PREVIOUS_PERIOD.toDate()).build();
        assertBase(row(full.execute(t), "2026-03"), "2026-02-01", "2026-02-28");
        // April 30 against March 30: a partial March base one day short of its end
        Query april = Query.builder().metric(CLICKS).grain(TimeGrain.MONTH).between(date("2026-04-01"),
                date("2026-04-29")).compareWith(Comparison.PREVIOUS_PERIOD.toDate()).build();
        assertBase(row(april.execute(t), "2026-04"), "2026-03-01", "2026-03-29");
    }

    @Test
    void withoutAnEndDateTheCutIsTheLatestDayWithARow() {
        ObservationTable t = daily(date("2026-01-01"), date("2026-03-14"));
        Query q = Query.builder().metric(CLICKS).grain(TimeGrain.MONTH)
                .compareWith(Comparison.PREVIOUS_PERIOD.toDate()).build();
        QueryResult r = q.execute(t);
        assertBase(row(r, "2026-03"), "2026-02-01", "2026-02-14");
        assertBase(row(r, "2026-02"), "2026-01-01", "2026-01-31");
        assertFalse(change(row(r, "2026-01")).previous().isDefined(), "December 2025 has no rows");
        assertEquals("base period 2025-12 has no rows",
                change(row(r, "2026-01")).previous().undefinedReason().orElseThrow());
    }

    @Test
    void leapDaysMatchTheLastDayOfFebruaryAYearBefore() {
        ObservationTable t = daily(date("2027-01-01"), date("2028-12-31"));
        Query ytd = Query.builder().metric(CLICKS).grain(TimeGrain.YEAR).between(date("2028-01-01"),
                date("2028-02-29")).compareWith(Comparison.SAME_PERIOD_LAST_YEAR.toDate()).build();
        assertBase(row(ytd.execute(t), "2028"), "2027-01-01", "2027-02-28");
        // after the leap day the day of the month is kept: 1 March 2028 against 1 March 2027
        Query march1 = Query.builder().metric(CLICKS).grain(TimeGrain.YEAR).between(date("2028-01-01"),
                date("2028-03-01")).compareWith(Comparison.SAME_PERIOD_LAST_YEAR.toDate()).build();
        assertBase(row(march1.execute(t), "2028"), "2027-01-01", "2027-03-01");
        // the whole of February 2028 (29 days) against the whole of February 2027 (28 days)
        Query feb = Query.builder().metric(CLICKS).grain(TimeGrain.MONTH).between(date("2028-02-01"),
                date("2028-02-29")).compareWith(Comparison.periodsAgo(12).toDate()).build();
        assertBase(row(feb.execute(t), "2028-02"), "2027-02-01", "2027-02-28");
        // a quarter to date: 15 May 2028 against 15 February 2028
        Query qtd = Query.builder().metric(CLICKS).grain(TimeGrain.QUARTER).between(date("2028-04-01"),
                date("2028-05-15")).compareWith(Comparison.PREVIOUS_PERIOD.toDate()).build();
        assertBase(row(qtd.execute(t), "2028-Q2"), "2028-01-01", "2028-02-15");
    }

    @Test
    void isoWeek53KeepsItsWeekday() {
        // 2026-W53 runs from Monday 28 December 2026 to Sunday 3 January 2027
        ObservationTable t = daily(date("2025-12-01"), date("2027-01-10"));
        Query prev = Query.builder().metric(CLICKS).grain(TimeGrain.WEEK).between(date("2026-12-28"),
                date("2026-12-30")).compareWith(Comparison.PREVIOUS_PERIOD.toDate()).build();
        QueryResult.Row w53 = row(prev.execute(t), "2026-W53");
        assertEquals(sum(date("2026-12-28"), date("2026-12-30")), value(w53));
        assertBase(w53, "2026-12-21", "2026-12-23");
        // last year: the week that contains 28 December 2025 is 2025-W52 (22-28 December), Monday to Wednesday
        Query year = Query.builder().metric(CLICKS).grain(TimeGrain.WEEK).between(date("2026-12-28"),
                date("2026-12-30")).compareWith(Comparison.SAME_PERIOD_LAST_YEAR.toDate()).build();
        QueryResult.Row y = row(year.execute(t), "2026-W53");
        assertEquals(PeriodKey.parse("2025-W52"), change(y).basePeriod());
        assertBase(y, "2025-12-22", "2025-12-24");
        // the whole week 53 across the year end against the whole week 52
        Query whole = Query.builder().metric(CLICKS).grain(TimeGrain.WEEK).between(date("2026-12-28"),
                date("2027-01-03")).compareWith(Comparison.PREVIOUS_PERIOD.toDate()).build();
        assertBase(row(whole.execute(t), "2026-W53"), "2026-12-21", "2026-12-27");
    }

    @Test
    void shiftedComparisonsMoveTheRowsDatesBack() {
        ObservationTable t = daily(date("2026-01-01"), date("2026-04-30"));
        Query q = Query.builder().metric(CLICKS).metric(CTR).grain(TimeGrain.MONTH)
                .between(date("2026-03-01"), date("2026-03-31"))
                .compareWith(Comparison.shiftedBy(Duration.ofDays(7))).build();
        QueryResult.Row march = row(q.execute(t), "2026-03");
        assertBase(march, "2026-02-22", "2026-03-24");
        assertEquals(PeriodKey.parse("2026-02"), change(march).basePeriod());
        // the ratio of the shifted window is the ratio of its sums
        long impressions = 0;
        for (LocalDate d = date("2026-02-22"); !d.isAfter(date("2026-03-24")); d = d.plusDays(1)) {
            impressions += impressions(d);
        }
        BigDecimal expected = new BigDecimal(sum(date("2026-02-22"), date("2026-03-24")))
                .divide(new BigDecimal(impressions), org.kpisdk.core.metric.MetricValue.CONTEXT);
        assertEquals(0, expected.compareTo(march.change("ctr").orElseThrow().previous().value().orElseThrow()));
        // to date, a partial March (to the 10th) moves only its covered days
        Query partial = Query.builder().metric(CLICKS).grain(TimeGrain.MONTH)
                .between(date("2026-03-01"), date("2026-03-10"))
                .compareWith(Comparison.shiftedBy(Duration.ofDays(7)).toDate()).build();
        assertBase(row(partial.execute(t), "2026-03"), "2026-02-22", "2026-03-03");
        assertEquals("SHIFTED_BY(7 days) to date", Comparison.shiftedBy(Duration.ofDays(7)).toDate().toString());
    }

    @Test
    void runningTotalsRestartWithEachLongerPeriod() {
        ObservationTable t = daily(date("2025-11-01"), date("2026-04-30"));
        Query mtd = Query.builder().metric(CLICKS).metric(CTR).grain(TimeGrain.DAY).cumulative(TimeGrain.MONTH)
                .between(date("2026-03-14"), date("2026-04-02")).build();
        QueryResult r = mtd.execute(t);
        // the first row includes 1-13 March, read though before the range
        assertEquals(sum(date("2026-03-01"), date("2026-03-14")), value(row(r, "2026-03-14")));
        assertEquals(sum(date("2026-03-01"), date("2026-03-31")), value(row(r, "2026-03-31")));
        assertEquals(clicks(date("2026-04-01")), value(row(r, "2026-04-01")));
        assertEquals(20, r.size());

        Query ytd = Query.builder().metric(CLICKS).grain(TimeGrain.MONTH).cumulative(TimeGrain.YEAR).build();
        QueryResult y = ytd.execute(t);
        assertEquals(sum(date("2025-11-01"), date("2025-12-31")), value(row(y, "2025-12")));
        assertEquals(sum(date("2026-01-01"), date("2026-02-28")), value(row(y, "2026-02")));

        Query since = Query.builder().metric(CLICKS).grain(TimeGrain.MONTH).cumulative()
                .between(date("2026-01-15"), date("2026-03-31")).build();
        QueryResult s = since.execute(t);
        assertEquals(sum(date("2026-01-15"), date("2026-03-31")), value(row(s, "2026-03")));
        assertTrue(since.isCumulative());
        assertTrue(since.cumulativeWithin().isEmpty());
    }

    @Test
    void combinationsThatHaveNoClearMeaningAreRefused() {
        assertMessage("a query has a trailing window (3 periods) or a running total, not both",
                () -> Query.builder().metric(CLICKS).grain(TimeGrain.DAY).trailing(3).cumulative().build());
        assertMessage("a running total cannot be compared with PREVIOUS_PERIOD; compare periods with toDate() instead",
                () -> Query.builder().metric(CLICKS).grain(TimeGrain.DAY).cumulative()
                        .compareWith(Comparison.PREVIOUS_PERIOD).build());
        assertMessage("a trailing window (7 periods) cannot be compared with PREVIOUS_PERIOD to date",
                () -> Query.builder().metric(CLICKS).grain(TimeGrain.DAY).trailing(7)
                        .compareWith(Comparison.PREVIOUS_PERIOD.toDate()).build());
        assertMessage("a running total within MONTH needs a grain that nests in it and is finer, was WEEK",
                () -> Query.builder().metric(CLICKS).grain(TimeGrain.WEEK).cumulative(TimeGrain.MONTH).build());
        assertMessage("a running total within MONTH needs a grain that nests in it and is finer, was MONTH",
                () -> Query.builder().metric(CLICKS).grain(TimeGrain.MONTH).cumulative(TimeGrain.MONTH).build());
        assertMessage("trailing windows, running totals, comparisons and filling missing periods need a grain",
                () -> Query.builder().metric(CLICKS).cumulative().build());
        assertMessage("shift must be a whole number of days (rows are dated by day), was PT36H",
                () -> Comparison.shiftedBy(Duration.ofHours(36)));
        assertMessage("shift must be between 1 and 36600 days, was 0 days",
                () -> Comparison.shiftedBy(Duration.ZERO));
        assertMessage("periods ago must be between 1 and 36600, was 0", () -> Comparison.periodsAgo(0));
    }

    @Test
    void comparisonsAreValues() {
        assertEquals(Comparison.PREVIOUS_PERIOD, Comparison.periodsAgo(1));
        assertEquals(Comparison.PREVIOUS_PERIOD.toDate(), Comparison.periodsAgo(1).toDate());
        assertFalse(Comparison.PREVIOUS_PERIOD.equals(Comparison.PREVIOUS_PERIOD.toDate()));
        assertEquals(Comparison.PREVIOUS_PERIOD.toDate(), Comparison.PREVIOUS_PERIOD.toDate().toDate());
        assertEquals("PERIODS_AGO(3)", Comparison.periodsAgo(3).toString());
        assertEquals(PeriodKey.parse("2025-12"), Comparison.periodsAgo(3).baseOf(PeriodKey.parse("2026-03")));
    }

    private static void assertMessage(String message, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, e.getMessage());
    }
}
