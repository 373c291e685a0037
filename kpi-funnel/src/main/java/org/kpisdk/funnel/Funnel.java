package org.kpisdk.funnel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;

/**
 * An event funnel: ordered steps, a conversion window and {@link FunnelOptions}; counts how far each entity of an
 * {@link EventLog} gets.
 *
 * <pre>{@code
 * Funnel funnel = Funnel.builder()
 *         .step("view").step("cart").step("buy")
 *         .window(Duration.ofDays(7))
 *         .build();                                   // FunnelOptions.defaults(): ClickHouse windowFunnel
 * FunnelResult result = funnel.count(log);           // entities per level, mergeable
 * FunnelResult same = funnel.count(log, 2);          // split by entity over 2 threads, then merged
 * FunnelRun run = funnel.evaluate(log);              // plus per entity: level and winning chain
 * }</pre>
 *
 * <p>The level of an entity is the number of leading steps done within the window: with the default options the
 * length of the longest chain {@code e1 → … → ek} of its events where {@code ei} satisfies step {@code i}, the
 * events are in time order (ties by step index), and {@code ts(ek) <= ts(e1) + window} (bound inclusive). This is
 * ClickHouse's {@code windowFunnel} (docs: "Parametric aggregate functions", section windowFunnel; source
 * {@code AggregateFunctionWindowFunnel.cpp}); see {@link ClickHouse} for its modes.
 *
 * <p>Cost: one sort of the log by (entity, time), then one pass over the events keeping one chain per level.
 * Immutable and thread-safe.
 */
public final class Funnel {
    /** The largest number of steps a funnel may have. */
    public static final int MAX_STEPS = 64;

    private final List<Step> steps;
    private final List<String> names;
    private final long window;
    private final FunnelOptions options;

    private Funnel(List<Step> steps, long window, FunnelOptions options) {
        this.steps = steps;
        List<String> n = new ArrayList<>();
        for (Step s : steps) {
            n.add(s.name());
        }
        this.names = List.copyOf(n);
        this.window = window;
        this.options = options;
    }

    /** Returns a single-threaded builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the steps in order. */
    public List<Step> steps() {
        return steps;
    }

    /** Returns the step names in order. */
    public List<String> stepNames() {
        return names;
    }

    /** Returns the conversion window in milliseconds (the unit of the log's timestamps). */
    public long windowMillis() {
        return window;
    }

    /** Returns the options. */
    public FunnelOptions options() {
        return options;
    }

    /** Returns the number of entities per level on one thread. */
    public FunnelResult count(EventLog log) {
        return count(log, 1);
    }

    /**
     * Returns the number of entities per level, splitting the log by entity into {@code parallelism} parts that
     * are counted on their own threads and merged with {@link FunnelResult#plus}; equal to {@link #count(EventLog)}.
     *
     * @throws IllegalArgumentException if {@code parallelism < 1}
     */
    public FunnelResult count(EventLog log, int parallelism) {
        Objects.requireNonNull(log, "log");
        Checks.positive(parallelism, "parallelism");
        if (parallelism == 1 || log.size() < 2) {
            return scan(log, null, null);
        }
        int[][] parts = FunnelRunner.splitByEntity(log.entityColumn(), parallelism);
        return FunnelRunner.parallel(parts, part -> scan(log, part, null), FunnelResult.empty(names),
                FunnelResult::plus);
    }

    /** Returns per-entity levels and winning chains, and the counts per level. */
    public FunnelRun evaluate(EventLog log) {
        Objects.requireNonNull(log, "log");
        FunnelRun.Collector c = new FunnelRun.Collector(names.size(), options.stepOrder()
                != FunnelOptions.StepOrder.ANY);
        FunnelResult r = scan(log, null, c);
        return c.build(r, names);
    }

