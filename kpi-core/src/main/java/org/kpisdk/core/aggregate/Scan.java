package org.kpisdk.core.aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.internal.ColumnStore;
import org.kpisdk.core.internal.IntTupleIndex;
import org.kpisdk.core.internal.LongIntHashMap;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.value.TimeGrain;

/**
 * The hot path: one pass over a row range that sums every state of every group into primitive arrays.
 *
 * <p>Rows are processed in chunks: first the slot (group) of each row of the chunk is computed into a reusable
 * buffer, then each measure column is added into its per-slot array in a tight loop. Additive sums skip the
 * overflow check when the column's largest absolute value times the number of rows scanned fits in a long (no
 * group sum can then overflow); otherwise every addition is checked. Nothing is allocated per row, except by the
 * explicit mean of rates: each row's rate is a {@link BigDecimal} quotient to {@link Input#RATE_CONTEXT}, added
 * exactly into its group's sum (the price of exact rates, paid only by queries that ask for a mean of rates).
 */
final class Scan {
    private static final int CHUNK = 2048;
    private static final int ADD = 0;
    private static final int RATE_SUM = 1;
    private static final int RATE_COUNT = 2;

    private final ColumnStore st;
    private final int[] groupDims;
    private final long[] cards;
    @Nullable
    private final TimeGrain grain;
    private final long basePeriod;
    @Nullable
    private final int[] periodOfDay;
    private final int[] filterDims;
    private final boolean[][] allowed;
    private final int fromDay;
    private final int toDay;
    private final boolean dateFiltered;
    private final int ns;
    private final int[] kind;
    private final int[] col;
    private final int[] den;
    private final int ng;
    private final int[] gcol;

    private int slots;
    private long[] slotKeys = new long[16];
    private long[] rowCounts = new long[16];
    private final long[][] sums;
    private final long[][] present;
    /** Per rate-sum state (null for the others), per slot the exact sum of rates (null before the first). */
    private final BigDecimal[][] rateSums;
    private int[] direct;
    private LongIntHashMap hashed;
    /** The slot of each (period, codes…) tuple when the key space does not fit in a long; else null. */
    @Nullable
    private IntTupleIndex tupleSlots;
    private int[] tuple = new int[0];
    private final LongIntHashMap[] cellIndex;
    private final long[][] cellData;
    private final int[] cellCount;

    /**
     * Returns the first date to read so that the first row's trailing window, base dates or running total within a
     * longer grain are complete: rows before the query's first date are read, not shown.
     */
    private static LocalDate widenedStart(Query q, TimeGrain grain, LocalDate from) {
        LocalDate start = grain.startOf(from);
        if (q.window() > 1) {
            start = grain.startAt(grain.indexOf(start) - (q.window() - 1));
        }
        if (q.comparison().isPresent()) {
            LocalDate base = q.comparison().get().baseDates(grain.periodOf(from), null).start();
            if (q.window() > 1) {
                base = grain.startAt(grain.indexOf(grain.startOf(base)) - (q.window() - 1));
            }
            start = base.isBefore(start) ? base : start;
        }
        if (q.cumulativeWithin().isPresent()) {
            start = q.cumulativeWithin().get().startOf(start);
        }
        return start;
    }

