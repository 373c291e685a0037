package org.kpisdk.core.value;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;

/**
 * The length of the periods that observations are grouped into: day, ISO week (Monday to Sunday, in the ISO
 * week-based year), calendar month, quarter or year.
 *
 * <pre>{@code
 * TimeGrain.MONTH.periodOf(LocalDate.of(2026, 3, 14));    // PeriodKey 2026-03
 * TimeGrain.WEEK.startOf(LocalDate.of(2026, 3, 14));      // 2026-03-09, a Monday
 * }</pre>
 *
 * <p>Each period also has a dense {@code long} index ({@link #indexOf}), consecutive for consecutive periods, that
 * the aggregation engine uses instead of objects.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum TimeGrain {
    /** One calendar day. */
    DAY,
    /** One ISO week, Monday to Sunday; weeks belong to the ISO week-based year ({@code 2026-W01}). */
    WEEK,
    /** One calendar month. */
    MONTH,
    /** One calendar quarter: January–March is Q1. */
    QUARTER,
    /** One calendar year. */
    YEAR;

    /** Epoch day of Monday 1969-12-29, the start of the ISO week that contains 1970-01-01. */
    private static final long EPOCH_MONDAY = -3;
    /** The first day of year 1, a Monday, which starts ISO week 0001-W01. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    /** The last day of year 9999, a Friday in ISO week 9999-W52. */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /** Returns the first day of the period of this grain that contains {@code date}. */
    public LocalDate startOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            default -> date.withDayOfYear(1);
        };
    }

    /** Returns the first day of the period that follows the one starting on {@code start}. */
    LocalDate nextStart(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            default -> start.plusYears(1);
        };
    }

    /** Returns the period of this grain that contains {@code date}. */
    public PeriodKey periodOf(LocalDate date) {
        return PeriodKey.of(date, this);
    }

    /**
     * Returns the dense index of the period containing {@code date}: consecutive periods have consecutive indexes,
     * and {@link #periodAt} maps an index back to its period.
     */
    public long indexOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return switch (this) {
            case DAY -> date.toEpochDay();
            case WEEK -> Math.floorDiv(date.toEpochDay() - EPOCH_MONDAY, 7);
            case MONTH -> date.getYear() * 12L + date.getMonthValue() - 1;
            case QUARTER -> date.getYear() * 4L + (date.getMonthValue() - 1) / 3;
            default -> date.getYear();
        };
    }

    /**
     * Returns the first day of the period with the given {@link #indexOf index}.
     *
     * @throws IllegalArgumentException if that day lies outside the range of {@link LocalDate}
     */
    public LocalDate startAt(long index) {
        try {
            return unsafeStartAt(index);
        } catch (DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException(Checks.format(
                    "index must be the index of a %s period within the range of LocalDate, was %d", this, index), e);
        }
    }

    private LocalDate unsafeStartAt(long index) {
        return switch (this) {
            case DAY -> LocalDate.ofEpochDay(index);
            case WEEK -> LocalDate.ofEpochDay(Math.addExact(Math.multiplyExact(index, 7L), EPOCH_MONDAY));
            case MONTH ->
                LocalDate.of(Math.toIntExact(Math.floorDiv(index, 12L)), (int) Math.floorMod(index, 12L) + 1, 1);
            case QUARTER ->
                LocalDate.of(Math.toIntExact(Math.floorDiv(index, 4L)), (int) Math.floorMod(index, 4L) * 3 + 1,
                        1);
            default -> LocalDate.of(Math.toIntExact(index), 1, 1);
        };
    }

    /**
     * Returns the period with the given {@link #indexOf index}.
     *
     * @throws IllegalArgumentException if the period lies outside the years 1 to 9999 that {@link PeriodKey}
     *                                  supports
     */
    public PeriodKey periodAt(long index) {
        Checks.argument(index >= minIndex() && index <= maxIndex(),
                "index must be in %d..%d (years 1..9999) for %s, was %d", minIndex(), maxIndex(), this, index);
        return PeriodKey.of(unsafeStartAt(index), this);
    }

    /** Returns the index of the first period that {@link PeriodKey} supports, the one containing 0001-01-01. */
    long minIndex() {
        return indexOf(FIRST_DAY);
    }

    /** Returns the index of the last period that {@link PeriodKey} supports, the one containing 9999-12-31. */
    long maxIndex() {
        return indexOf(LAST_DAY);
    }

    /** Returns the ISO week-based year of a week starting on {@code monday}. */
    static int weekBasedYear(LocalDate monday) {
        return monday.get(IsoFields.WEEK_BASED_YEAR);
    }
}
