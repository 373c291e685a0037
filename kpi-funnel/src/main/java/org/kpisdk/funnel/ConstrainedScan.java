package org.kpisdk.funnel;

import java.util.Arrays;

import javax.annotation.Nullable;

/**
 * The scan behind funnels with optional steps, per-step windows, exclusion steps, held properties or a breakdown:
 * for every possible step-1 event (only the first with {@link FunnelOptions.Anchor#FIRST}) a forward pass over the
 * entity's (event, step) entries marks which entries end a valid chain, each entry linking to the first entry that
 * reaches it. Cost per entity: O(a · e²) for a step-1 events and e entries, in reused primitive arrays. Supports
 * {@link FunnelOptions.StepOrder#ORDERED} with every chain-defined option. Not API; one instance per thread.
 */
final class ConstrainedScan {
    private final int n;
    private final long window;
    private final boolean firstOnly;
    private final boolean many;
    private final boolean strictInc;
    private final boolean byStep;
    private final long required;
    private final long[] gaps;
    private final int[] excFrom;
    private final int[] excTo;
    private final long[] rowMasks;
    private final long[] rowExcl;
    private final int[][] holds;

    // The entity's rows in canonical order.
    private long[] ts = new long[16];
    private long[] masks = new long[16];
    private long[] excl = new long[16];
    private int[] rows = new int[16];
    private int[] inputs = new int[16];
    // Entries: (row position, step), in the order chains run through them.
    private int[] entPos = new int[16];
    private int[] entStep = new int[16];
    private int[] pred = new int[16];
    private boolean[] reach = new boolean[16];
    // Per exclusion x, the timestamps of its events are exTs[exStart[x] .. exStart[x + 1]).
    private long[] exTs = new long[16];
    private int[] exStart = new int[2];

    /** The result of the last {@link #evaluate}: the level, or -1 if the entity is removed by an exclusion. */
    int level;
    /** Step timestamps of the winning chain (a skipped optional step repeats the one before it). */
    final long[] winner;
    /** Global rows of the winning chain per step, -1 for a skipped optional step. */
    final int[] winnerRows;

    ConstrainedScan(int steps, long window, FunnelOptions o, long optional, long[] gaps, int[] excFrom,
            int[] excTo, long[] rowMasks, long[] rowExcl, int[][] holds) {
        this.n = steps;
        this.window = window;
        this.firstOnly = o.anchor() == FunnelOptions.Anchor.FIRST;
        this.many = o.eventReuse() == FunnelOptions.EventReuse.MANY_STEPS;
        this.strictInc = o.timestamps() == FunnelOptions.Timestamps.STRICTLY_INCREASING;
        this.byStep = o.tieOrder() == FunnelOptions.TieOrder.BY_STEP_INDEX;
        this.required = ~optional;
        this.gaps = gaps;
        this.excFrom = excFrom;
        this.excTo = excTo;
        this.rowMasks = rowMasks;
        this.rowExcl = rowExcl;
        this.holds = holds;
        this.winner = new long[steps];
        this.winnerRows = new int[steps];
    }

    /**
     * Evaluates one entity whose events are rows {@code [from, to)} of the sorted columns (timestamps, input
     * indexes or null for the sorted position, global row ids).
     */
    void evaluate(long[] sortedTs, @Nullable int[] sortedIdx, int[] sortedRows, int from, int to) {
        int size = to - from;
        if (ts.length < size) {
            int cap = Math.max(size, ts.length * 2);
            ts = new long[cap];
            masks = new long[cap];
            excl = new long[cap];
            rows = new int[cap];
            inputs = new int[cap];
        }
        for (int i = 0; i < size; i++) {
            int row = sortedRows[from + i];
            ts[i] = sortedTs[from + i];
            rows[i] = row;
            masks[i] = rowMasks[row];
            excl[i] = rowExcl.length == 0 ? 0 : rowExcl[row];
            inputs[i] = sortedIdx == null ? from + i : sortedIdx[from + i];
        }
        if (byStep) {
            canonicalTies(size);
        }
        int entries = entries(size);
        indexExclusions(size);
        int all = excFrom.length > 0 ? best(entries, false) : -1;
        level = best(entries, true);
        if (all > level) {
            level = -1;
        }
    }

    /** Orders each group of equal timestamps by (lowest step, mask, input index), rows of no step first. */
    private void canonicalTies(int size) {
        for (int i = 1; i < size; i++) {
            for (int j = i; j > 0 && ts[j] == ts[j - 1] && tieLess(j, j - 1); j--) {
                swap(j, j - 1);
            }
        }
    }

    private boolean tieLess(int a, int b) {
        return FunnelEngine.tieLess(masks[a], inputs[a], masks[b], inputs[b]);
    }

    private void swap(int a, int b) {
        long m = masks[a];
        masks[a] = masks[b];
        masks[b] = m;
        long x = excl[a];
        excl[a] = excl[b];
        excl[b] = x;
        int r = rows[a];
        rows[a] = rows[b];
        rows[b] = r;
        int in = inputs[a];
        inputs[a] = inputs[b];
        inputs[b] = in;
    }