    /** Scans the given rows (all rows when null; every row of their entities) and, if asked, records entities. */
    private FunnelResult scan(EventLog log, @Nullable int[] rows, @Nullable FunnelRun.Collector collector) {
        long[] e = log.entityColumn();
        long[] t = log.timestampColumn();
        int[] types = log.typeColumn();
        int size = e.length;
        if (rows != null) {
            size = rows.length;
            long[] pe = new long[size];
            long[] pt = new long[size];
            int[] py = new int[size];
            for (int i = 0; i < size; i++) {
                int row = rows[i];
                pe[i] = e[row];
                pt[i] = t[row];
                py[i] = types[row];
            }
            e = pe;
            t = pt;
            types = py;
        }
        // The input index of a row is its position in this part, which keeps the input order of the log; after a
        // packed sort (null index) rows are told apart by their sorted position.
        int[] index = null;
        long[] layout = new long[4];
        long[] keys = options.tieOrder() == FunnelOptions.TieOrder.BY_STEP_INDEX
                ? FunnelEngine.sortedKeys(e, t, types, size, layout) : null;
        if (keys != null) {
            e = new long[size];
            t = new long[size];
            types = new int[size];
            FunnelEngine.unpack(keys, layout, e, t, types);
        } else {
            e = rows == null ? e.clone() : e;
            t = rows == null ? t.clone() : t;
            index = new int[size];
            for (int i = 0; i < size; i++) {
                index[i] = i;
            }
            FunnelEngine.sort(e, t, index, size);
            int[] sortedTypes = new int[size];
            for (int i = 0; i < size; i++) {
                sortedTypes[i] = types[index[i]];
            }
            types = sortedTypes;
        }
        long[] masks = FunnelEngine.typeMasks(steps, log.eventTypes());
        FunnelEngine engine = new FunnelEngine(names.size(), window, options, collector != null);
        long[] atLevel = new long[names.size() + 1];
        int from = 0;
        while (from < size) {
            int to = from + 1;
            long entity = e[from];
            while (to < size && e[to] == entity) {
                to++;
            }
            engine.evaluate(t, index, types, masks, from, to);
            atLevel[engine.level]++;
            if (collector != null) {
                collector.add(entity, engine.level, engine.winner);
            }
            from = to;
        }
        return FunnelResult.trusted(names, atLevel);
    }

    @Override
    public String toString() {
        return "Funnel" + names + " within " + window + " ms, " + options;
    }

    /** A single-threaded builder of a {@link Funnel}. */
    public static final class Builder {
        private final List<Step> steps = new ArrayList<>();
        private long window = -1;
        private FunnelOptions options = FunnelOptions.defaults();

        private Builder() {
        }

        /** Adds a step satisfied by events of {@code eventType}, named after it. */
        public Builder step(String eventType) {
            return step(Step.of(eventType));
        }

        /** Adds a step. */
        public Builder step(Step step) {
            steps.add(Objects.requireNonNull(step, "step"));
            return this;
        }

        /**
         * Sets the conversion window, measured from the first step, bound inclusive.
         *
         * @throws IllegalArgumentException if it is negative
         */
        public Builder window(Duration window) {
            Objects.requireNonNull(window, "window");
            Checks.argument(!window.isNegative(), "window must be >= 0, was %s", window);
            this.window = window.toMillis();
            return this;
        }

        /** Sets the options; {@link FunnelOptions#defaults()} if never called. */
        public Builder options(FunnelOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Returns the funnel.
         *
         * @throws IllegalArgumentException if there are no steps or more than {@value Funnel#MAX_STEPS}, or two steps
         *                                  share a name
         * @throws IllegalStateException    if no window was set
         */
        public Funnel build() {
            Checks.argument(!steps.isEmpty() && steps.size() <= MAX_STEPS, "steps must number 1 to %d, were %d",
                    MAX_STEPS, steps.size());
            Set<String> seen = new HashSet<>();
            for (Step s : steps) {
                Checks.argument(seen.add(s.name()),
                        "step names must be distinct, '%s' appears twice (name the repeat, e.g. Step.anyOf(\"%s 2\", "
                                + "\"%s\"))", s.name(), s.name(), s.name());
            }
            Checks.state(window >= 0, "window must be set before build()");
            return new Funnel(List.copyOf(steps), window, options);
        }
    }
}
