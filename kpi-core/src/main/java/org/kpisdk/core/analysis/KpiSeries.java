package org.kpisdk.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

/**
 * The values of one KPI for one group over time: one value per period of a {@link TimeGrain}, in period order,
 * each either a finite {@code double} or <em>undefined</em> (a rate whose denominator was 0, a period without data).
 *
 * <pre>{@code
 * KpiSeries rate = KpiSeries.builder(TimeGrain.MONTH)
 *         .add(PeriodKey.parse("2026-01"), 0.031)
 *         .addUndefined(PeriodKey.parse("2026-02"))      // no impressions that month
 *         .add(PeriodKey.parse("2026-03"), 0.034)
 *         .build();
 * rate.value(1);                                          // OptionalDouble.empty()
 * KpiSeries.of(PeriodKey.parse("2026-01"), 10, 12, 15);   // consecutive months from 2026-01
 * }</pre>
 *
 * <p>Periods are strictly increasing but need not be consecutive: the analyses treat a period missing between two
 * entries like an undefined one (a trend places values at their period's position, windows count periods of the
 * grain). An aggregation query produces one series per metric and group; a series can also be built by hand or from
 * a {@link SortedMap}.
 *
 * <p>Immutable, thread-safe and value-based: {@link #equals} compares grain, periods and values.
 */
public final class KpiSeries {
    private final TimeGrain grain;
    private final PeriodKey[] periods;
    private final long[] indexes;
    /** Values; NaN marks an undefined value internally and never leaves this class. */
    private final double[] values;
    private final int definedCount;

    private KpiSeries(TimeGrain grain, PeriodKey[] periods, double[] values) {
        this.grain = grain;
        this.periods = periods;
        this.values = values;
        this.indexes = new long[periods.length];
        int defined = 0;
        for (int i = 0; i < periods.length; i++) {
            indexes[i] = periods[i].index();
            if (!Double.isNaN(values[i])) {
                defined++;
            }
        }
        this.definedCount = defined;
    }

    /** Returns a builder of a series of {@code grain}; a single-threaded builder. */
    public static Builder builder(TimeGrain grain) {
        return new Builder(grain);
    }

    /**
     * Returns the series of the entries of {@code values}, in key order; an empty {@link OptionalDouble} is an
     * undefined value.
     *
     * @throws IllegalArgumentException if a key is not of {@code grain} or a value is not finite
     */
    public static KpiSeries of(TimeGrain grain, SortedMap<PeriodKey, OptionalDouble> values) {
        Objects.requireNonNull(values, "values");
        Builder builder = builder(grain);
        for (Map.Entry<PeriodKey, OptionalDouble> e : values.entrySet()) {
            builder.add(e.getKey(), Objects.requireNonNull(e.getValue(), "value"));
        }
        return builder.build();
    }

