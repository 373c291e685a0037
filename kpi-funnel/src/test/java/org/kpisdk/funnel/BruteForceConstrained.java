package org.kpisdk.funnel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A brute-force reference for ORDERED funnels with optional steps, per-step windows, exclusions and held
 * properties: enumerates every chain, written from the definitions in {@link Funnel}'s Javadoc and sharing no code
 * with the engine. Returns the level, or -1 for an entity removed by an exclusion. Exponential; small logs only.
 */
final class BruteForceConstrained {
    /** An exclusion: the events it names (type and conditions) and its bounding steps. */
    record Excl(Set<String> types, Map<String, Set<String>> where, int after, int before) {
    }

    private final BruteForceFunnel base;
    private final int n;
    private final long window;
    private final FunnelOptions o;
    private final boolean[] optional;
    private final long[] gaps;
    private final List<Excl> exclusions;
    private final List<String> held;

    BruteForceConstrained(List<Set<String>> steps, List<Map<String, Set<String>>> where, long window,
            FunnelOptions o, boolean[] optional, long[] gaps, List<Excl> exclusions, List<String> held) {
        this.base = new BruteForceFunnel(steps, where, window, o);
        this.n = steps.size();
        this.window = window;
        this.o = o;
        this.optional = optional;
        this.gaps = gaps;
        this.exclusions = exclusions;
        this.held = held;
    }

    /** A chain element: the row and the step it does. */
    private record Link(BruteForceFunnel.Row row, int step, int order) {
    }

    int level(List<BruteForceFunnel.Row> rows) {
        return evaluate(rows)[0];
    }

    /**
     * Returns the level (-1: removed) and the inputs of the winning chain's first and last events (-1 without a
     * chain): among the uncut chains of the level, the latest step-1 event in chain order, then the earliest last
     * event, as {@link Funnel#breakdown} documents.
     */
    int[] evaluate(List<BruteForceFunnel.Row> rows) {
        List<BruteForceFunnel.Row> c = base.canonical(rows);
        // Candidate links in the order chains run through them.
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            for (int k = 0; k < n; k++) {
                if (base.matches(c.get(i), k)) {
                    links.add(new Link(c.get(i), k, i));
                }
            }
        }
        boolean many = o.eventReuse() == FunnelOptions.EventReuse.MANY_STEPS;
        if (many && o.tieOrder() == FunnelOptions.TieOrder.BY_STEP_INDEX) {
            links.sort(Comparator.comparingLong((Link l) -> l.row().ts()).thenComparingInt(Link::step)
                    .thenComparingInt(Link::order));
        }
        List<List<Link>> chains = new ArrayList<>();
        boolean anchored = false;
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).step() != 0) {
                continue;
            }
            if (o.anchor() == FunnelOptions.Anchor.FIRST && anchored) {
                break;
            }
            anchored = true;
            List<Link> chain = new ArrayList<>();
            chain.add(links.get(i));
            grow(links, i, chain, chains, many);
        }
        int all = 0;
        int clean = 0;
        for (List<Link> chain : chains) {
            int level = chain.get(chain.size() - 1).step() + 1;
            all = Math.max(all, level);
            if (isClean(chain, c)) {
                clean = Math.max(clean, level);
            }
        }
        if (all > clean) {
            return new int[] {-1, -1, -1};
        }
        List<Link> win = null;
        for (List<Link> chain : chains) {
            if (chain.get(chain.size() - 1).step() + 1 != clean || !isClean(chain, c)) {
                continue;
            }
            if (win == null) {
                win = chain;
                continue;
            }
            int anchor = links.indexOf(chain.get(0)) - links.indexOf(win.get(0));
            int last = links.indexOf(chain.get(chain.size() - 1)) - links.indexOf(win.get(win.size() - 1));
            if (anchor > 0 || (anchor == 0 && last < 0)) {
                win = chain;
            }
        }
        return win == null ? new int[] {clean, -1, -1}
                : new int[] {clean, win.get(0).row().input(), win.get(win.size() - 1).row().input()};
    }

    private void grow(List<Link> links, int last, List<Link> chain, List<List<Link>> out, boolean many) {
        if (!valid(chain)) {
            return;
        }
        out.add(List.copyOf(chain));
        for (int j = last + 1; j < links.size(); j++) {
            Link next = links.get(j);
            Link prev = chain.get(chain.size() - 1);
            if ((!many && next.order() <= prev.order()) || next.step() <= prev.step()) {
                continue;
            }
            chain.add(next);
            grow(links, j, chain, out, many);
            chain.remove(chain.size() - 1);
        }
    }

    /** Checks every condition of a chain but the exclusions. */
    private boolean valid(List<Link> chain) {
        Link first = chain.get(0);
        for (String h : held) {
            if (first.row().props().get(h) == null) {
                return false;
            }
        }
        for (int i = 1; i < chain.size(); i++) {
            Link a = chain.get(i - 1);
            Link b = chain.get(i);
            for (int k = a.step() + 1; k < b.step(); k++) {
                if (!optional[k]) {
                    return false;
                }
            }
            long dt = b.row().ts() - a.row().ts();
            boolean strict = o.timestamps() == FunnelOptions.Timestamps.STRICTLY_INCREASING;
            if (strict ? dt <= 0 : dt < 0) {
                return false;
            }
            if (dt > gaps[b.step()] || b.row().ts() - first.row().ts() > window) {
                return false;
            }
            for (String h : held) {
                if (!Objects.equals(first.row().props().get(h), b.row().props().get(h))) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean isClean(List<Link> chain, List<BruteForceFunnel.Row> rows) {
        long t0 = chain.get(0).row().ts();
        for (Excl x : exclusions) {
            Long ta = null;
            Long tb = null;
            for (Link l : chain) {
                if (l.step() == x.after()) {
                    ta = l.row().ts();
                }
                if (l.step() == x.before()) {
                    tb = l.row().ts();
                }
            }
            if (ta == null) {
                continue;
            }
            long hi = tb != null ? tb : t0 + window;
            for (BruteForceFunnel.Row r : rows) {
                boolean isExclusion = base.mask(r) == 0 && BruteForceFunnel.satisfies(r, x.types(), x.where());
                if (isExclusion && r.ts() >= ta && r.ts() <= hi) {
                    return false;
                }
            }
        }
        return true;
    }
}
