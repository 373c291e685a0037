package org.kpisdk.core.value;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class PeriodKeyTest {
    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
    private static final Class<NullPointerException> NPE = NullPointerException.class;
    private static final Class<ArithmeticException> AE = ArithmeticException.class;

    private static String invalid(String text, int position, String rule) {
        return "PeriodKey text '" + text + "' is invalid at position " + position + ": " + rule
                + " (forms: 2026-03-14, 2026-W11, 2026-03, 2026-Q1, 2026)";
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Rejection.of(IAE, "start must be the first day of a MONTH period, was 2026-03-14 (the period starts on "
                        + "2026-03-01)", () -> new PeriodKey(TimeGrain.MONTH, date("2026-03-14"))),
                Rejection.of(IAE, "start must be the first day of a WEEK period, was 2026-03-14 (the period starts on "
                        + "2026-03-09)", () -> new PeriodKey(TimeGrain.WEEK, date("2026-03-14"))),
                Rejection.of(IAE, "start must be the first day of a QUARTER period, was 2026-02-01 (the period starts "
                        + "on 2026-01-01)", () -> new PeriodKey(TimeGrain.QUARTER, date("2026-02-01"))),
                Rejection.of(IAE, "year must be in 1..9999, was 0 (start 0000-12-31)",
                        () -> new PeriodKey(TimeGrain.DAY, date("0000-12-31"))),
                Rejection.of(IAE, "year must be in 1..9999, was 10000 (start +10000-01-01)",
                        () -> PeriodKey.of(LocalDate.of(10_000, 6, 1), TimeGrain.YEAR)),
                // 0001-01-01 is a Monday, so the week starting 0000-12-25 holds Thursday 0000-12-28: ISO year 0.
                Rejection.of(IAE, "year must be in 1..9999, was 0 (start 0000-12-25)",
                        () -> PeriodKey.of(date("0000-12-31"), TimeGrain.WEEK)),
                Rejection.of(NPE, "grain", () -> new PeriodKey(null, date("2026-03-14"))),
                Rejection.of(NPE, "start", () -> new PeriodKey(TimeGrain.DAY, null)),
                Rejection.of(NPE, "date", () -> PeriodKey.of(null, TimeGrain.DAY)),
                Rejection.of(NPE, "grain", () -> PeriodKey.of(date("2026-03-14"), null)),
                Rejection.of(NPE, "text", () -> PeriodKey.parse(null)),
                Rejection.of(NPE, "date", () -> PeriodKey.parse("2026").contains(null)),
                Rejection.of(IAE, invalid("", 0, "expected 4 digit(s)"), () -> PeriodKey.parse("")),
                Rejection.of(IAE, invalid("26-03", 2, "expected a digit, found '-'"), () -> PeriodKey.parse("26-03")),
                Rejection.of(IAE, invalid("2026/03", 4, "expected '-'"), () -> PeriodKey.parse("2026/03")),
                Rejection.of(IAE, invalid("2026-Q5", 6, "quarter must be 1..4"), () -> PeriodKey.parse("2026-Q5")),
                Rejection.of(IAE, invalid("2026-Q0", 6, "quarter must be 1..4"), () -> PeriodKey.parse("2026-Q0")),
                // 2026 starts on a Thursday, so it has 53 ISO weeks; 2025 starts on a Wednesday and has 52.
                Rejection.of(IAE, invalid("2026-W54", 6, "week must be 1..53 in 2026"),
                        () -> PeriodKey.parse("2026-W54")),
                Rejection.of(IAE, invalid("2025-W53", 6, "week must be 1..52 in 2025"),
                        () -> PeriodKey.parse("2025-W53")),
                Rejection.of(IAE, invalid("2026-W00", 6, "week must be 1..53 in 2026"),
                        () -> PeriodKey.parse("2026-W00")),
                Rejection.of(IAE, invalid("2026-W1", 5, "expected a digit, found 'W'"),
                        () -> PeriodKey.parse("2026-W1")),
                Rejection.of(IAE, invalid("2026-03-14x", 10, "unexpected trailing text"),
                        () -> PeriodKey.parse("2026-03-14x")),
                Rejection.of(IAE, invalid("2026-3", 6, "expected 2 digit(s)"), () -> PeriodKey.parse("2026-3")),
                Rejection.of(IAE, "year must be in 1..9999, was 0 (start 0000-01-01)", () -> PeriodKey.parse("0000")),
                Rejection.of(AE, "9999-12-31 plus 1 periods is outside the years 1..9999",
                        () -> PeriodKey.parse("9999-12-31").next()),
                Rejection.of(AE, "9999-W52 plus 1 periods is outside the years 1..9999",
                        () -> PeriodKey.parse("9999-W52").next()),
                Rejection.of(AE, "0001 plus -1 periods is outside the years 1..9999",
                        () -> PeriodKey.parse("0001").previous()),
                Rejection.of(AE, "0001-W01 plus -1 periods is outside the years 1..9999",
                        () -> PeriodKey.parse("0001-W01").previous()),
                Rejection.of(AE, "2026-Q1 plus 32000 periods is outside the years 1..9999",
                        () -> PeriodKey.parse("2026-Q1").plus(32_000)),
                Rejection.of(AE, "long overflow", () -> PeriodKey.parse("2026-03-14").plus(Long.MAX_VALUE)));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void refusesBadInput(Class<? extends Throwable> type, String message, Executable call) {
        Rejection.check(type, message, call);
    }

    @Test
    void invalidCalendarDatesNameTheText() {
        IllegalArgumentException e = assertThrows(IAE,
                () -> PeriodKey.parse("2026-02-30"));
        assertTrue(e.getMessage().startsWith("PeriodKey text '2026-02-30' is not a valid date: "), e.getMessage());
        e = assertThrows(IAE, () -> PeriodKey.parse("2026-13"));
        assertTrue(e.getMessage().startsWith("PeriodKey text '2026-13' is not a valid date: "), e.getMessage());
    }

    /** Each form, with its start and inclusive end worked out on a calendar. */
    @ParameterizedTest
    @CsvSource({
            "2026-03-14, DAY,     2026-03-14, 2026-03-14, 1",
            "2026-W11,   WEEK,    2026-03-09, 2026-03-15, 7",
            "2026-03,    MONTH,   2026-03-01, 2026-03-31, 31",
            "2026-Q1,    QUARTER, 2026-01-01, 2026-03-31, 90",
            "2024-Q1,    QUARTER, 2024-01-01, 2024-03-31, 91",
            "2026,       YEAR,    2026-01-01, 2026-12-31, 365",
            "2024,       YEAR,    2024-01-01, 2024-12-31, 366",
            "2024-02,    MONTH,   2024-02-01, 2024-02-29, 29",
            "2100-02,    MONTH,   2100-02-01, 2100-02-28, 28",
            "2026-W01,   WEEK,    2025-12-29, 2026-01-04, 7",
            "2026-W53,   WEEK,    2026-12-28, 2027-01-03, 7",
            "2020-W53,   WEEK,    2020-12-28, 2021-01-03, 7",
            "2025-W01,   WEEK,    2024-12-30, 2025-01-05, 7",
            "0001-W01,   WEEK,    0001-01-01, 0001-01-07, 7",
            "9999-W52,   WEEK,    9999-12-27, +10000-01-02, 7"})
    void formsStartsAndEnds(String text, TimeGrain grain, String start, String end, int days) {
        PeriodKey p = PeriodKey.parse(text);
        assertEquals(grain, p.grain());
        assertEquals(LocalDate.parse(start), p.start());
        assertEquals(LocalDate.parse(end), p.end());
        assertEquals(days, p.lengthInDays());
        assertEquals(text, p.toString());
        assertEquals(p, PeriodKey.of(p.end(), grain));
    }

    /** Neighbours across year and week boundaries, worked out on a calendar. */
    @ParameterizedTest
    @CsvSource({
            "2026-12-31, 2027-01-01", "2026-W53, 2027-W01", "2020-W53, 2021-W01", "2025-W52, 2026-W01",
            "2026-12, 2027-01", "2026-Q4, 2027-Q1", "2026, 2027", "2024-02-28, 2024-02-29", "2024-02-29, 2024-03-01",
            "2100-02-28, 2100-03-01", "0001, 0002", "9998-Q4, 9999-Q1", "9999-W51, 9999-W52"})
    void nextAndPreviousCrossBoundaries(String from, String to) {
        PeriodKey a = PeriodKey.parse(from);
        PeriodKey b = PeriodKey.parse(to);
        assertEquals(b, a.next());
        assertEquals(a, b.previous());
        assertEquals(b, a.plus(1));
        assertEquals(a, b.plus(-1));
        assertEquals(a.end().plusDays(1), b.start());
    }

    @Test
    void datesNearNewYearBelongToTheIsoWeekBasedYear() {
        assertEquals("2020-W53", PeriodKey.of(date("2021-01-01"), TimeGrain.WEEK).toString());
        assertEquals("2020-W53", PeriodKey.of(date("2021-01-03"), TimeGrain.WEEK).toString());
        assertEquals("2021-W01", PeriodKey.of(date("2021-01-04"), TimeGrain.WEEK).toString());
        assertEquals("2025-W01", PeriodKey.of(date("2024-12-31"), TimeGrain.WEEK).toString());
        assertEquals("2026-W53", PeriodKey.of(date("2027-01-03"), TimeGrain.WEEK).toString());
        assertEquals("2026-W53", PeriodKey.parse("2026-W01").plus(52).toString());
        assertEquals("2027-W01", PeriodKey.parse("2026-W01").plus(53).toString());
        // 2015 starts on a Thursday, so it has 53 ISO weeks and 2016-01-01 (a Friday) falls in the last.
        assertEquals("2015-W53", PeriodKey.of(date("2016-01-01"), TimeGrain.WEEK).toString());
    }

    @Test
    void containsBothEndsAndOrdersByStartThenGrain() {
        PeriodKey march = PeriodKey.parse("2026-03");
        assertTrue(march.contains(date("2026-03-01")));
        assertTrue(march.contains(date("2026-03-31")));
        assertFalse(march.contains(date("2026-04-01")));
        assertFalse(march.contains(date("2026-02-28")));
        List<PeriodKey> sorted = Stream.of("2026-03", "2026-03-01", "2026-Q1", "2026-02-28", "2026")
                .map(PeriodKey::parse).sorted().collect(Collectors.toList());
        // 2026-Q1 and 2026 both start on 2026-01-01: QUARTER before YEAR; likewise DAY 2026-03-01 before MONTH 2026-03.
        assertEquals(List.of("2026-Q1", "2026", "2026-02-28", "2026-03-01", "2026-03"),
                sorted.stream().map(PeriodKey::toString).collect(Collectors.toList()));
        assertEquals(new PeriodKey(TimeGrain.MONTH, date("2026-03-01")), march);
        assertEquals(march.hashCode(), PeriodKey.of(date("2026-03-20"), TimeGrain.MONTH).hashCode());
    }
}