    /** Lists the (row, step) entries in chain order and returns their number. */
    private int entries(int size) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            count += Long.bitCount(masks[i]);
        }
        if (entPos.length < count) {
            int cap = Math.max(count, entPos.length * 2);
            entPos = new int[cap];
            entStep = new int[cap];
            pred = new int[cap];
            reach = new boolean[cap];
        }
        int e = 0;
        if (many && byStep) {
            // Within a group of equal timestamps, by step, then row.
            int g = 0;
            while (g < size) {
                int end = g + 1;
                while (end < size && ts[end] == ts[g]) {
                    end++;
                }
                long union = 0;
                for (int r = g; r < end; r++) {
                    union |= masks[r];
                }
                for (long s = union; s != 0; s &= s - 1) {
                    int k = Long.numberOfTrailingZeros(s);
                    for (int r = g; r < end; r++) {
                        if ((masks[r] & 1L << k) != 0) {
                            entPos[e] = r;
                            entStep[e++] = k;
                        }
                    }
                }
                g = end;
            }
        } else {
            for (int r = 0; r < size; r++) {
                for (long s = masks[r]; s != 0; s &= s - 1) {
                    entPos[e] = r;
                    entStep[e++] = Long.numberOfTrailingZeros(s);
                }
            }
        }
        return e;
    }

    /** Lists, per exclusion, the timestamps of the entity's events that satisfy it and no step. */
    private void indexExclusions(int size) {
        int j = excFrom.length;
        if (j == 0) {
            return;
        }
        if (exStart.length < j + 1) {
            exStart = new int[j + 1];
        }
        int total = 0;
        for (int x = 0; x < j; x++) {
            exStart[x] = total;
            for (int r = 0; r < size; r++) {
                if (masks[r] == 0 && (excl[r] & 1L << x) != 0) {
                    if (total == exTs.length) {
                        exTs = Arrays.copyOf(exTs, total * 2);
                    }
                    exTs[total++] = ts[r];
                }
            }
        }
        exStart[j] = total;
    }

    /** Returns whether exclusion {@code x} has an event at a time in {@code [lo, hi]}. */
    private boolean excludedIn(int x, long lo, long hi) {
        int a = exStart[x];
        int b = exStart[x + 1];
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (exTs[mid] < lo) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a < exStart[x + 1] && exTs[a] <= hi;
    }

    /** Returns the best level over all anchors, recording its chain; exclusions checked when {@code useExcl}. */
    private int best(int entries, boolean useExcl) {
        int best = 0;
        Arrays.fill(winnerRows, -1);
        for (int s = 0; s < entries; s++) {
            if (entStep[s] != 0) {
                continue;
            }
            int anchorRow = rows[entPos[s]];
            if (holdsMissing(anchorRow)) {
                if (firstOnly) {
                    break;
                }
                continue;
            }
            long t0 = ts[entPos[s]];
            int bestQ = -1;
            int bestLevel = 0;
            reach[s] = true;
            pred[s] = -1;
            if (!useExcl || clean(s, t0)) {
                bestQ = s;
                bestLevel = 1;
            }
            for (int q = s + 1; q < entries; q++) {
                reach[q] = false;
                int pq = entPos[q];
                int kq = entStep[q];
                long tq = ts[pq];
                if (kq == 0 || tq - t0 > window || !sameHolds(anchorRow, rows[pq])) {
                    continue;
                }
                // The latest predecessor: a chain does an optional step when it can.
                for (int p = q - 1; p >= s; p--) {
                    if (reach[p] && step(p, q, useExcl)) {
                        reach[q] = true;
                        pred[q] = p;
                        break;
                    }
                }
                if (reach[q] && kq + 1 > bestLevel && (!useExcl || clean(q, t0))) {
                    bestLevel = kq + 1;
                    bestQ = q;
                }
            }
            if (bestLevel > 0 && bestLevel >= best) {
                best = bestLevel;
                record(bestQ);
            }
            if (firstOnly) {
                break;
            }
        }
        return best;
    }

    private boolean step(int p, int q, boolean useExcl) {
        int kp = entStep[p];
        int kq = entStep[q];
        if (kq <= kp) {
            return false;
        }
        long between = kq - kp > 1 ? (-1L >>> (64 - (kq - kp - 1))) << (kp + 1) : 0;
        if ((required & between) != 0) {
            return false;
        }
        int pp = entPos[p];
        int pq = entPos[q];
        if (!many && pq <= pp) {
            return false;
        }
        long tp = ts[pp];
        long tq = ts[pq];
        if ((strictInc && tq <= tp) || tq - tp > gaps[kq]) {
            return false;
        }
        if (useExcl) {
            // The union of the steps' closed intervals from the bounding step a to b is [ts(a), ts(b)].
            for (int x = 0; x < excFrom.length; x++) {
                if (kp >= excFrom[x] && kq <= excTo[x] && excludedIn(x, tp, tq)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a chain ending at entry {@code q} has no exclusion event from it to the end of its window. */
    private boolean clean(int q, long t0) {
        int kq = entStep[q];
        long tq = ts[entPos[q]];
        for (int x = 0; x < excFrom.length; x++) {
            if (excFrom[x] <= kq && kq < excTo[x] && excludedIn(x, tq, window > Long.MAX_VALUE - t0 ? Long.MAX_VALUE : t0 + window)) {
                return false;
            }
        }
        return true;
    }

    private boolean holdsMissing(int row) {
        for (int[] h : holds) {
            if (h[row] < 0) {
                return true;
            }
        }
        return false;
    }

    private boolean sameHolds(int a, int b) {
        for (int[] h : holds) {
            if (h[a] != h[b]) {
                return false;
            }
        }
        return true;
    }

    private void record(int q) {
        Arrays.fill(winnerRows, -1);
        int top = entStep[q];
        for (int e = q; e >= 0; e = pred[e]) {
            winnerRows[entStep[e]] = rows[entPos[e]];
            winner[entStep[e]] = ts[entPos[e]];
        }
        for (int k = 1; k <= top; k++) {
            if (winnerRows[k] < 0) {
                winner[k] = winner[k - 1];
            }
        }
        for (int k = top + 1; k < n; k++) {
            winnerRows[k] = -1;
        }
    }
}