    private Scan(Query q, ColumnStore st) {
        this.st = st;
        List<String> by = q.groupBy();
        groupDims = new int[by.size()];
        cards = new long[by.size()];
        for (int i = 0; i < groupDims.length; i++) {
            groupDims[i] = dimension(st, by.get(i));
            cards[i] = Math.max(1, st.dictionaries[groupDims[i]].length);
        }
        TimeGrain queryGrain = q.grain().orElse(null);
        grain = q.scanGrain();
        int first = st.minDay;
        int last = st.maxDay;
        LocalDate scanFrom = q.from().orElse(null);
        if (scanFrom != null && queryGrain != null
                && (q.window() > 1 || q.comparison().isPresent() || q.cumulativeWithin().isPresent())) {
            scanFrom = widenedStart(q, queryGrain, scanFrom);
        }
        dateFiltered = scanFrom != null || q.to().isPresent();
        fromDay = scanFrom == null ? Integer.MIN_VALUE : (int) Math.max(Integer.MIN_VALUE, scanFrom.toEpochDay());
        toDay = q.to().map(d -> (int) Math.min(Integer.MAX_VALUE, d.toEpochDay())).orElse(Integer.MAX_VALUE);
        if (grain == null || st.size == 0) {
            basePeriod = 0;
            periodOfDay = null;
        } else {
            basePeriod = grain.indexOf(LocalDate.ofEpochDay(first));
            long range = (long) last - first + 1;
            Checks.argument(range <= 1 << 24, "the table spans %d days; at most %d are supported", range, 1 << 24);
            periodOfDay = new int[(int) range];
            for (int d = 0; d < range; d++) {
                periodOfDay[d] = (int) (grain.indexOf(LocalDate.ofEpochDay(first + d)) - basePeriod);
            }
        }
        Set<String> filterNames = q.filters().keySet();
        filterDims = new int[filterNames.size()];
        allowed = new boolean[filterNames.size()][];
        int f = 0;
        for (Map.Entry<String, Set<String>> e : q.filters().entrySet()) {
            int d = dimension(st, e.getKey());
            filterDims[f] = d;
            String[] dict = st.dictionaries[d];
            allowed[f] = new boolean[dict.length];
            for (int c = 0; c < dict.length; c++) {
                allowed[f][c] = e.getValue().contains(dict[c]);
            }
            f++;
        }
        List<Input> states = q.sumStates();
        ns = states.size();
        kind = new int[ns];
        col = new int[ns];
        den = new int[ns];
        for (int s = 0; s < ns; s++) {
            Input in = states.get(s);
            kind[s] = in.kind() == Input.Kind.VALUE ? ADD : in.kind() == Input.Kind.RATE_SUM ? RATE_SUM : RATE_COUNT;
            col[s] = st.measureIndex(in.measure());
            den[s] = in.kind() == Input.Kind.VALUE ? -1 : st.measureIndex(in.denominator());
        }
        List<Input> gauges = q.gaugeStates();
        ng = gauges.size();
        gcol = new int[ng];
        for (int g = 0; g < ng; g++) {
            gcol[g] = st.measureIndex(gauges.get(g).measure());
        }
        sums = new long[ns][16];
        present = new long[ns][16];
        rateSums = new BigDecimal[ns][];
        for (int s = 0; s < ns; s++) {
            rateSums[s] = kind[s] == RATE_SUM ? new BigDecimal[16] : null;
        }
        cellIndex = new LongIntHashMap[ng];
        cellData = new long[ng][];
        cellCount = new int[ng];
        for (int g = 0; g < ng; g++) {
            cellIndex[g] = new LongIntHashMap(64);
            cellData[g] = new long[6 * 16];
        }
        long periods = periodOfDay == null ? 1 : periodOfDay[periodOfDay.length - 1] + 1L;
        long keySpace = periods;
        for (int i = 0; i < cards.length && keySpace > 0; i++) {
            keySpace = keySpace > Long.MAX_VALUE / cards[i] ? -1 : keySpace * cards[i];
        }
        if (keySpace < 0) {
            // The mixed-radix key would not fit in a long: key each (period, codes…) tuple exactly instead.
            tupleSlots = new IntTupleIndex(1 + groupDims.length);
            tuple = new int[1 + groupDims.length];
        } else if (keySpace <= Math.max(1 << 12, Math.min(st.size, 1 << 22))) {
            direct = new int[(int) keySpace];
            Arrays.fill(direct, -1);
        } else {
            hashed = new LongIntHashMap(1024);
        }
    }

    private static int dimension(ColumnStore st, String name) {
        int d = st.dimensionIndex(name);
        Checks.argument(d >= 0, "unknown dimension '%s' (the table declares %s)", name,
                Arrays.toString(st.dimensionNames));
        return d;
    }

    static PartialAggregate run(Query q, ColumnStore st, int from, int to) {
        Scan scan = new Scan(q, st);
        scan.scan(from, to);
        return scan.publish(q);
    }

