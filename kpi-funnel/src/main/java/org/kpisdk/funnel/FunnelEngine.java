package org.kpisdk.funnel;

import java.util.Arrays;
import java.util.List;

import javax.annotation.Nullable;

/**
 * The single-threaded scan behind {@link Funnel}: sorts the rows of a log by (entity, time, input order), then
 * walks each entity's events once, keeping for every level the best chain (the latest first-step timestamp) and,
 * when asked, its step timestamps. Not API; one instance per thread.
 */
final class FunnelEngine {
    private static final long NONE = Long.MIN_VALUE;

    private final int n;
    private final long window;
    private final FunnelOptions o;
    private final boolean strictInc;
    private final boolean many;
    private final boolean byStep;
    private final boolean trackChains;

    // Per-level state: first-step timestamp of the best chain, and (if tracked) its step timestamps, n per level.
    private final long[] first;
    private final long[] chains;
    private final long[] snapFirst;
    private final long[] snapChains;
    private final long[] prevFirst;
    private final long[] prevChains;

    // The entity's events in canonical order.
    private long[] ts = new long[16];
    private long[] masks = new long[16];
    private int[] inputs = new int[16];

    /** The result of the last {@link #evaluate}: the level and the winning chain's timestamps. */
    int level;
    final long[] winner;

    FunnelEngine(int steps, long window, FunnelOptions options, boolean trackChains) {
        this.n = steps;
        this.window = window;
        this.o = options;
        this.strictInc = options.timestamps() == FunnelOptions.Timestamps.STRICTLY_INCREASING;
        this.many = options.eventReuse() == FunnelOptions.EventReuse.MANY_STEPS;
        this.byStep = options.tieOrder() == FunnelOptions.TieOrder.BY_STEP_INDEX;
        this.trackChains = trackChains;
        this.first = new long[steps];
        this.snapFirst = new long[steps];
        this.prevFirst = new long[steps];
        int c = trackChains ? steps * steps : 0;
        this.chains = new long[c];
        this.snapChains = new long[c];
        this.prevChains = new long[c];
        this.winner = new long[steps];
    }

    /** Returns the step bit mask of every dictionary code of {@code types}. */
    static long[] typeMasks(List<Step> steps, List<String> types) {
        long[] m = new long[types.size()];
        for (int c = 0; c < m.length; c++) {
            for (int k = 0; k < steps.size(); k++) {
                if (steps.get(k).eventTypes().contains(types.get(c))) {
                    m[c] |= 1L << k;
                }
            }
        }
        return m;
    }

    /**
     * Sorts rows {@code [0, size)} of the three columns in place by (entity, timestamp, input index); the input
     * index column starts as the row number.
     */
    static void sort(long[] e, long[] t, int[] idx, int size) {
        boolean sorted = true;
        for (int i = 1; i < size && sorted; i++) {
            sorted = e[i - 1] < e[i] || (e[i - 1] == e[i] && (t[i - 1] < t[i] || (t[i - 1] == t[i]
                    && idx[i - 1] < idx[i])));
        }
        if (!sorted) {
            quicksort(e, t, idx, 0, size - 1);
        }
    }

    private static boolean less(long[] e, long[] t, int[] idx, int i, int j) {
        return e[i] < e[j] || (e[i] == e[j] && (t[i] < t[j] || (t[i] == t[j] && idx[i] < idx[j])));
    }