    /**
     * Returns a series of consecutive periods starting at {@code first}, all values defined.
     *
     * @throws IllegalArgumentException if a value is not finite
     */
    public static KpiSeries of(PeriodKey first, double... values) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(values, "values");
        Builder builder = builder(first.grain());
        PeriodKey period = first;
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                period = period.next();
            }
            builder.add(period, values[i]);
        }
        return builder.build();
    }

    /** Returns the grain of every period of this series. */
    public TimeGrain grain() {
        return grain;
    }

    /** Returns the number of periods (defined or not). */
    public int size() {
        return periods.length;
    }

    /** Returns whether the series has no period at all. */
    public boolean isEmpty() {
        return periods.length == 0;
    }

    /** Returns the number of periods whose value is defined. */
    public int definedCount() {
        return definedCount;
    }

    /** Returns the period at position {@code i}. */
    public PeriodKey period(int i) {
        Objects.checkIndex(i, periods.length);
        return periods[i];
    }

    /** Returns the value at position {@code i}, empty when undefined. Never NaN. */
    public OptionalDouble value(int i) {
        Objects.checkIndex(i, periods.length);
        double v = values[i];
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** Returns whether the value at position {@code i} is defined. */
    public boolean isDefined(int i) {
        Objects.checkIndex(i, periods.length);
        return !Double.isNaN(values[i]);
    }

    /** Returns the value of {@code period}, empty when the period is absent or its value undefined. */
    public OptionalDouble valueAt(PeriodKey period) {
        Objects.requireNonNull(period, "period");
        if (period.grain() != grain) {
            return OptionalDouble.empty();
        }
        int i = Arrays.binarySearch(indexes, period.index());
        return i < 0 ? OptionalDouble.empty() : value(i);
    }

    /** Returns the periods, in order, as an unmodifiable list. */
    public List<PeriodKey> periods() {
        return Collections.unmodifiableList(Arrays.asList(periods.clone()));
    }

    /** Returns the values, in period order, as an unmodifiable list; empty optionals are undefined values. */
    public List<OptionalDouble> values() {
        List<OptionalDouble> list = new ArrayList<>(periods.length);
        for (int i = 0; i < periods.length; i++) {
            list.add(value(i));
        }
        return Collections.unmodifiableList(list);
    }

    /** Dense index of the period at position i (see {@link TimeGrain#indexOf}). */
    long index(int i) {
        return indexes[i];
    }

    /** Raw value at position i: NaN when undefined. Package-private; never returned by the API. */
    double raw(int i) {
        return values[i];
    }

    /** Returns a series of the same periods with the given raw values (NaN = undefined); the array is owned. */
    KpiSeries withRawValues(double[] newValues) {
        return new KpiSeries(grain, periods, newValues);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof KpiSeries other)) {
            return false;
        }
        return grain == other.grain && Arrays.equals(periods, other.periods) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * grain.hashCode() + Arrays.hashCode(periods)) + Arrays.hashCode(values);
    }

    /** Returns a text such as {@code KpiSeries[MONTH: 2026-01=0.031, 2026-02=undefined]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("KpiSeries[").append(grain).append(':');
        for (int i = 0; i < periods.length; i++) {
            sb.append(i == 0 ? " " : ", ").append(periods[i]).append('=');
            sb.append(Double.isNaN(values[i]) ? "undefined" : Double.toString(values[i]));
        }
        return sb.append(']').toString();
    }

    /**
     * Builds a {@link KpiSeries} period by period, in increasing period order. A single-threaded builder; {@link
     * #build()} may be called more than once.
     */
    public static final class Builder {
        private final TimeGrain grain;
        private final List<PeriodKey> periods = new ArrayList<>();
        private double[] values = new double[16];

        private Builder(TimeGrain grain) {
            this.grain = Objects.requireNonNull(grain, "grain");
        }

        /**
         * Appends a defined value.
         *
         * @throws IllegalArgumentException if the period is not of the grain or not after the last one, or the
         *                                  value is not finite
         */
        public Builder add(PeriodKey period, double value) {
            Checks.argument(Double.isFinite(value), "value of %s must be finite, was %s", period, value);
            return append(period, value);
        }

        /** Appends {@code value}, undefined when empty. */
        public Builder add(PeriodKey period, OptionalDouble value) {
            Objects.requireNonNull(value, "value");
            return value.isPresent() ? add(period, value.getAsDouble()) : addUndefined(period);
        }

        /** Appends an undefined value (a rate over nothing, a period without data). */
        public Builder addUndefined(PeriodKey period) {
            return append(period, Double.NaN);
        }

        private Builder append(PeriodKey period, double value) {
            Objects.requireNonNull(period, "period");
            Checks.argument(period.grain() == grain, "period %s must be of grain %s, was %s", period, grain,
                    period.grain());
            if (!periods.isEmpty()) {
                PeriodKey last = periods.get(periods.size() - 1);
                Checks.argument(period.compareTo(last) > 0,
                        "periods must be strictly increasing, was %s after %s", period, last);
            }
            if (periods.size() == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[periods.size()] = value;
            periods.add(period);
            return this;
        }

        /** Returns the series built so far. */
        public KpiSeries build() {
            return new KpiSeries(grain, periods.toArray(new PeriodKey[0]), Arrays.copyOf(values, periods.size()));
        }
    }
}
