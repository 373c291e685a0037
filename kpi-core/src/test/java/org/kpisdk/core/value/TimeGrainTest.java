package org.kpisdk.core.value;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

final class TimeGrainTest {
    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;

    /*
     * Index bounds by hand: 0001-01-01 is epoch day -719162 and 9999-12-31 is epoch day 2932896 (proleptic ordinals
     * 1 and 3652059, with 1970-01-01 at ordinal 719163). MONTH indexes are year * 12 + month - 1, QUARTER indexes
     * year * 4 + quarter - 1.
     */
    static Stream<Arguments> badInput() {
        return Stream.of(
                Rejection.of(IAE, "index must be in -719162..2932896 (years 1..9999) for DAY, was 2932897",
                        () -> TimeGrain.DAY.periodAt(2_932_897)),
                Rejection.of(IAE, "index must be in -719162..2932896 (years 1..9999) for DAY, was -719163",
                        () -> TimeGrain.DAY.periodAt(-719_163)),
                Rejection.of(IAE, "index must be in 12..119999 (years 1..9999) for MONTH, was 11",
                        () -> TimeGrain.MONTH.periodAt(11)),
                Rejection.of(IAE, "index must be in 4..39999 (years 1..9999) for QUARTER, was 40000",
                        () -> TimeGrain.QUARTER.periodAt(40_000)),
                Rejection.of(IAE, "index must be in 1..9999 (years 1..9999) for YEAR, was 0",
                        () -> TimeGrain.YEAR.periodAt(0)),
                Rejection.of(IAE, "index must be in 1..9999 (years 1..9999) for YEAR, was -9223372036854775808",
                        () -> TimeGrain.YEAR.periodAt(Long.MIN_VALUE)),
                Rejection.of(IAE, "index must be the index of a DAY period within the range of LocalDate, was "
                        + "9223372036854775807", () -> TimeGrain.DAY.startAt(Long.MAX_VALUE)),
                Rejection.of(IAE, "index must be the index of a WEEK period within the range of LocalDate, was "
                        + "9223372036854775807", () -> TimeGrain.WEEK.startAt(Long.MAX_VALUE)),
                Rejection.of(IAE, "index must be the index of a MONTH period within the range of LocalDate, was "
                        + "-9223372036854775808", () -> TimeGrain.MONTH.startAt(Long.MIN_VALUE)),
                Rejection.of(IAE, "index must be the index of a YEAR period within the range of LocalDate, was "
                        + "1000000000", () -> TimeGrain.YEAR.startAt(1_000_000_000)),
                Rejection.of(NullPointerException.class, "date", () -> TimeGrain.WEEK.startOf(null)),
                Rejection.of(NullPointerException.class, "date", () -> TimeGrain.DAY.indexOf(null)),
                Rejection.of(NullPointerException.class, "date", () -> TimeGrain.MONTH.periodOf(null)));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void refusesBadInput(Class<? extends Throwable> type, String message, Executable call) {
        Rejection.check(type, message, call);
    }

    /** Expected starts from a calendar; 2026-03-14 is a Saturday, 2027-01-01 a Friday. */
    @ParameterizedTest
    @CsvSource({
            "DAY, 2026-03-14, 2026-03-14", "WEEK, 2026-03-14, 2026-03-09", "WEEK, 2026-03-09, 2026-03-09",
            "WEEK, 2027-01-01, 2026-12-28", "MONTH, 2026-03-14, 2026-03-01", "QUARTER, 2026-03-14, 2026-01-01",
            "QUARTER, 2026-12-31, 2026-10-01", "QUARTER, 2026-07-01, 2026-07-01", "YEAR, 2026-03-14, 2026-01-01"})
    void startOf(TimeGrain grain, LocalDate date, LocalDate start) {
        assertEquals(start, grain.startOf(date));
        assertEquals(PeriodKey.of(date, grain), grain.periodOf(date));
    }

    @Test
    void indexesAreDenseFromFixedOrigins() {
        // Week 0 starts on Monday 1969-12-29, the week of 1970-01-01.
        assertEquals(0, TimeGrain.WEEK.indexOf(LocalDate.of(1970, 1, 1)));
        assertEquals(0, TimeGrain.WEEK.indexOf(LocalDate.of(1969, 12, 29)));
        assertEquals(-1, TimeGrain.WEEK.indexOf(LocalDate.of(1969, 12, 28)));
        assertEquals(1, TimeGrain.WEEK.indexOf(LocalDate.of(1970, 1, 5)));
        assertEquals(LocalDate.of(1969, 12, 29), TimeGrain.WEEK.startAt(0));
        assertEquals(0, TimeGrain.DAY.indexOf(LocalDate.of(1970, 1, 1)));
        assertEquals(2026 * 12 + 2, TimeGrain.MONTH.indexOf(LocalDate.of(2026, 3, 14)));
        assertEquals(2026 * 4, TimeGrain.QUARTER.indexOf(LocalDate.of(2026, 3, 14)));
        assertEquals(2026, TimeGrain.YEAR.indexOf(LocalDate.of(2026, 3, 14)));
        assertEquals(PeriodKey.parse("2026-Q4"), TimeGrain.QUARTER.periodAt(2026 * 4 + 3));
        assertEquals(PeriodKey.parse("0001-01-01"), TimeGrain.DAY.periodAt(-719_162));
        assertEquals(PeriodKey.parse("9999-12-31"), TimeGrain.DAY.periodAt(2_932_896));
        assertEquals(PeriodKey.parse("9999-W52"), TimeGrain.WEEK.periodAt(TimeGrain.WEEK.indexOf(
                LocalDate.of(9999, 12, 31))));
    }
}
