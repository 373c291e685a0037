package org.kpisdk.core.internal;

import java.util.Currency;

import javax.annotation.Nullable;

import org.kpisdk.core.metric.BaseMeasure;

/**
 * The primitive columns of an observation table: epoch days, dictionary codes per dimension, long values per
 * measure (micros for money), optional presence bitmaps and, when the table has gauges, a series code per row.
 * Arrays are never written after construction.
 *
 * <p>Not API: public only so that the aggregation package can read the columns.
 *
 * <p>Immutable and thread-safe.
 */
public final class ColumnStore {
    /** Number of rows. */
    public final int size;
    /** Epoch day of each row. */
    public final int[] days;
    /** Smallest epoch day (0 when empty). */
    public final int minDay;
    /** Largest epoch day (-1 when empty). */
    public final int maxDay;
    /** Dimension names in declaration order. */
    public final String[] dimensionNames;
    /** Per dimension, code to value. */
    public final String[][] dictionaries;
    /** Per dimension, the code of each row. */
    public final int[][] codes;
    /** Measures in declaration order. */
    public final BaseMeasure[] measures;
    /** Per measure, its currency when it is money, else null. */
    public final Currency[] currencies;
    /** Per measure, the value of each row (0 where absent). */
    public final long[][] values;
    /** Per measure, a presence bitmap, or null when every row carries the measure. */
    public final long[][] presence;
    /** Per measure, the largest absolute value of the column. */
    public final long[] maxAbs;
    /** Series code (full dimension tuple) of each row, or null when the table has no semi-additive measure. */
    @Nullable
    public final int[] series;
    /** Per series code, the dimension codes of the series (empty when {@link #series} is null). */
    public final int[][] seriesCodes;

    /** Wraps the given arrays; the caller hands over ownership. */
    public ColumnStore(int size, int[] days, String[] dimensionNames, String[][] dictionaries, int[][] codes,
            BaseMeasure[] measures, Currency[] currencies, long[][] values, long[][] presence, long[] maxAbs,
            @Nullable int[] series, int[][] seriesCodes) {
        this.size = size;
        this.days = days;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            min = Math.min(min, days[i]);
            max = Math.max(max, days[i]);
        }
        this.minDay = size == 0 ? 0 : min;
        this.maxDay = size == 0 ? -1 : max;
        this.dimensionNames = dimensionNames;
        this.dictionaries = dictionaries;
        this.codes = codes;
        this.measures = measures;
        this.currencies = currencies;
        this.values = values;
        this.presence = presence;
        this.maxAbs = maxAbs;
        this.series = series;
        this.seriesCodes = seriesCodes;
    }

    /** Returns whether row {@code row} carries measure {@code m}. */
    public boolean present(int m, int row) {
        long[] bits = presence[m];
        return bits == null || (bits[row >>> 6] & (1L << row)) != 0;
    }

    /** Returns the index of a dimension name, or -1. */
    public int dimensionIndex(String name) {
        for (int i = 0; i < dimensionNames.length; i++) {
            if (dimensionNames[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the index of a measure, or -1. */
    public int measureIndex(BaseMeasure measure) {
        for (int i = 0; i < measures.length; i++) {
            if (measures[i].equals(measure)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the bytes held by the row-proportional arrays (days, codes, values, bitmaps, series). */
    public long columnBytes() {
        long bytes = 16L + 4L * days.length;
        for (int[] c : codes) {
            bytes += 16L + 4L * c.length;
        }
        for (long[] v : values) {
            bytes += 16L + 8L * v.length;
        }
        for (long[] p : presence) {
            bytes += p == null ? 0 : 16L + 8L * p.length;
        }
        if (series != null) {
            bytes += 16L + 4L * series.length;
        }
        return bytes;
    }

    /** Returns an estimate of the bytes held by the dictionaries. */
    public long dictionaryBytes() {
        long bytes = 0;
        for (String[] d : dictionaries) {
            for (String s : d) {
                bytes += 56L + s.length();
            }
        }
        for (int[] s : seriesCodes) {
            bytes += 16L + 4L * s.length;
        }
        return bytes;
    }
}
