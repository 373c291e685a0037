package org.kpisdk.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collections;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

import org.kpisdk.core.internal.Checks;

/**
 * The times (in the log's unit, milliseconds) that entities took between two steps of their winning chains, with
 * mean, median, nearest-rank quantiles and a histogram.
 *
 * <pre>{@code
 * ConversionTimes t = run.timeToConvert(0, 2);   // step index 0 to step index 2
 * t.median();                                    // OptionalLong[...] in milliseconds, empty if nobody converted
 * t.quantile(0.9);                               // the 90th percentile; quantile(90) is refused
 * t.histogram(3_600_000);                        // {0=12, 3600000=5, ...}: entities per hour bucket
 * }</pre>
 *
 * <p>Empty when no entity did both steps: every statistic is then empty, never NaN. Immutable and thread-safe.
 */
public final class ConversionTimes {
    private final long[] sorted;

    ConversionTimes(long[] times) {
        this.sorted = times.clone();
        Arrays.sort(this.sorted);
    }

    /** Returns the number of entities measured. */
    public int count() {
        return sorted.length;
    }

    /** Returns the mean time, or empty when nobody converted. */
    public OptionalDouble mean() {
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (long t : sorted) {
            sum += t;
        }
        return OptionalDouble.of(sum / sorted.length);
    }

    /** Returns the median by nearest rank (the lower middle value for an even count), or empty. */
    public OptionalLong median() {
        return quantile(0.5);
    }

    /**
     * Returns the {@code q} quantile by nearest rank: the smallest time such that at least a fraction {@code q} of
     * the times are at or below it ({@code quantile(0.9)} is the 90th percentile; rank {@code ceil(q · n)}, at
     * least 1, with {@code q · n} computed on the decimal {@code q} as written so that {@code 0.7 · 10} is 7, not
     * 7.000000000000001); empty when nobody converted. Like every quantile argument of the library, {@code q} is
     * a fraction in {@code [0, 1]}.
     *
     * @throws IllegalArgumentException if {@code q} is not in {@code [0, 1]} (a percentile such as 90 is refused,
     *                                  not read as 9000 %)
     */
    public OptionalLong quantile(double q) {
        Checks.quantile(q, "q");
        if (sorted.length == 0) {
            return OptionalLong.empty();
        }
        int rank = new BigDecimal(Double.toString(q)).multiply(BigDecimal.valueOf(sorted.length))
                .setScale(0, RoundingMode.CEILING).intValueExact();
        return OptionalLong.of(sorted[Math.max(rank, 1) - 1]);
    }

    /** Returns the times in ascending order, as a fresh array. */
    public long[] toArray() {
        return sorted.clone();
    }

    /**
     * Returns the number of entities per bucket of width {@code bucket}, keyed by the bucket's lower bound, empty
     * buckets omitted.
     *
     * @throws IllegalArgumentException if {@code bucket <= 0}
     */
    public SortedMap<Long, Long> histogram(long bucket) {
        Checks.positive(bucket, "bucket");
        SortedMap<Long, Long> h = new TreeMap<>();
        for (long t : sorted) {
            h.merge(t / bucket * bucket, 1L, Long::sum);
        }
        return Collections.unmodifiableSortedMap(h);
    }

    @Override
    public String toString() {
        return "ConversionTimes[count " + sorted.length + ", median " + median() + "]";
    }
}
