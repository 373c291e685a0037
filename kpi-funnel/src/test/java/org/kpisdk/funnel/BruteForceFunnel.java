package org.kpisdk.funnel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reference implementation by brute force: enumerates every chain of one entity's events and returns the length
 * of the longest valid one. Written from the definitions in {@link FunnelOptions}, sharing no code with the engine.
 * Exponential; for small generated logs only.
 */
final class BruteForceFunnel {
    /** One event of the entity: timestamp, type and position in the input. */
    record Row(long ts, String type, int input, Map<String, String> props) {
        Row(long ts, String type, int input) {
            this(ts, type, input, Map.of());
        }
    }

    private record Entry(long ts, int step, int row, int input) {
    }

    private final List<Set<String>> steps;
    private final List<Map<String, Set<String>>> where;
    private final long window;
    private final FunnelOptions o;

    BruteForceFunnel(List<Set<String>> steps, long window, FunnelOptions options) {
        this(steps, java.util.Collections.nCopies(steps.size(), Map.of()), window, options);
    }

    /** With property conditions per step: an event satisfies a step when its type and all conditions match. */
    BruteForceFunnel(List<Set<String>> steps, List<Map<String, Set<String>>> where, long window,
            FunnelOptions options) {
        this.steps = steps;
        this.where = where;
        this.window = window;
        this.o = options;
    }

    static boolean satisfies(Row r, Set<String> types, Map<String, Set<String>> where) {
        if (!types.contains(r.type())) {
            return false;
        }
        for (Map.Entry<String, Set<String>> c : where.entrySet()) {
            String v = r.props().get(c.getKey());
            if (v == null || !c.getValue().contains(v)) {
                return false;
            }
        }
        return true;
    }

    boolean matches(Row r, int step) {
        return satisfies(r, steps.get(step), where.get(step));
    }

    int lowestStep(Row r) {
        for (int k = 0; k < steps.size(); k++) {
            if (matches(r, k)) {
                return k;
            }
        }
        return -1;
    }

    long mask(Row r) {
        long m = 0;
        for (int k = 0; k < steps.size(); k++) {
            if (matches(r, k)) {
                m |= 1L << k;
            }
        }
        return m;
    }

    /** Returns the canonical order of the rows: time, then the tie order. */
    List<Row> canonical(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        Comparator<Row> byTime = Comparator.comparingLong(Row::ts);
        if (o.tieOrder() == FunnelOptions.TieOrder.BY_STEP_INDEX) {
            sorted.sort(byTime.thenComparingInt(this::lowestStep)
                    .thenComparing((a, b) -> Long.compareUnsigned(mask(a), mask(b)))
                    .thenComparingInt(Row::input));
        } else {
            sorted.sort(byTime.thenComparingInt(Row::input));
        }
        return sorted;
    }

    int level(List<Row> rows) {
        List<Row> c = canonical(rows);
        return switch (o.stepOrder()) {
            case ANY -> any(c);
            case STRICT -> strict(c);
            default -> o.eventReuse() == FunnelOptions.EventReuse.MANY_STEPS ? orderedMany(c) : orderedOne(c);
        };
    }

    private boolean strictInc() {
        return o.timestamps() == FunnelOptions.Timestamps.STRICTLY_INCREASING;
    }

    private boolean stepOk(long prevTs, long ts, long firstTs) {
        return (strictInc() ? prevTs < ts : prevTs <= ts) && ts - firstTs <= window;
    }