    private static void quicksort(long[] e, long[] t, int[] idx, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (less(e, t, idx, mid, lo)) {
                swap(e, t, idx, mid, lo);
            }
            if (less(e, t, idx, hi, lo)) {
                swap(e, t, idx, hi, lo);
            }
            if (less(e, t, idx, hi, mid)) {
                swap(e, t, idx, hi, mid);
            }
            long pe = e[mid];
            long pt = t[mid];
            int pi = idx[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (e[i] < pe || (e[i] == pe && (t[i] < pt || (t[i] == pt && idx[i] < pi)))) {
                    i++;
                }
                while (pe < e[j] || (pe == e[j] && (pt < t[j] || (pt == t[j] && pi < idx[j])))) {
                    j--;
                }
                if (i <= j) {
                    swap(e, t, idx, i, j);
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                quicksort(e, t, idx, lo, j);
                lo = i;
            } else {
                quicksort(e, t, idx, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && less(e, t, idx, j, j - 1); j--) {
                swap(e, t, idx, j, j - 1);
            }
        }
    }

    private static void swap(long[] e, long[] t, int[] idx, int i, int j) {
        long a = e[i];
        e[i] = e[j];
        e[j] = a;
        long b = t[i];
        t[i] = t[j];
        t[j] = b;
        int c = idx[i];
        idx[i] = idx[j];
        idx[j] = c;
    }

    /**
     * Returns rows {@code [0, size)} as packed {@code long} keys (entity, timestamp, type code) sorted by one
     * primitive sort, with the bit layout in {@code layout} (minimum entity, minimum timestamp, timestamp bits, type
     * bits); or null when the value ranges do not fit in 63 bits. Rows with equal entity, timestamp and type are
     * interchangeable for every option except {@link FunnelOptions.TieOrder#BY_INPUT_ORDER}, so the input index is
     * not needed.
     */
    @Nullable
    static long[] sortedKeys(long[] e, long[] t, int[] types, int size, long[] layout) {
        if (size == 0) {
            return new long[0];
        }
        long minE = Long.MAX_VALUE;
        long maxE = Long.MIN_VALUE;
        long minT = Long.MAX_VALUE;
        long maxT = Long.MIN_VALUE;
        int maxType = 0;
        for (int i = 0; i < size; i++) {
            minE = Math.min(minE, e[i]);
            maxE = Math.max(maxE, e[i]);
            minT = Math.min(minT, t[i]);
            maxT = Math.max(maxT, t[i]);
            maxType = Math.max(maxType, types[i]);
        }
        long spanE = maxE - minE;
        if (spanE < 0) {
            return null;
        }
        int bitsE = 64 - Long.numberOfLeadingZeros(spanE);
        int bitsT = 64 - Long.numberOfLeadingZeros(maxT - minT);
        int bitsY = 32 - Integer.numberOfLeadingZeros(maxType);
        if (bitsE + bitsT + bitsY > 63) {
            return null;
        }
        long[] keys = new long[size];
        int shiftE = bitsT + bitsY;
        for (int i = 0; i < size; i++) {
            keys[i] = (e[i] - minE) << shiftE | (t[i] - minT) << bitsY | types[i];
        }
        Arrays.sort(keys);
        layout[0] = minE;
        layout[1] = minT;
        layout[2] = bitsT;
        layout[3] = bitsY;
        return keys;
    }

    /** Decodes keys from {@link #sortedKeys} into the three columns. */
    static void unpack(long[] keys, long[] layout, long[] e, long[] t, int[] types) {
        long minE = layout[0];
        long minT = layout[1];
        int bitsT = (int) layout[2];
        int bitsY = (int) layout[3];
        int shiftE = bitsT + bitsY;
        long maskT = (1L << bitsT) - 1;
        int maskY = (1 << bitsY) - 1;
        for (int i = 0; i < keys.length; i++) {
            long k = keys[i];
            e[i] = (k >>> shiftE) + minE;
            t[i] = (k >>> bitsY & maskT) + minT;
            types[i] = (int) (k & maskY);
        }
    }

    /**
     * Evaluates one entity whose events are rows {@code [from, to)} of the sorted columns (timestamps, input
     * indexes or null for the sorted position, type codes); sets {@link #level} and, when chains are tracked, {@link #winner}.
     */
    void evaluate(long[] sortedTs, @Nullable int[] sortedIdx, int[] sortedTypes, long[] typeMasks, int from, int to) {
        int size = to - from;
        if (ts.length < size) {
            int cap = Math.max(size, ts.length * 2);
            ts = new long[cap];
            masks = new long[cap];
            inputs = new int[cap];
        }
        for (int i = 0; i < size; i++) {
            ts[i] = sortedTs[from + i];
            inputs[i] = sortedIdx == null ? from + i : sortedIdx[from + i];
            masks[i] = typeMasks[sortedTypes[from + i]];
        }
        if (byStep) {
            canonicalTies(size);
        }
        level = 0;
        switch (o.stepOrder()) {
            case STRICT -> strict(size);
            case ANY -> any(size);
            default -> {
                if (many) {
                    orderedMany(size);
                } else {
                    orderedOne(size);
                }
            }
        }
    }

    /** Orders each group of equal timestamps by (lowest step, mask, input index), unmatched events first. */
    private void canonicalTies(int size) {
        for (int i = 1; i < size; i++) {
            if (ts[i] != ts[i - 1]) {
                continue;
            }
            for (int j = i; j > 0 && ts[j] == ts[j - 1] && tieLess(j, j - 1); j--) {
                long m = masks[j];
                masks[j] = masks[j - 1];
                masks[j - 1] = m;
                int x = inputs[j];
                inputs[j] = inputs[j - 1];
                inputs[j - 1] = x;
            }
        }
    }

    private boolean tieLess(int a, int b) {
        return tieLess(masks[a], inputs[a], masks[b], inputs[b]);
    }

    /**
     * The canonical order of events at one timestamp: by the lowest step they match (no step first), then by step
     * mask (unsigned), then by input row.
     */
    static boolean tieLess(long ma, int inputA, long mb, int inputB) {
        if (ma != mb) {
            long la = ma & -ma;
            long lb = mb & -mb;
            if (la != lb) {
                return ma == 0 || (mb != 0 && Long.compareUnsigned(la, lb) < 0);
            }
            return Long.compareUnsigned(ma, mb) < 0;
        }
        return inputA < inputB;
    }

    private static void reset(long[] f) {
        Arrays.fill(f, NONE);
    }

    private void finish() {
        level = 0;
        for (int k = n - 1; k >= 0; k--) {
            if (first[k] != NONE) {
                level = k + 1;
                if (trackChains) {
                    System.arraycopy(chains, k * n, winner, 0, k + 1);
                }
                return;
            }
        }
    }

    // ---------------------------------------------------------------- ORDERED, one event may fill many steps

    private boolean stopped;

    private void orderedMany(int size) {
        reset(first);
        stopped = false;
        boolean stopsUnmatched = o.unmatchedEvent() == FunnelOptions.UnmatchedEvent.STOP;
        int g = 0;
        while (g < size && !stopped) {
            int end = g + 1;
            long t = ts[g];
            while (end < size && ts[end] == t) {
                end++;
            }
            long[] srcF = first;
            long[] srcC = chains;
            if (strictInc) {
                System.arraycopy(first, 0, snapFirst, 0, n);
                if (trackChains) {
                    System.arraycopy(chains, 0, snapChains, 0, chains.length);
                }
                srcF = snapFirst;
                srcC = snapChains;
            }
            if (end - g == 1 || !byStep) {
                for (int r = g; r < end && !stopped; r++) {
                    long m = masks[r];
                    if (m == 0) {
                        stopped = stopsUnmatched && first[0] != NONE;
                    }
                    while (m != 0 && !stopped) {
                        int k = Long.numberOfTrailingZeros(m);
                        m &= m - 1;
                        entry(k, t, srcF, srcC);
                    }
                }
            } else {
                for (int r = g; r < end && !stopped; r++) {
                    if (masks[r] == 0) {
                        stopped = stopsUnmatched && first[0] != NONE;
                    }
                }
                for (int k = 0; k < n && !stopped; k++) {
                    long bit = 1L << k;
                    for (int r = g; r < end && !stopped; r++) {
                        if ((masks[r] & bit) != 0) {
                            entry(k, t, srcF, srcC);
                        }
                    }
                }
            }
            g = end;
        }
        finish();
    }

    /** One (timestamp, step) entry of the ordered scan; sets {@link #stopped} to end it. */
    private void entry(int k, long t, long[] srcF, long[] srcC) {
        if (k == 0) {
            if (n > 1 && first[1] != NONE && o.reentry() == FunnelOptions.Reentry.STOP) {
                stopped = true;
                return;
            }
            if (first[0] != NONE && o.anchor() == FunnelOptions.Anchor.FIRST) {
                return;
            }
            first[0] = t;
            if (trackChains) {
                chains[0] = t;
            }
            stopped = n == 1;
            return;
        }
        if (first[k] != NONE && o.repeatedStep() == FunnelOptions.RepeatedStep.STOP) {
            stopped = true;
            return;
        }
        if (first[k - 1] == NONE) {
            stopped = first[0] != NONE && o.outOfOrderStep() == FunnelOptions.OutOfOrderStep.STOP;
            return;
        }
        long f = srcF[k - 1];
        if (f != NONE && t - f <= window && (first[k] == NONE || f > first[k])) {
            first[k] = f;
            if (trackChains) {
                System.arraycopy(srcC, (k - 1) * n, chains, k * n, k);
                chains[k * n + k] = t;
            }
            stopped = k == n - 1;
        }
    }

    // ---------------------------------------------------------------- ORDERED, one step per event

    private void orderedOne(int size) {
        reset(first);
        stopped = false;
        boolean stopsUnmatched = o.unmatchedEvent() == FunnelOptions.UnmatchedEvent.STOP;
        long groupTs = NONE;
        for (int r = 0; r < size && !stopped; r++) {
            long t = ts[r];
            long m = masks[r];
            if (strictInc && t != groupTs) {
                groupTs = t;
                System.arraycopy(first, 0, snapFirst, 0, n);
                if (trackChains) {
                    System.arraycopy(chains, 0, snapChains, 0, chains.length);
                }
            }
            if (m == 0) {
                stopped = stopsUnmatched && first[0] != NONE;
                continue;
            }
            // Stop rules see the state before this row, in step order.
            for (long s = m; s != 0 && !stopped; s &= s - 1) {
                int k = Long.numberOfTrailingZeros(s);
                if (k == 0) {
                    stopped = n > 1 && first[1] != NONE && o.reentry() == FunnelOptions.Reentry.STOP;
                } else if (first[k] != NONE && o.repeatedStep() == FunnelOptions.RepeatedStep.STOP) {
                    stopped = true;
                } else if (first[k - 1] == NONE && first[0] != NONE
                        && o.outOfOrderStep() == FunnelOptions.OutOfOrderStep.STOP) {
                    stopped = true;
                }
            }
            if (stopped) {
                break;
            }
            // Highest step first, so that a level extended by this row is never extended again by it.
            long[] srcF = strictInc ? snapFirst : first;
            long[] srcC = strictInc ? snapChains : chains;
            for (long s = m; s != 0; ) {
                int k = 63 - Long.numberOfLeadingZeros(s);
                s &= ~(1L << k);
                if (k == 0) {
                    if (first[0] == NONE || o.anchor() == FunnelOptions.Anchor.LATEST) {
                        first[0] = t;
                        if (trackChains) {
                            chains[0] = t;
                        }
                    }
                } else {
                    long f = srcF[k - 1];
                    if (f != NONE && t - f <= window && (first[k] == NONE || f > first[k])) {
                        first[k] = f;
                        if (trackChains) {
                            System.arraycopy(srcC, (k - 1) * n, chains, k * n, k);
                            chains[k * n + k] = t;
                        }
                    }
                }
            }
            stopped = first[n - 1] != NONE;
        }
        finish();
    }

    // ---------------------------------------------------------------- STRICT: nothing in between

    private void strict(int size) {
        reset(prevFirst);
        long prevTs = NONE;
        boolean anchored = false;
        for (int r = 0; r < size; r++) {
            long t = ts[r];
            long m = masks[r];
            long[] cur = snapFirst;
            reset(cur);
            for (long s = m; s != 0; s &= s - 1) {
                int k = Long.numberOfTrailingZeros(s);
                if (k == 0) {
                    if (!anchored || o.anchor() == FunnelOptions.Anchor.LATEST) {
                        cur[0] = t;
                        if (trackChains) {
                            snapChains[0] = t;
                        }
                    }
                    continue;
                }
                long best = NONE;
                boolean fromSameRow = false;
                long p = prevFirst[k - 1];
                if (p != NONE && (!strictInc || prevTs < t) && t - p <= window) {
                    best = p;
                }
                long c = cur[k - 1];
                if (many && !strictInc && c != NONE && t - c <= window && c > best) {
                    best = c;
                    fromSameRow = true;
                }
                cur[k] = best;
                if (best != NONE && trackChains) {
                    System.arraycopy(fromSameRow ? snapChains : prevChains, (k - 1) * n, snapChains, k * n, k);
                    snapChains[k * n + k] = t;
                }
            }
            if ((m & 1L) != 0) {
                anchored = true;
            }
            for (int k = n - 1; k >= level; k--) {
                if (cur[k] != NONE) {
                    level = k + 1;
                    if (trackChains) {
                        System.arraycopy(snapChains, k * n, winner, 0, k + 1);
                    }
                    break;
                }
            }
            System.arraycopy(cur, 0, prevFirst, 0, n);
            if (trackChains) {
                System.arraycopy(snapChains, 0, prevChains, 0, snapChains.length);
            }
            prevTs = t;
        }
    }

    // ---------------------------------------------------------------- ANY order

    private int[] unitOf = new int[16];
    private long[] unitMask = new long[16];
    private long[] unitTs = new long[16];
    private int[] seen = new int[16];
    private int seenStamp;

    private void any(int size) {
        // Units that can each serve one step: rows, or whole timestamp groups when timestamps must differ.
        int units = 0;
        if (unitMask.length < size) {
            unitMask = new long[size];
            unitTs = new long[size];
            unitOf = new int[size];
            seen = new int[size];
        }
        for (int r = 0; r < size; r++) {
            if (strictInc && units > 0 && unitTs[units - 1] == ts[r]) {
                unitMask[units - 1] |= masks[r];
            } else {
                unitTs[units] = ts[r];
                unitMask[units] = masks[r];
                units++;
            }
        }
        int best = 0;
        int hi = 0;
        boolean firstOnly = o.anchor() == FunnelOptions.Anchor.FIRST;
        for (int lo = 0; lo < units && best < n; lo++) {
            if (unitMask[lo] == 0) {
                continue;
            }
            if (hi < lo) {
                hi = lo;
            }
            while (hi < units && unitTs[hi] - unitTs[lo] <= window) {
                hi++;
            }
            int got;
            if (many && !strictInc) {
                long or = 0;
                for (int u = lo; u < hi; u++) {
                    or |= unitMask[u];
                }
                got = Long.bitCount(or);
            } else {
                got = matching(lo, hi);
            }
            best = Math.max(best, got);
            if (firstOnly) {
                break;
            }
        }
        level = best;
    }

    /** Maximum matching of steps to units {@code [lo, hi)} (Kuhn's augmenting paths). */
    private int matching(int lo, int hi) {
        for (int u = lo; u < hi; u++) {
            unitOf[u] = -1;
        }
        int matched = 0;
        for (int k = 0; k < n; k++) {
            seenStamp++;
            if (augment(k, lo, hi)) {
                matched++;
            }
        }
        return matched;
    }

    private boolean augment(int k, int lo, int hi) {
        long bit = 1L << k;
        for (int u = lo; u < hi; u++) {
            if ((unitMask[u] & bit) != 0 && seen[u] != seenStamp) {
                seen[u] = seenStamp;
                if (unitOf[u] < 0 || augment(unitOf[u], lo, hi)) {
                    unitOf[u] = k;
                    return true;
                }
            }
        }
        return false;
    }
}
