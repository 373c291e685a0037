package org.kpisdk.funnel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.TimeWindow;

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
 * events are in time order (ties by step index), and {@code ts(ek) <= ts(e1) + window} (bound inclusive: the one
 * rule of {@link TimeWindow}, shared with per-step windows and {@link ConversionMetric}). This is
 * ClickHouse's {@code windowFunnel} (docs: "Parametric aggregate functions", section windowFunnel; source
 * {@code AggregateFunctionWindowFunnel.cpp}); see {@link ClickHouse} for its modes.
 *
 * <p>Beyond the window and {@link FunnelOptions}, a funnel may have (with {@link FunnelOptions.StepOrder#ORDERED}
 * and options defined by chains only) <em>optional steps</em>, <em>per-step windows</em>, <em>exclusion steps</em>
 * and <em>held properties</em>, each a further condition on chains:
 *
 * <pre>{@code
 * Funnel f = Funnel.builder()
 *         .step("view")
 *         .step("coupon").optional()                   // a chain may skip it
 *         .step("cart").within(Duration.ofHours(1))     // at most 1 h after the step before it in the chain
 *         .step("buy")
 *         .exclude(Step.of("refund_request"), 2, 3)    // such an event between cart and buy removes the entity
 *         .holdConstant("product")                     // every step of a chain on the same product
 *         .window(Duration.ofDays(7))
 *         .build();
 * SortedMap<String, FunnelResult> byChannel = f.breakdown(log, "channel", BreakdownTouch.firstTouch());
 * }</pre>
 *
 * <ul>
 * <li>Optional step {@code k} (0-based, not the first): a chain may go from step {@code k-1} to {@code k+1}; the
 * level is one more than the index of the last step done, so {@link FunnelResult#reachedStep(int) reachedStep(k)}
 * counts entities that did step {@code k} or went past it.
 * In {@link FunnelRun} a skipped step carries the timestamp of the step before it. Log {@code view@0, cart@2} with
 * steps view → coupon (optional) → cart gives 3.</li>
 * <li>Per-step window of step {@code k}: the chain's event for {@code k} is at most that long after its event for the
 * step done before (inclusive), on top of the whole-funnel window. Steps A → B (within 2), log {@code A@0 B@3}: 1.</li>
 * <li>Exclusion {@code (event, i, j)} with required steps {@code i < j}: a chain through steps {@code i} and
 * {@code j} is cut when an exclusion event (one that satisfies no step of the funnel) has a time in
 * {@code [ts(i), ts(j)]}, bounds inclusive; a chain that reached {@code i} but not {@code j} is cut when one has a
 * time from its last step to the end of its window. The level is that of the longest uncut chain, and an entity
 * whose longest chain is cut is <em>removed</em>: counted at no level (as PostHog removes it from the whole funnel).
 * Steps A → B, exclusion X between 0 and 1, log {@code A@0 X@1 B@2}: removed.</li>
 * <li>Held property: every event of a chain has the property, with the value of its step-1 event (Mixpanel's and
 * Amplitude's "hold property constant"). Log {@code A{cart=1}@0 B{cart=2}@1}: 1.</li>
 * </ul>
 *
 * <p>Cost: one sort of the log by (entity, time), then one pass over the events keeping one chain per level. With the
 * further conditions above, or for a breakdown, each entity costs {@code O(a · e²)} for {@code a} step-1 events and
 * {@code e} (event, step) pairs instead. Immutable and thread-safe.
 */
public final class Funnel {
    /** The largest number of steps a funnel may have. */
    public static final int MAX_STEPS = 64;
    /** The most threads {@link #count(EventLog, int)} starts. */
    public static final int MAX_PARALLELISM = 1_024;

    private final List<Step> steps;
    private final List<String> names;
    private final long window;
    private final FunnelOptions options;
    private final long optional;
    private final long[] gaps;
    private final List<Exclusion> exclusions;
    private final List<String> held;

    /**
     * An exclusion step: an event satisfying {@code event} (and no step of the funnel) between the funnel's steps
     * {@code afterStep} and {@code beforeStep} (0-based) removes the entity, as described on {@link Funnel}.
     *
     * @param event      the events that exclude
     * @param afterStep  the step the exclusion span starts at, 0-based
     * @param beforeStep the step it ends at, greater than {@code afterStep}
     */
    public record Exclusion(Step event, int afterStep, int beforeStep) {
        /** Validates the span. */
        public Exclusion {
            Objects.requireNonNull(event, "event");
            Checks.argument(afterStep >= 0, "afterStep must be >= 0, was %d", afterStep);
            Checks.argument(beforeStep > afterStep, "beforeStep must be > afterStep (%d), was %d", afterStep,
                    beforeStep);
        }
    }

    private Funnel(List<Step> steps, long window, FunnelOptions options, long optional, long[] gaps,
            List<Exclusion> exclusions, List<String> held) {
        this.steps = steps;
        this.optional = optional;
        this.gaps = gaps;
        this.exclusions = exclusions;
        this.held = held;
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

    /** Returns whether step {@code k} (0-based) is optional. */
    public boolean isOptional(int k) {
        Objects.checkIndex(k, names.size());
        return (optional & 1L << k) != 0;
    }

    /** Returns the per-step window of step {@code k} (0-based) in milliseconds, or empty if it has none. */
    public OptionalLong stepWindowMillis(int k) {
        Objects.checkIndex(k, names.size());
        return gaps[k] == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(gaps[k]);
    }

    /** Returns the exclusion steps. */
    public List<Exclusion> exclusions() {
        return exclusions;
    }

    /** Returns the properties held constant across the steps of a chain. */
    public List<String> heldProperties() {
        return held;
    }

    private boolean constrained() {
        return optional != 0 || !exclusions.isEmpty() || !held.isEmpty() || hasGaps();
    }

    private boolean hasGaps() {
        for (long g : gaps) {
            if (g != Long.MAX_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the counts per level broken down by the value of {@code property} on the event that {@code touch}
     * picks from each entity's winning chain, sorted by value. An entity without a touch event (level 0, or a step
     * it did not do) or whose touch event has no value of the property is left out, so the parts add up to at most
     * {@link #count(EventLog)}. Among equally long chains the winner is the one with the latest step-1 event
     * (the first one with {@link FunnelOptions.Anchor#FIRST}), then the one whose last step comes first, each of
     * its steps preceded by the latest event that can precede it (so a chain does an optional step when it can).
     *
     * <pre>{@code
     * // 1: view{ch=ads}@0 buy@1   2: view{ch=mail}@0
     * funnel.breakdown(log, "ch", BreakdownTouch.firstTouch());   // {ads=[0, 0, 1], mail=[0, 1, 0]}
     * }</pre>
     *
     * @throws IllegalArgumentException if the property is blank, the touch names a step past the last one, or the
     *                                  options are not {@link FunnelOptions.StepOrder#ORDERED} and chain-defined
     */
    public SortedMap<String, FunnelResult> breakdown(EventLog log, String property, BreakdownTouch touch) {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(touch, "touch");
        Checks.argument(!property.isBlank(), "property must not be blank, was '%s'", property);
        Checks.argument(touch.step() < names.size(), "touch step must be < %d (the number of steps), was %d",
                names.size(), touch.step());
        checkConstrainable(options, "a breakdown");
        EventLog.PropertyColumn col = log.propertyColumn(property);
        SortedMap<String, FunnelResult> out = new TreeMap<>();
        if (col == null) {
            return Collections.unmodifiableSortedMap(out);
        }
        long[][] perValue = new long[col.values().size()][names.size() + 1];
        Sink sink = (level, winnerRows) -> {
            int row = touch.isFirst() ? winnerRows[0] : touch.isLast() ? winnerRows[level - 1]
                    : level > touch.step() ? winnerRows[touch.step()] : -1;
            if (row >= 0 && col.codes()[row] >= 0) {
                perValue[col.codes()[row]][level]++;
            }
        };
        scan(log, null, null, sink);
        for (int v = 0; v < perValue.length; v++) {
            long total = 0;
            for (long c : perValue[v]) {
                total += c;
            }
            if (total > 0) {
                out.put(col.values().get(v), FunnelResult.trusted(names, perValue[v]));
            }
        }
        return Collections.unmodifiableSortedMap(out);
    }

    private static void checkConstrainable(FunnelOptions o, String what) {
        Checks.argument(o.stepOrder() == FunnelOptions.StepOrder.ORDERED && o.isChainDefined(),
                "%s needs stepOrder ORDERED and no option that stops the scan, was %s", what, o);
    }

    /** Receives each entity with level >= 1 and the global rows of its winning chain. */
    private interface Sink {
        void add(int level, int[] winnerRows);
    }

    /** Returns the number of entities per level on one thread. */
    public FunnelResult count(EventLog log) {
        return count(log, 1);
    }

    /**
     * Returns the number of entities per level, splitting the log by entity into {@code parallelism} parts that
     * are counted on their own threads and merged with {@link FunnelResult#plus}; equal to {@link #count(EventLog)}.
     *
     * @throws IllegalArgumentException if {@code parallelism} is below 1 or above {@value #MAX_PARALLELISM}
     */
    public FunnelResult count(EventLog log, int parallelism) {
        Objects.requireNonNull(log, "log");
        Checks.positive(parallelism, "parallelism");
        Checks.argument(parallelism <= MAX_PARALLELISM, "parallelism must be <= %d, was %d", MAX_PARALLELISM,
                parallelism);
        if (parallelism == 1 || log.size() < 2) {
            return scan(log, null, null);
        }
        int[][] parts = FunnelRunner.splitByEntity(log.entityColumn(), parallelism);
        return FunnelRunner.parallel(parts, part -> scan(log, part, null), FunnelResult.empty(names),
                FunnelResult::plus);
    }

    /**
     * Returns per-entity levels and winning chains, and the counts per level. An entity removed by an exclusion
     * step is absent from the run.
     */
    public FunnelRun evaluate(EventLog log) {
        Objects.requireNonNull(log, "log");
        FunnelRun.Collector c = new FunnelRun.Collector(names.size(), options.stepOrder()
                != FunnelOptions.StepOrder.ANY);
        FunnelResult r = scan(log, null, c);
        return c.build(r, names);
    }

    /** Scans the given rows (all rows when null; every row of their entities) and, if asked, records entities. */
    private FunnelResult scan(EventLog log, @Nullable int[] rows, @Nullable FunnelRun.Collector collector) {
        return scan(log, rows, collector, null);
    }

    private FunnelResult scan(EventLog log, @Nullable int[] rows, @Nullable FunnelRun.Collector collector,
            @Nullable Sink sink) {
        long[] e = log.entityColumn();
        long[] t = log.timestampColumn();
        int[] types = log.typeColumn();
        boolean constrained = sink != null || constrained();
        boolean rowWise = constrained || conditions();
        long[] masks;
        if (rowWise) {
            // Each row is its own "type", with its own mask; the sorts below carry row ids instead of type codes.
            types = new int[log.size()];
            for (int i = 0; i < types.length; i++) {
                types[i] = i;
            }
            masks = RowMasks.of(steps, log);
        } else {
            masks = FunnelEngine.typeMasks(steps, log.eventTypes());
        }
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
        long[] atLevel = new long[names.size() + 1];
        if (constrained) {
            constrainedScan(log, e, t, index, types, masks, size, atLevel, collector, sink);
            return FunnelResult.trusted(names, atLevel);
        }
        FunnelEngine engine = new FunnelEngine(names.size(), window, options, collector != null);
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

    private boolean conditions() {
        for (Step st : steps) {
            if (st.hasConditions()) {
                return true;
            }
        }
        return false;
    }

    private void constrainedScan(EventLog log, long[] e, long[] t, @Nullable int[] index, int[] rowIds,
            long[] masks, int size, long[] atLevel, @Nullable FunnelRun.Collector collector, @Nullable Sink sink) {
        long[] excl = new long[0];
        int[] from = new int[exclusions.size()];
        int[] to = new int[exclusions.size()];
        if (!exclusions.isEmpty()) {
            List<Step> events = new ArrayList<>();
            for (int x = 0; x < exclusions.size(); x++) {
                events.add(exclusions.get(x).event());
                from[x] = exclusions.get(x).afterStep();
                to[x] = exclusions.get(x).beforeStep();
            }
            excl = RowMasks.of(events, log);
        }
        int[][] holds = new int[held.size()][];
        for (int h = 0; h < holds.length; h++) {
            holds[h] = RowMasks.codes(log, held.get(h));
        }
        ConstrainedScan scan = new ConstrainedScan(names.size(), window, options, optional, gaps, from, to, masks,
                excl, holds);
        int start = 0;
        while (start < size) {
            int end = start + 1;
            long entity = e[start];
            while (end < size && e[end] == entity) {
                end++;
            }
            scan.evaluate(t, index, rowIds, start, end);
            int level = scan.level;
            if (level >= 0) {
                atLevel[level]++;
                if (collector != null) {
                    collector.add(entity, level, scan.winner);
                }
                if (sink != null && level > 0) {
                    sink.add(level, scan.winnerRows);
                }
            }
            start = end;
        }
    }

    @Override
    public String toString() {
        return "Funnel" + names + " within " + window + " ms, " + options
                + (constrained() ? ", optional " + Long.toBinaryString(optional) + ", step windows "
                        + java.util.Arrays.toString(gaps) + ", exclusions " + exclusions + ", held " + held : "");
    }

    /** A single-threaded builder of a {@link Funnel}. */
    public static final class Builder {
        private final List<Step> steps = new ArrayList<>();
        private final List<Long> gaps = new ArrayList<>();
        private final List<Exclusion> exclusions = new ArrayList<>();
        private final List<String> held = new ArrayList<>();
        private long optional;
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
            gaps.add(Long.MAX_VALUE);
            return this;
        }

        /**
         * Makes the step added last optional: a chain may skip it.
         *
         * @throws IllegalStateException if no step was added, or the step added last is the first step
         */
        public Builder optional() {
            Checks.state(steps.size() >= 2, "optional() applies to the step added last, which must not be the "
                    + "first step; steps added: %d", steps.size());
            if (steps.size() <= 64) {
                optional |= 1L << (steps.size() - 1);
            }
            return this;
        }

        /**
         * Sets the per-step window of the step added last: its event is at most {@code window} after the chain's
         * event for the step done before it (bound inclusive, {@link TimeWindow}'s rule).
         *
         * @throws IllegalStateException    if no step was added, or the step added last is the first step
         * @throws IllegalArgumentException if the window is negative, not whole milliseconds or longer than
         *                                  {@link TimeWindow#MAX_LENGTH}
         */
        public Builder within(Duration window) {
            Objects.requireNonNull(window, "window");
            Checks.state(steps.size() >= 2, "within() applies to the step added last, which must not be the first "
                    + "step; steps added: %d", steps.size());
            gaps.set(steps.size() - 1,
                    TimeWindow.of(window, "step window of '" + steps.get(steps.size() - 1).name() + "'").millis());
            return this;
        }

        /**
         * Adds an exclusion step: an event satisfying {@code event} between the funnel's steps {@code afterStep}
         * and {@code beforeStep} (0-based, both required steps) removes the entity; see {@link Funnel}.
         *
         * @throws IllegalArgumentException if {@code afterStep < 0} or {@code beforeStep <= afterStep}; the steps
         *                                  must exist and be required when {@link #build()} runs
         */
        public Builder exclude(Step event, int afterStep, int beforeStep) {
            exclusions.add(new Exclusion(event, afterStep, beforeStep));
            return this;
        }

        /**
         * Holds {@code property} constant: every event of a chain has it, with the value of its step-1 event.
         *
         * @throws IllegalArgumentException if the property is blank or already held
         */
        public Builder holdConstant(String property) {
            Objects.requireNonNull(property, "property");
            Checks.argument(!property.isBlank(), "held property must not be blank, was '%s'", property);
            Checks.argument(!held.contains(property), "held property '%s' is already held", property);
            held.add(property);
            return this;
        }

        /**
         * Sets the conversion window, measured from the first step, bound inclusive ({@link TimeWindow}'s rule).
         *
         * @throws IllegalArgumentException if it is negative, not whole milliseconds or longer than
         *                                  {@link TimeWindow#MAX_LENGTH}
         */
        public Builder window(Duration window) {
            Objects.requireNonNull(window, "window");
            this.window = TimeWindow.of(window).millis();
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
            Checks.argument(exclusions.size() <= 64, "exclusions must number at most 64, were %d",
                    exclusions.size());
            for (Exclusion x : exclusions) {
                Checks.argument(x.beforeStep() < steps.size(), "exclusion '%s' beforeStep must be < %d (the number "
                        + "of steps), was %d", x.event().name(), steps.size(), x.beforeStep());
                Checks.argument((optional & (1L << x.afterStep() | 1L << x.beforeStep())) == 0,
                        "exclusion '%s' must be bounded by required steps, step %d or %d is optional",
                        x.event().name(), x.afterStep(), x.beforeStep());
            }
            long[] g = new long[steps.size()];
            for (int k = 0; k < g.length; k++) {
                g[k] = gaps.get(k);
            }
            Funnel f = new Funnel(List.copyOf(steps), window, options, optional, g, List.copyOf(exclusions),
                    List.copyOf(held));
            if (f.constrained()) {
                checkConstrainable(options, "optional steps, step windows, exclusions or held properties");
            }
            return f;
        }
    }
}