    private void scan(int from, int to) {
        int[] slotBuf = new int[CHUNK];
        int[] rowBuf = new int[CHUNK];
        boolean filtered = dateFiltered || filterDims.length > 0;
        boolean[] safe = new boolean[ns];
        long rows = (long) to - from;
        for (int s = 0; s < ns; s++) {
            safe[s] = col[s] >= 0 && (st.maxAbs[col[s]] == 0 || rows <= Long.MAX_VALUE / st.maxAbs[col[s]]);
        }
        for (int start = from; start < to; start += CHUNK) {
            int end = Math.min(to, start + CHUNK);
            int n;
            if (filtered) {
                n = filter(start, end, rowBuf);
            } else {
                n = end - start;
            }
            if (direct != null) {
                directSlots(start, n, filtered ? rowBuf : null, slotBuf);
            } else {
                for (int i = 0; i < n; i++) {
                    slotBuf[i] = slot(filtered ? rowBuf[i] : start + i);
                }
                long[] rc = rowCounts;
                for (int i = 0; i < n; i++) {
                    rc[slotBuf[i]]++;
                }
            }
            for (int s = 0; s < ns; s++) {
                if (col[s] < 0) {
                    continue;
                }
                if (kind[s] == ADD && st.presence[col[s]] == null) {
                    addColumn(sums[s], st.values[col[s]], slotBuf, rowBuf, n, filtered ? -1 : start, safe[s]);
                } else {
                    addGeneral(s, slotBuf, rowBuf, n, filtered ? -1 : start);
                }
            }
            for (int g = 0; g < ng; g++) {
                if (gcol[g] >= 0) {
                    addGauge(g, slotBuf, rowBuf, n, filtered ? -1 : start);
                }
            }
        }
    }

    private int filter(int start, int end, int[] rowBuf) {
        int n = 0;
        int[] days = st.days;
        for (int r = start; r < end; r++) {
            int day = days[r];
            boolean pass = day >= fromDay && day <= toDay;
            for (int f = 0; pass && f < filterDims.length; f++) {
                pass = allowed[f][st.codes[filterDims[f]][r]];
            }
            if (pass) {
                rowBuf[n++] = r;
            }
        }
        return n;
    }

    /** Computes the slots of {@code n} rows through the dense key → slot array; the common, fast case. */
    private void directSlots(int start, int n, @Nullable int[] rowBuf, int[] out) {
        int[] days = st.days;
        int minDay = st.minDay;
        int[] pod = periodOfDay;
        int[] dir = direct;
        int dims = groupDims.length;
        int[] c0 = dims > 0 ? st.codes[groupDims[0]] : null;
        int[] c1 = dims > 1 ? st.codes[groupDims[1]] : null;
        int k0 = dims > 0 ? (int) cards[0] : 1;
        int k1 = dims > 1 ? (int) cards[1] : 1;
        for (int i = 0; i < n; i++) {
            int r = rowBuf == null ? start + i : rowBuf[i];
            int key = pod == null ? 0 : pod[days[r] - minDay];
            if (dims == 1) {
                key = key * k0 + c0[r];
            } else if (dims == 2) {
                key = (key * k0 + c0[r]) * k1 + c1[r];
            } else if (dims > 2) {
                for (int g = 0; g < dims; g++) {
                    key = key * (int) cards[g] + st.codes[groupDims[g]][r];
                }
            }
            int s = dir[key];
            if (s < 0) {
                s = newSlot(key);
                dir[key] = s;
            }
            out[i] = s;
            rowCounts[s]++;
        }
    }

    private int slot(int r) {
        if (tupleSlots != null) {
            tuple[0] = periodOfDay == null ? 0 : periodOfDay[st.days[r] - st.minDay];
            for (int g = 0; g < groupDims.length; g++) {
                tuple[g + 1] = st.codes[groupDims[g]][r];
            }
            int s = tupleSlots.intern(tuple);
            return s < slots ? s : newSlot(0);
        }
        long key = periodOfDay == null ? 0 : periodOfDay[st.days[r] - st.minDay];
        for (int g = 0; g < groupDims.length; g++) {
            key = key * cards[g] + st.codes[groupDims[g]][r];
        }
        if (direct != null) {
            int s = direct[(int) key];
            if (s < 0) {
                s = newSlot(key);
                direct[(int) key] = s;
            }
            return s;
        }
        int s = hashed.get(key);
        if (s < 0) {
            s = newSlot(key);
            hashed.put(key, s);
        }
        return s;
    }

