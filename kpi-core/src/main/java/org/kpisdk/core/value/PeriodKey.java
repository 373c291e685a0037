package org.kpisdk.core.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.Objects;

import org.kpisdk.core.internal.Checks;

/**
 * One period of a {@link TimeGrain}: a day, an ISO week, a month, a quarter or a year, printed as
 * {@code 2026-03-14}, {@code 2026-W11}, {@code 2026-03}, {@code 2026-Q1} or {@code 2026}.
 *
 * <pre>{@code
 * PeriodKey march = PeriodKey.of(LocalDate.of(2026, 3, 14), TimeGrain.MONTH);   // 2026-03
 * march.start();                            // 2026-03-01
 * march.end();                              // 2026-03-31, inclusive
 * march.previous();                         // 2026-02
 * PeriodKey.parse("2026-W11").start();      // 2026-03-09, a Monday
 * }</pre>
 *
 * <p>Years run from 1 to 9999 so that the text form is always four digits; for weeks that is the ISO week-based
 * year. Keys order by start date, then by grain (shorter first).
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param grain the length of the period
 * @param start the first day of the period, which must be a period start for the grain
 */
public record PeriodKey(TimeGrain grain, LocalDate start) implements Comparable<PeriodKey> {
    private static final Comparator<PeriodKey> ORDER =
            Comparator.comparing(PeriodKey::start).thenComparing(PeriodKey::grain);

    /** Validates that {@code start} begins a period of {@code grain} in years 1 to 9999. */
    public PeriodKey {
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(start, "start");
        Checks.argument(grain.startOf(start).equals(start),
                "start must be the first day of a %s period, was %s (the period starts on %s)",
                grain, start, grain.startOf(start));
        int year = grain == TimeGrain.WEEK ? TimeGrain.weekBasedYear(start) : start.getYear();
        Checks.argument(year >= 1 && year <= 9999, "year must be in 1..9999, was %d (start %s)", year, start);
    }

    /** Returns the period of {@code grain} that contains {@code date}. */
    public static PeriodKey of(LocalDate date, TimeGrain grain) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(grain, "grain");
        return new PeriodKey(grain, grain.startOf(date));
    }

    /**
     * Parses the text printed by {@link #toString()}; the form decides the grain: {@code 2026-03-14} (day),
     * {@code 2026-W11} (ISO week), {@code 2026-03} (month), {@code 2026-Q1} (quarter), {@code 2026} (year).
     *
     * @throws IllegalArgumentException naming the text and the position of the first error
     */
    public static PeriodKey parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        int year = digits(s, 0, 4);
        if (s.length() == 4) {
            return of(date(s, year, 1, 1), TimeGrain.YEAR);
        }
        expect(s, 4, '-');
        if (s.length() == 7 && s.charAt(5) == 'Q') {
            int quarter = digits(s, 6, 1);
            if (quarter < 1 || quarter > 4) {
                throw error(s, 6, "quarter must be 1..4");
            }
            return of(date(s, year, (quarter - 1) * 3 + 1, 1), TimeGrain.QUARTER);
        }
        if (s.length() == 8 && s.charAt(5) == 'W') {
            int week = digits(s, 6, 2);
            LocalDate monday = weekStart(s, year, week);
            return new PeriodKey(TimeGrain.WEEK, monday);
        }
        int month = digits(s, 5, 2);
        if (s.length() == 7) {
            return of(date(s, year, month, 1), TimeGrain.MONTH);
        }
        expect(s, 7, '-');
        int day = digits(s, 8, 2);
        if (s.length() != 10) {
            throw error(s, 10, "unexpected trailing text");
        }
        return of(date(s, year, month, day), TimeGrain.DAY);
    }

    private static LocalDate weekStart(String s, int year, int week) {
        LocalDate mid = date(s, year, 6, 1);
        long weeks = mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw error(s, 6, "week must be 1.." + weeks + " in " + year);
        }
        return mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(java.time.DayOfWeek.MONDAY);
    }

    private static int digits(String s, int from, int count) {
        if (s.length() < from + count) {
            throw error(s, s.length(), "expected " + count + " digit(s)");
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw error(s, i, "expected a digit, found '" + c + "'");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void expect(String s, int at, char c) {
        if (s.length() <= at || s.charAt(at) != c) {
            throw error(s, at, "expected '" + c + "'");
        }
    }

    private static LocalDate date(String s, int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    Checks.format("PeriodKey text '%s' is not a valid date: %s", s, e.getMessage()), e);
        }
    }

    private static IllegalArgumentException error(String s, int position, String rule) {
        return new IllegalArgumentException(Checks.format(
                "PeriodKey text '%s' is invalid at position %d: %s (forms: 2026-03-14, 2026-W11, 2026-03, "
                        + "2026-Q1, 2026)", s, position, rule));
    }

    /** Returns the last day of the period, inclusive. */
    public LocalDate end() {
        return grain.nextStart(start).minusDays(1);
    }

    /** Returns the number of days in the period. */
    public int lengthInDays() {
        return (int) ChronoUnit.DAYS.between(start, grain.nextStart(start));
    }

    /** Returns whether {@code date} lies in this period, both ends included. */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && !date.isAfter(end());
    }

    /**
     * Returns the period that follows this one.
     *
     * @throws ArithmeticException if this is the last period of year 9999
     */
    public PeriodKey next() {
        return plus(1);
    }

    /**
     * Returns the period that precedes this one.
     *
     * @throws ArithmeticException if this is the first period of year 1
     */
    public PeriodKey previous() {
        return plus(-1);
    }

    /**
     * Returns the period {@code periods} periods later (earlier when negative).
     *
     * @throws ArithmeticException if the result lies outside the years 1 to 9999
     */
    public PeriodKey plus(long periods) {
        long target = Math.addExact(index(), periods);
        if (target < grain.minIndex() || target > grain.maxIndex()) {
            throw new ArithmeticException(
                    Checks.format("%s plus %d periods is outside the years 1..9999", this, periods));
        }
        return grain.periodAt(target);
    }

    /** Returns the dense index of this period in its grain (see {@link TimeGrain#indexOf}). */
    public long index() {
        return grain.indexOf(start);
    }

    /** Orders by start date, then by grain. */
    @Override
    public int compareTo(PeriodKey other) {
        return ORDER.compare(this, other);
    }

    /**
     * Returns the canonical text ({@code 2026-03-14}, {@code 2026-W11}, {@code 2026-03}, {@code 2026-Q1},
     * {@code 2026}), which {@link #parse} reads back.
     */
    @Override
    public String toString() {
        return switch (grain) {
            case DAY -> start.toString();
            case WEEK -> Checks.format("%04d-W%02d", TimeGrain.weekBasedYear(start),
                        start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> Checks.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> Checks.format("%04d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
            default -> Checks.format("%04d", start.getYear());
        };
    }
}
