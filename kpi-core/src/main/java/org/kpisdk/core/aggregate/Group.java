package org.kpisdk.core.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.annotation.Nullable;

/**
 * The mergeable state of one group: its dimension values, its period index ({@link #NO_PERIOD} without a grain),
 * its row count, per sum state the sum and the number of rows that carried it (for a rate sum, the exact sum of
 * rates in {@link #rates}, the long sum unused), and per gauge its cells by series.
 */
final class Group implements Comparable<Group> {
    static final long NO_PERIOD = Long.MIN_VALUE;

    final String[] dims;
    final long period;
    final long rows;
    final long[] sums;
    final long[] present;
    /** Per sum state, the exact sum of rates of a rate sum, zero for every other state. */
    final BigDecimal[] rates;
    final Cell[][] cells;

    Group(String[] dims, long period, long rows, long[] sums, long[] present, BigDecimal[] rates, Cell[][] cells) {
        this.dims = dims;
        this.period = period;
        this.rows = rows;
        this.sums = sums;
        this.present = present;
        this.rates = rates;
        this.cells = cells;
    }

    static Group empty(String[] dims, long period, int sums, int gauges) {
        Cell[][] cells = new Cell[gauges][];
        Arrays.fill(cells, new Cell[0]);
        return new Group(dims, period, 0, new long[sums], new long[sums], zeros(sums), cells);
    }

    static BigDecimal[] zeros(int n) {
        BigDecimal[] z = new BigDecimal[n];
        Arrays.fill(z, BigDecimal.ZERO);
        return z;
    }

    /** Merges two states of the same key (or, for windows, of the same dimensions); keeps this key. */
    Group plus(Group o) {
        long[] s = new long[sums.length];
        long[] p = new long[sums.length];
        BigDecimal[] r = new BigDecimal[sums.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.addExact(sums[i], o.sums[i]);
            p[i] = Math.addExact(present[i], o.present[i]);
            r[i] = rates[i].add(o.rates[i]);
        }
        Cell[][] c = new Cell[cells.length][];
        for (int g = 0; g < c.length; g++) {
            c[g] = merge(cells[g], o.cells[g]);
        }
        return new Group(dims, period, Math.addExact(rows, o.rows), s, p, r, c);
    }

    private static Cell[] merge(Cell[] a, Cell[] b) {
        List<Cell> out = new ArrayList<>(a.length + b.length);
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            int cmp = i == a.length ? 1 : j == b.length ? -1 : a[i].compareTo(b[j]);
            if (cmp < 0) {
                out.add(a[i++]);
            } else if (cmp > 0) {
                out.add(b[j++]);
            } else {
                out.add(a[i++].plus(b[j++]));
            }
        }
        return out.toArray(new Cell[0]);
    }

    int compareKey(Group o) {
        int c = Arrays.compare(dims, o.dims);
        return c != 0 ? c : Long.compare(period, o.period);
    }

    @Override
    public int compareTo(Group o) {
        return compareKey(o);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof Group g)) {
            return false;
        }
        return period == g.period && rows == g.rows && Arrays.equals(dims, g.dims) && Arrays.equals(sums, g.sums)
                && Arrays.equals(present, g.present) && sameRates(g) && Arrays.deepEquals(cells, g.cells);
    }

    /** Compares the rate sums by value, so that 1.5 and 1.50 are one sum. */
    private boolean sameRates(Group g) {
        if (rates.length != g.rates.length) {
            return false;
        }
        for (int i = 0; i < rates.length; i++) {
            if (rates[i].compareTo(g.rates[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(dims) * 31 + Long.hashCode(period)) * 31 + Arrays.hashCode(sums);
    }

    @Override
    public String toString() {
        return Arrays.toString(dims) + (period == NO_PERIOD ? "" : "@" + period) + " rows=" + rows + " sums="
                + Arrays.toString(sums) + " present=" + Arrays.toString(present)
                + (Arrays.stream(rates).allMatch(x -> x.signum() == 0) ? "" : " rates=" + Arrays.toString(rates))
                + (cells.length == 0 ? "" : " cells=" + Arrays.deepToString(cells));
    }
}