    private int newSlot(long key) {
        if (slots == slotKeys.length) {
            int n = slots * 2;
            slotKeys = Arrays.copyOf(slotKeys, n);
            rowCounts = Arrays.copyOf(rowCounts, n);
            for (int s = 0; s < ns; s++) {
                sums[s] = Arrays.copyOf(sums[s], n);
                present[s] = Arrays.copyOf(present[s], n);
                if (rateSums[s] != null) {
                    rateSums[s] = Arrays.copyOf(rateSums[s], n);
                }
            }
        }
        slotKeys[slots] = key;
        return slots++;
    }

    private static void addColumn(long[] acc, long[] values, int[] slotBuf, int[] rowBuf, int n, int start,
            boolean safe) {
        if (start >= 0) {
            if (safe) {
                for (int i = 0; i < n; i++) {
                    acc[slotBuf[i]] += values[start + i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    acc[slotBuf[i]] = Math.addExact(acc[slotBuf[i]], values[start + i]);
                }
            }
        } else if (safe) {
            for (int i = 0; i < n; i++) {
                acc[slotBuf[i]] += values[rowBuf[i]];
            }
        } else {
            for (int i = 0; i < n; i++) {
                acc[slotBuf[i]] = Math.addExact(acc[slotBuf[i]], values[rowBuf[i]]);
            }
        }
    }

    private void addGeneral(int s, int[] slotBuf, int[] rowBuf, int n, int start) {
        long[] acc = sums[s];
        long[] pre = present[s];
        int m = col[s];
        long[] values = st.values[m];
        int d = den[s];
        for (int i = 0; i < n; i++) {
            int r = start >= 0 ? start + i : rowBuf[i];
            if (!st.present(m, r)) {
                continue;
            }
            int slot = slotBuf[i];
            if (kind[s] == ADD) {
                acc[slot] = Math.addExact(acc[slot], values[r]);
                pre[slot]++;
                continue;
            }
            if (d < 0 || !st.present(d, r)) {
                continue;
            }
            pre[slot]++;
            long dv = st.values[d][r];
            if (dv == 0) {
                continue;
            }
            if (kind[s] == RATE_COUNT) {
                acc[slot] = Math.addExact(acc[slot], 1);
            } else {
                BigDecimal rate = rate(values[r], st.measures[m], dv, st.measures[d]);
                BigDecimal[] rs = rateSums[s];
                rs[slot] = (rs[slot] == null ? BigDecimal.ZERO : rs[slot]).add(rate);   // scale >= 0
            }
        }
    }

    /**
     * Returns one row's rate {@code numerator / denominator} to {@link Input#RATE_CONTEXT} (exact when the quotient
     * terminates within 40 digits), money read in micros.
     */
    static BigDecimal rate(long numerator, BaseMeasure nm, long denominator, BaseMeasure dm) {
        return BigDecimal.valueOf(numerator, nm.isMoney() ? 6 : 0)
                .divide(BigDecimal.valueOf(denominator, dm.isMoney() ? 6 : 0), Input.RATE_CONTEXT);
    }

    private void addGauge(int g, int[] slotBuf, int[] rowBuf, int n, int start) {
        int m = gcol[g];
        long[] values = st.values[m];
        int[] series = st.series;
        long seriesCount = st.seriesCodes.length;
        for (int i = 0; i < n; i++) {
            int r = start >= 0 ? start + i : rowBuf[i];
            if (!st.present(m, r)) {
                continue;
            }
            long key = slotBuf[i] * seriesCount + series[r];
            int c = cellIndex[g].get(key);
            long day = st.days[r];
            long v = values[r];
            long[] data = cellData[g];
            if (c < 0) {
                c = cellCount[g]++;
                cellIndex[g].put(key, c);
                if (6 * (c + 1) > data.length) {
                    data = Arrays.copyOf(data, data.length * 2);
                    cellData[g] = data;
                }
                int o = 6 * c;
                data[o] = day;
                data[o + 1] = v;
                data[o + 2] = day;
                data[o + 3] = v;
                data[o + 4] = v;
                data[o + 5] = 1;
                cellKeyOf(g, c, key);
                continue;
            }
            int o = 6 * c;
            if (day < data[o]) {
                data[o] = day;
                data[o + 1] = v;
            }
            if (day > data[o + 2]) {
                data[o + 2] = day;
                data[o + 3] = v;
            }
            data[o + 4] = Math.addExact(data[o + 4], v);
            data[o + 5]++;
        }
    }

    private long[][] cellKeys;

    private void cellKeyOf(int g, int c, long key) {
        if (cellKeys == null) {
            cellKeys = new long[ng][16];
        }
        if (c >= cellKeys[g].length) {
            cellKeys[g] = Arrays.copyOf(cellKeys[g], cellKeys[g].length * 2);
        }
        cellKeys[g][c] = key;
    }

    private PartialAggregate publish(Query q) {
        Group[] groups = new Group[slots];
        String[][] dimsOf = new String[slots][];
        long[] periodOf = new long[slots];
        for (int slot = 0; slot < slots; slot++) {
            String[] dims = new String[groupDims.length];
            if (tupleSlots != null) {
                for (int g = 0; g < groupDims.length; g++) {
                    dims[g] = st.dictionaries[groupDims[g]][tupleSlots.at(slot, g + 1)];
                }
                dimsOf[slot] = dims;
                periodOf[slot] = grain == null ? Group.NO_PERIOD : basePeriod + tupleSlots.at(slot, 0);
                continue;
            }
            long key = slotKeys[slot];
            for (int g = groupDims.length - 1; g >= 0; g--) {
                int code = (int) (key % cards[g]);
                key /= cards[g];
                dims[g] = st.dictionaries[groupDims[g]][code];
            }
            dimsOf[slot] = dims;
            periodOf[slot] = grain == null ? Group.NO_PERIOD : basePeriod + key;
        }
        List<List<List<Cell>>> cells = new ArrayList<>(slots);
        for (int slot = 0; slot < slots; slot++) {
            List<List<Cell>> perGauge = new ArrayList<>(ng);
            for (int g = 0; g < ng; g++) {
                perGauge.add(new ArrayList<>());
            }
            cells.add(perGauge);
        }
        long seriesCount = st.seriesCodes.length;
        for (int g = 0; g < ng; g++) {
            long[] data = cellData[g];
            for (int c = 0; c < cellCount[g]; c++) {
                long key = cellKeys[g][c];
                int slot = (int) (key / seriesCount);
                int[] codes = st.seriesCodes[(int) (key % seriesCount)];
                String[] series = new String[codes.length];
                for (int d = 0; d < codes.length; d++) {
                    series[d] = st.dictionaries[d][codes[d]];
                }
                int o = 6 * c;
                cells.get(slot).get(g).add(new Cell(series, data[o], data[o + 1], data[o + 2], data[o + 3],
                        data[o + 4], data[o + 5]));
            }
        }
        for (int slot = 0; slot < slots; slot++) {
            long[] s = new long[ns];
            long[] p = new long[ns];
            BigDecimal[] rates = Group.zeros(ns);
            for (int i = 0; i < ns; i++) {
                s[i] = sums[i][slot];
                if (rateSums[i] != null && rateSums[i][slot] != null) {
                    rates[i] = rateSums[i][slot];
                }
                boolean full = col[i] >= 0 && kind[i] == ADD && st.presence[col[i]] == null;
                p[i] = full ? rowCounts[slot] : present[i][slot];
            }
            Cell[][] cs = new Cell[ng][];
            for (int g = 0; g < ng; g++) {
                Cell[] arr = cells.get(slot).get(g).toArray(new Cell[0]);
                Arrays.sort(arr);
                cs[g] = arr;
            }
            groups[slot] = new Group(dimsOf[slot], periodOf[slot], rowCounts[slot], s, p, rates, cs);
        }
        Arrays.sort(groups);
        Map<BaseMeasure, Currency> currencies = new HashMap<>();
        java.util.Set<BaseMeasure> used = new java.util.HashSet<>();
        for (Input in : q.sumStates()) {
            used.add(in.measure());
            if (in.kind() != Input.Kind.VALUE) {
                used.add(in.denominator());
            }
        }
        q.gaugeStates().forEach(in -> used.add(in.measure()));
        for (int m = 0; m < st.measures.length; m++) {
            if (st.currencies[m] != null && used.contains(st.measures[m])) {
                currencies.put(st.measures[m], st.currencies[m]);
            }
        }
        java.util.Set<BaseMeasure> undeclared = new java.util.HashSet<>();
        for (BaseMeasure m : used) {
            if (st.measureIndex(m) < 0) {
                undeclared.add(m);
            }
        }
        return PartialAggregate.of(q, List.of(groups), currencies, undeclared);
    }
}
