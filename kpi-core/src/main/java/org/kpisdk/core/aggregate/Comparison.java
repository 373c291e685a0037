package org.kpisdk.core.aggregate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.roi.DateRange;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

/**
 * What a period-over-period {@link Query} compares each result row with: a whole earlier period, the same leading
 * part of one (to date), or the row's own dates shifted back by a number of days.
 *
 * <pre>{@code
 * Query.builder().metric(ctr).grain(TimeGrain.MONTH).compareWith(Comparison.PREVIOUS_PERIOD).build();
 * // mid-month: 1-14 March against 1-14 February, not against the whole of February
 * Query.builder().metric(ctr).grain(TimeGrain.MONTH).between(jan1, march14)
 *         .compareWith(Comparison.PREVIOUS_PERIOD.toDate()).build();
 * Comparison.periodsAgo(3);                        // a month against the month three months before
 * Comparison.shiftedBy(Duration.ofDays(7));        // March against 22 February - 24 March
 * }</pre>
 *
 * <p><b>Base dates</b> ({@link #baseDates}). A row of period {@code P} covers the days of {@code P} up to the
 * query's <em>cut</em>: its last date ({@link Query.Builder#between}) or, without one, the latest day that has a
 * row. Its base is:
 * <ul>
 *   <li>{@link #PREVIOUS_PERIOD}, {@link #SAME_PERIOD_LAST_YEAR}, {@link #periodsAgo}: the whole base period
 *       {@link #baseOf B}.</li>
 *   <li>the same with {@link #toDate()}: when the cut falls inside {@code P} (a partial period), the leading part
 *       of {@code B} up to the cut's <em>matching date</em>; a complete period is still compared with the whole of
 *       {@code B}. The matching date keeps the day of the month for month, quarter and year grains (the cut moved
 *       back by whole months, as {@link LocalDate#minusMonths} does, so a day that {@code B}'s month lacks becomes
 *       its last day: 31 March matches 28 February, 29 February 2028 matches 28 February 2027), and the day of the
 *       week for day and week grains (the cut moved back by the days between the two periods' starts, so ISO week
 *       53 compared with the previous year's week containing its Monday keeps its weekday). It is never later than
 *       {@code B}'s last day.</li>
 *   <li>{@link #shiftedBy}: the row's dates moved back by the duration, whole period {@code [P.start - d, P.end -
 *       d]}, or with {@link #toDate()} the covered part {@code [P.start - d, cut - d]} when {@code P} is
 *       partial.</li>
 * </ul>
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class Comparison {
    /** The period just before: February for March, the previous ISO week, the previous day. */
    public static final Comparison PREVIOUS_PERIOD = new Comparison(Kind.PERIODS_AGO, 1, false);
    /** The period of the same grain that contains the start of this one moved back one calendar year. */
    public static final Comparison SAME_PERIOD_LAST_YEAR = new Comparison(Kind.LAST_YEAR, 0, false);
    /** The longest shift {@link #shiftedBy} accepts, in days: 100 years of 366 days. */
    public static final long MAX_SHIFT_DAYS = 36_600L;
    /** The most periods {@link #periodsAgo} accepts: 100 years of days. */
    public static final int MAX_PERIODS_AGO = 36_600;

    private enum Kind { PERIODS_AGO, LAST_YEAR, SHIFT }

    private final Kind kind;
    /** Periods back for {@link Kind#PERIODS_AGO}, days back for {@link Kind#SHIFT}, unused otherwise. */
    private final long amount;
    private final boolean toDate;

    private Comparison(Kind kind, long amount, boolean toDate) {
        this.kind = kind;
        this.amount = amount;
        this.toDate = toDate;
    }

    /**
     * Returns the comparison with the period {@code n} periods before: {@code periodsAgo(1)} is
     * {@link #PREVIOUS_PERIOD}, {@code periodsAgo(12)} at month grain is the same month last year.
     *
     * @throws IllegalArgumentException if {@code n} is not between 1 and {@value #MAX_PERIODS_AGO}
     */
    public static Comparison periodsAgo(int n) {
        Checks.argument(n >= 1 && n <= MAX_PERIODS_AGO, "periods ago must be between 1 and %d, was %d",
                MAX_PERIODS_AGO, n);
        return n == 1 ? PREVIOUS_PERIOD : new Comparison(Kind.PERIODS_AGO, n, false);
    }

    /**
     * Returns the comparison with the row's own dates moved back by {@code shift}, a whole number of days: at
     * month grain, {@code shiftedBy(Duration.ofDays(7))} compares March with 22 February - 24 March.
     *
     * @throws IllegalArgumentException if {@code shift} is not a whole number of days between 1 and
     *                                  {@value #MAX_SHIFT_DAYS}
     */
    public static Comparison shiftedBy(Duration shift) {
        Objects.requireNonNull(shift, "shift");
        Checks.argument(!shift.isNegative() && shift.equals(Duration.ofDays(shift.toDays())),
                "shift must be a whole number of days (rows are dated by day), was %s", shift);
        long days = shift.toDays();
        Checks.argument(days >= 1 && days <= MAX_SHIFT_DAYS, "shift must be between 1 and %d days, was %d days",
                MAX_SHIFT_DAYS, days);
        return new Comparison(Kind.SHIFT, days, false);
    }

    /**
     * Returns this comparison aligned to date: a partial period (one the query's cut falls inside) is compared
     * with the same leading part of its base, as the class description states. Idempotent.
     */
    public Comparison toDate() {
        return toDate ? this : new Comparison(kind, amount, true);
    }

    /** Returns whether partial periods are compared to date. */
    public boolean isToDate() {
        return toDate;
    }

    /** Returns whether the base is the row's dates shifted by a number of days ({@link #shiftedBy}). */
    public boolean isShift() {
        return kind == Kind.SHIFT;
    }

    /**
     * Returns the period {@code period} is compared with; for {@link #shiftedBy} the period of {@code period}'s
     * grain that contains the first base date.
     */
    public PeriodKey baseOf(PeriodKey period) {
        Objects.requireNonNull(period, "period");
        return switch (kind) {
            case PERIODS_AGO -> period.plus(-amount);
            case LAST_YEAR -> PeriodKey.of(period.start().minusYears(1), period.grain());
            case SHIFT -> period.grain().periodOf(period.start().minusDays(amount));
        };
    }

    /**
     * Returns the dates a row of {@code period} is compared with, given the query's {@code cut} (its last date, or
     * the latest day with a row; {@code null} when unknown, which compares whole periods).
     */
    public DateRange baseDates(PeriodKey period, @Nullable LocalDate cut) {
        Objects.requireNonNull(period, "period");
        boolean partial = toDate && cut != null && cut.isBefore(period.end()) && !cut.isBefore(period.start());
        if (kind == Kind.SHIFT) {
            LocalDate end = partial ? cut : period.end();
            return DateRange.of(period.start().minusDays(amount), end.minusDays(amount));
        }
        PeriodKey base = baseOf(period);
        if (!partial) {
            return DateRange.of(base);
        }
        LocalDate matching;
        TimeGrain grain = period.grain();
        if (grain == TimeGrain.DAY || grain == TimeGrain.WEEK) {
            matching = cut.minusDays(ChronoUnit.DAYS.between(base.start(), period.start()));
        } else {
            matching = cut.minusMonths(ChronoUnit.MONTHS.between(base.start(), period.start()));
        }
        return DateRange.of(base.start(), matching.isAfter(base.end()) ? base.end() : matching);
    }

    /** Returns whether the base needs rows by day, not by period: to-date and shifted comparisons. */
    boolean needsDays() {
        return toDate || kind == Kind.SHIFT;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Comparison c && c.kind == kind && c.amount == amount && c.toDate == toDate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, amount, toDate);
    }

    /**
     * Returns {@code PREVIOUS_PERIOD}, {@code SAME_PERIOD_LAST_YEAR}, {@code PERIODS_AGO(3)} or
     * {@code SHIFTED_BY(7 days)}, followed by {@code " to date"} when aligned to date.
     */
    @Override
    public String toString() {
        String s = switch (kind) {
            case PERIODS_AGO -> amount == 1 ? "PREVIOUS_PERIOD" : "PERIODS_AGO(" + amount + ")";
            case LAST_YEAR -> "SAME_PERIOD_LAST_YEAR";
            case SHIFT -> "SHIFTED_BY(" + amount + (amount == 1 ? " day)" : " days)");
        };
        return toDate ? s + " to date" : s;
    }
}
