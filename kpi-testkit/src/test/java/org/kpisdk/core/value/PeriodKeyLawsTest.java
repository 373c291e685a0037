package org.kpisdk.core.value;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;
import org.kpisdk.testkit.Laws;
import org.kpisdk.testkit.ValueGens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Laws of {@link PeriodKey} for every {@link TimeGrain}: text round trip, text and bounds checked against
 * java.time's own ISO formats, neighbours, dense indexes and an order consistent with equals.
 */
final class PeriodKeyLawsTest {
    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    static Stream<Arguments> grainsAndDates() {
        return Cases.of(ValueGens.grains(), ValueGens.dates(), Gen.ints(-60, 60));
    }

    static Stream<Arguments> pairs() {
        return Cases.of(ValueGens.periodKeys(), ValueGens.periodKeys());
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void parseReadsBackToString(PeriodKey p) {
        Laws.roundTrip(PeriodKey::toString, PeriodKey::parse, p);
    }

    /** Oracle: the ISO formats of java.time (ISO_LOCAL_DATE, ISO_WEEK_DATE, YearMonth, QUARTER_OF_YEAR). */
    @ParameterizedTest
    @MethodSource("grainsAndDates")
    void textMatchesTheIsoForms(TimeGrain grain, LocalDate date) {
        PeriodKey p = PeriodKey.of(date, grain);
        String expected = switch (grain) {
            case DAY -> date.format(DateTimeFormatter.ISO_LOCAL_DATE);
            case WEEK -> date.format(DateTimeFormatter.ISO_WEEK_DATE).substring(0, 8); // "2026-W11-6"
            case MONTH -> YearMonth.from(date).toString();
            case QUARTER ->
                String.format(Locale.ROOT, "%04d-Q%d", date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
            default -> String.format(Locale.ROOT, "%04d", date.getYear());
        };
        assertEquals(expected, p.toString());
        assertEquals(p, PeriodKey.parse(expected));
    }

    /** The period of a date contains it, starts on the grain's boundary and has the grain's length. */
    @ParameterizedTest
    @MethodSource("grainsAndDates")
    void periodOfADateContainsIt(TimeGrain grain, LocalDate date) {
        PeriodKey p = PeriodKey.of(date, grain);
        assertTrue(p.contains(date));
        assertTrue(!p.start().isAfter(date) && !p.end().isBefore(date));
        assertFalse(p.contains(p.start().minusDays(1)));
        assertFalse(p.contains(p.end().plusDays(1)));
        assertEquals(p.end().toEpochDay() - p.start().toEpochDay() + 1, p.lengthInDays());
        LocalDate s = p.start();
        switch (grain) {
            case DAY -> assertEquals(1, p.lengthInDays());
            case WEEK -> {
                assertEquals(DayOfWeek.MONDAY, s.getDayOfWeek());
                assertEquals(7, p.lengthInDays());
            }
            case MONTH -> {
                assertEquals(1, s.getDayOfMonth());
                assertEquals(s.lengthOfMonth(), p.lengthInDays());
            }
            case QUARTER -> {
                assertEquals(1, s.getDayOfMonth());
                assertEquals(1, s.getMonthValue() % 3);
                assertTrue(p.lengthInDays() >= 90 && p.lengthInDays() <= 92);
            }
            default -> {
                assertEquals(1, s.getDayOfYear());
                assertEquals(s.lengthOfYear(), p.lengthInDays());
            }
        }
    }

    /**
     * Consecutive periods tile the calendar: the next one starts the day after this one ends; {@code plus(n)} is
     * {@code n} steps of next/previous, and the dense index maps back to the period.
     */
    @ParameterizedTest
    @MethodSource("grainsAndDates")
    void neighboursTileTheCalendarAndPlusStepsThroughDenseIndexes(TimeGrain grain, LocalDate date, int n) {
        PeriodKey p = PeriodKey.of(date, grain);
        if (p.contains(LAST)) {
            assertThrows(ArithmeticException.class, p::next);
        } else {
            PeriodKey next = p.next();
            assertEquals(p.end().plusDays(1), next.start());
            assertEquals(p, next.previous());
            assertEquals(p.index() + 1, next.index());
            assertTrue(p.compareTo(next) < 0);
        }
        if (p.contains(FIRST)) {
            assertThrows(ArithmeticException.class, p::previous);
        } else {
            PeriodKey previous = p.previous();
            assertEquals(p.start().minusDays(1), previous.end());
            assertEquals(p, previous.next());
        }
        assertEquals(p, grain.periodAt(p.index()));
        assertEquals(grain.indexOf(date), p.index());
        PeriodKey stepped = p;
        try {
            for (int i = 0; i < Math.abs(n); i++) {
                stepped = n > 0 ? stepped.next() : stepped.previous();
            }
        } catch (ArithmeticException outOfRange) {
            assertThrows(ArithmeticException.class, () -> p.plus(n));
            return;
        }
        assertEquals(stepped, p.plus(n));
        assertEquals(p, stepped.plus(-n));
    }

    /** Oracle: start date first, then grain (shorter first); compareTo is 0 exactly for equal keys. */
    @ParameterizedTest
    @MethodSource("pairs")
    void orderIsConsistentWithEquals(PeriodKey a, PeriodKey b) {
        int expected = a.start().isBefore(b.start()) ? -1 : a.start().isAfter(b.start()) ? 1
                : Integer.signum(a.grain().compareTo(b.grain()));
        assertEquals(expected, Integer.signum(a.compareTo(b)));
        assertEquals(-expected, Integer.signum(b.compareTo(a)));
        assertEquals(a.compareTo(b) == 0, a.equals(b));
        if (a.equals(b)) {
            assertEquals(a.hashCode(), b.hashCode());
        }
    }
}
