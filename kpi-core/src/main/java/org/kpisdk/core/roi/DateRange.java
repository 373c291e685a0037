package org.kpisdk.core.roi;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.PeriodKey;

/**
 * A range of calendar days, both ends included: the dates a cost or a revenue item covers.
 *
 * <pre>{@code
 * DateRange march = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
 * march.lengthInDays();                                   // 31
 * DateRange.day(LocalDate.of(2026, 3, 14));               // 2026-03-14..2026-03-14
 * DateRange.of(PeriodKey.parse("2026-Q1"));               // 2026-01-01..2026-03-31
 * DateRange.parse("2026-03-01..2026-03-31").equals(march); // true
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param start the first day
 * @param end   the last day, inclusive, not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {
    /** Validates that {@code end} is not before {@code start}. */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Checks.argument(!end.isBefore(start), "end must be >= start, was end %s before start %s", end, start);
    }

    /** Returns the days from {@code start} to {@code end}, both included. */
    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    /** Returns the single day {@code date}. */
    public static DateRange day(LocalDate date) {
        return new DateRange(date, date);
    }

    /** Returns the days of {@code period}. */
    public static DateRange of(PeriodKey period) {
        Objects.requireNonNull(period, "period");
        return new DateRange(period.start(), period.end());
    }

    /**
     * Parses the form printed by {@link #toString()}, {@code "2026-03-01..2026-03-31"}.
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static DateRange parse(CharSequence text) {
        String s = text.toString();
        int dots = s.indexOf("..");
        Checks.argument(dots > 0, "DateRange text must be 'start..end' such as '2026-03-01..2026-03-31', was '%s'", s);
        try {
            return new DateRange(LocalDate.parse(s.substring(0, dots)), LocalDate.parse(s.substring(dots + 2)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Checks.format(
                    "DateRange text '%s' has an invalid date '%s' at position %d", s, e.getParsedString(),
                    e.getErrorIndex()), e);
        }
    }

    /** Returns the number of days, at least 1. */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Returns whether {@code date} lies in this range, both ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Returns the days that this range and {@code other} share, or empty if they do not overlap. */
    public Optional<DateRange> intersection(DateRange other) {
        LocalDate from = start.isAfter(other.start) ? start : other.start;
        LocalDate to = end.isBefore(other.end) ? end : other.end;
        return to.isBefore(from) ? Optional.empty() : Optional.of(new DateRange(from, to));
    }

    /** Returns {@code "2026-03-01..2026-03-31"}, the text {@link #parse} reads back. */
    @Override
    public String toString() {
        return start + ".." + end;
    }
}