    // ORDERED, MANY_STEPS: chains of entries (row, step) in entry order.
    private int orderedMany(List<Row> c) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            for (int k = 0; k < steps.size(); k++) {
                if (matches(c.get(i), k)) {
                    entries.add(new Entry(c.get(i).ts(), k, i, c.get(i).input()));
                }
            }
        }
        Comparator<Entry> byTime = Comparator.comparingLong(Entry::ts);
        if (o.tieOrder() == FunnelOptions.TieOrder.BY_STEP_INDEX) {
            entries.sort(byTime.thenComparingInt(Entry::step).thenComparingInt(Entry::row));
        } else {
            entries.sort(byTime.thenComparingInt(Entry::input).thenComparingInt(Entry::step));
        }
        int best = 0;
        boolean firstSeen = false;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).step() != 0) {
                continue;
            }
            if (o.anchor() == FunnelOptions.Anchor.FIRST && firstSeen) {
                break;
            }
            firstSeen = true;
            best = Math.max(best, extendEntries(entries, i, 1, entries.get(i).ts()));
        }
        return best;
    }

    private int extendEntries(List<Entry> entries, int last, int level, long firstTs) {
        int best = level;
        if (level == steps.size()) {
            return best;
        }
        for (int j = last + 1; j < entries.size(); j++) {
            Entry e = entries.get(j);
            if (e.step() == level && stepOk(entries.get(last).ts(), e.ts(), firstTs)) {
                best = Math.max(best, extendEntries(entries, j, level + 1, firstTs));
            }
        }
        return best;
    }

    // ORDERED, ONE_STEP: chains of distinct rows in canonical order.
    private int orderedOne(List<Row> c) {
        int best = 0;
        for (int i = 0; i < c.size(); i++) {
            if (!matches(c.get(i), 0)) {
                continue;
            }
            best = Math.max(best, extendRows(c, i, 1, c.get(i).ts()));
            if (o.anchor() == FunnelOptions.Anchor.FIRST) {
                break;
            }
        }
        return best;
    }

    private int extendRows(List<Row> c, int last, int level, long firstTs) {
        int best = level;
        if (level == steps.size()) {
            return best;
        }
        for (int j = last + 1; j < c.size(); j++) {
            if (matches(c.get(j), level) && stepOk(c.get(last).ts(), c.get(j).ts(), firstTs)) {
                best = Math.max(best, extendRows(c, j, level + 1, firstTs));
            }
        }
        return best;
    }

    // STRICT: consecutive rows (or the same row again when one event may fill several steps).
    private int strict(List<Row> c) {
        int best = 0;
        for (int i = 0; i < c.size(); i++) {
            if (!matches(c.get(i), 0)) {
                continue;
            }
            best = Math.max(best, extendStrict(c, i, 1, c.get(i).ts()));
            if (o.anchor() == FunnelOptions.Anchor.FIRST) {
                break;
            }
        }
        return best;
    }

    private int extendStrict(List<Row> c, int last, int level, long firstTs) {
        int best = level;
        if (level == steps.size()) {
            return best;
        }
        boolean reuse = o.eventReuse() == FunnelOptions.EventReuse.MANY_STEPS;
        for (int j : new int[] {last, last + 1}) {
            if ((j == last && !reuse) || j >= c.size()) {
                continue;
            }
            if (matches(c.get(j), level) && stepOk(c.get(last).ts(), c.get(j).ts(), firstTs)) {
                best = Math.max(best, extendStrict(c, j, level + 1, firstTs));
            }
        }
        return best;
    }

    // ANY: the most distinct steps assigned to events whose timestamps span at most the window.
    private int any(List<Row> c) {
        long from = Long.MIN_VALUE;
        if (o.anchor() == FunnelOptions.Anchor.FIRST) {
            for (Row r : c) {
                if (mask(r) != 0) {
                    from = r.ts();
                    break;
                }
            }
            if (from == Long.MIN_VALUE) {
                return 0;
            }
        }
        return assign(c, 0, new ArrayList<>(), from);
    }

    private int assign(List<Row> c, int step, List<Integer> used, long from) {
        if (step == steps.size()) {
            return used.size();
        }
        int best = assign(c, step + 1, used, from);
        boolean reuse = o.eventReuse() == FunnelOptions.EventReuse.MANY_STEPS && !strictInc();
        for (int j = 0; j < c.size(); j++) {
            if (!matches(c.get(j), step) || (!reuse && conflicts(c, used, j))) {
                continue;
            }
            used.add(j);
            if (spanOk(c, used, from)) {
                best = Math.max(best, assign(c, step + 1, used, from));
            }
            used.remove(used.size() - 1);
        }
        return best;
    }

    private boolean conflicts(List<Row> c, List<Integer> used, int j) {
        for (int u : used) {
            if (u == j || (strictInc() && c.get(u).ts() == c.get(j).ts())) {
                return true;
            }
        }
        return false;
    }

    private boolean spanOk(List<Row> c, List<Integer> used, long from) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int u : used) {
            min = Math.min(min, c.get(u).ts());
            max = Math.max(max, c.get(u).ts());
        }
        if (from != Long.MIN_VALUE) {
            return min >= from && max - from <= window;
        }
        return max - min <= window;
    }
}
