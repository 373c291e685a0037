package org.kpisdk.core.aggregate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import javax.annotation.Nullable;

import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.roi.DateRange;
import org.kpisdk.core.value.PeriodKey;

/**
 * The change of one metric of one row against its base period (see {@link Comparison}): the previous value, the
 * difference and the relative change, each undefined when it cannot be computed.
 *
 * <pre>{@code
 * Change c = row.change("ctr").orElseThrow();
 * c.previous();          // the value in the base period, undefined when that period had no rows
 * c.difference();        // Optional[current - previous]
 * c.relativeChange();    // Optional[(current - previous) / |previous|]; empty when previous is 0 or undefined
 * c.undefinedReason();   // why relativeChange() is empty: Optional[previous value undefined: base period ...]
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class Change {
    private final Comparison comparison;
    private final PeriodKey basePeriod;
    private final DateRange baseDates;
    private final MetricValue current;
    private final MetricValue previous;

    /** A change against the whole of {@code basePeriod}. */
    Change(Comparison comparison, PeriodKey basePeriod, MetricValue current, MetricValue previous) {
        this(comparison, basePeriod, DateRange.of(basePeriod), current, previous);
    }

    Change(Comparison comparison, PeriodKey basePeriod, DateRange baseDates, MetricValue current,
            MetricValue previous) {
        this.comparison = comparison;
        this.basePeriod = basePeriod;
        this.baseDates = baseDates;
        this.current = current;
        this.previous = previous;
    }

    /** Returns what the row is compared with. */
    public Comparison comparison() {
        return comparison;
    }

    /**
     * Returns the base period: the period compared with, or for {@link Comparison#shiftedBy} the period of the
     * row's grain that contains the first base date.
     */
    public PeriodKey basePeriod() {
        return basePeriod;
    }

    /**
     * Returns the dates the base value covers: the whole {@link #basePeriod()}, or its leading part for a
     * {@link Comparison#toDate() to-date} comparison of a partial period, or the row's dates shifted back for
     * {@link Comparison#shiftedBy}.
     */
    public DateRange baseDates() {
        return baseDates;
    }

    /** Returns the row's value. */
    public MetricValue current() {
        return current;
    }

    /** Returns the value in the base period; undefined when the base period had no rows or its value is undefined. */
    public MetricValue previous() {
        return previous;
    }

    /** Returns {@code current - previous}, or empty when either is undefined. */
    public Optional<BigDecimal> difference() {
        if (current.value().isEmpty() || previous.value().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(current.value().get().subtract(previous.value().get()));
    }

    /**
     * Returns {@code (current - previous) / |previous|} with {@link MetricValue#CONTEXT} (0.25 is +25 %), or empty
     * when either value is undefined or the previous value is zero. Dividing by the absolute value keeps the sign
     * of the change when the previous value is negative.
     */
    public Optional<BigDecimal> relativeChange() {
        Optional<BigDecimal> diff = difference();
        if (diff.isEmpty() || previous.value().get().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(diff.get().divide(previous.value().get().abs(), MetricValue.CONTEXT));
    }

    /**
     * Returns why {@link #relativeChange()} is empty, or empty when it is defined: {@code current value undefined:
     * <reason>} or {@code previous value undefined: <reason>} (then {@link #difference()} is empty too), or
     * {@code previous value is 0}.
     */
    public Optional<String> undefinedReason() {
        if (!current.isDefined()) {
            return Optional.of("current value undefined: " + current.undefinedReason().orElseThrow());
        }
        if (!previous.isDefined()) {
            return Optional.of("previous value undefined: " + previous.undefinedReason().orElseThrow());
        }
        if (previous.value().orElseThrow().signum() == 0) {
            return Optional.of("previous value is 0");
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof Change c)) {
            return false;
        }
        return comparison.equals(c.comparison) && basePeriod.equals(c.basePeriod) && baseDates.equals(c.baseDates)
                && current.equals(c.current)
                && previous.equals(c.previous);
    }

    @Override
    public int hashCode() {
        return Objects.hash(comparison, basePeriod, baseDates, current, previous);
    }

    /**
     * Returns {@code current vs previous (base): difference, relative change}, the base being the period, or its
     * dates ({@code 2026-02-01..2026-02-14}) when they are not the whole period.
     */
    @Override
    public String toString() {
        String base = baseDates.equals(DateRange.of(basePeriod)) ? basePeriod.toString() : baseDates.toString();
        return current + " vs " + previous + " (" + base + "): " + difference().map(BigDecimal::toPlainString)
                .orElse("undefined") + ", " + relativeChange().map(BigDecimal::toPlainString).orElse("undefined");
    }
}
