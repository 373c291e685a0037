package org.kpisdk.core.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.annotation.Nullable;

import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.internal.TableAccess;
import org.kpisdk.core.metric.Additivity;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.NullPolicy;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.TimeGrain;

/**
 * A grouped KPI query: which metrics, grouped by which dimensions and {@link TimeGrain}, over which rows.
 *
 * <pre>{@code
 * Query query = Query.builder()
 *         .metric(ctr).metric(cpc)
 *         .groupBy("channel")
 *         .grain(TimeGrain.MONTH)
 *         .where("region", "UK", "IE")
 *         .between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30))
 *         .build();
 * QueryResult result = query.execute(table);            // one thread
 * QueryResult same = query.execute(table, 2);           // split, aggregate on 2 threads, merge: the same result
 * }</pre>
 *
 * <p>Semantics. Every metric is computed from the group's aggregated inputs: additive measures are summed (ratio
 * of sums); a semi-additive measure (a gauge) is reduced per series (one combination of all the table's
 * dimensions) over the group's period by its {@link org.kpisdk.core.metric.GaugeReduction}, and the series'
 * values are then added; a metric that reads a {@link Additivity#NON_ADDITIVE non-additive} measure (a distinct
 * count) is refused when the query is built, because its value cannot be re-aggregated from rows. Sums never wrap:
 * an overflow raises {@link ArithmeticException}.
 *
 * <p>Measures. A query refuses a table that does not declare a measure its metrics need
 * ({@link #requireDeclared}): CPL over a table without a {@code leads} column is an error naming the metric, the
 * missing measures and the table's measures, not a column of undefined values. A measure read only through
 * {@code coalesce(m, 0)} ({@link NullPolicy#ZERO}) is not needed: a table without it reads it as zero, as rows
 * without it do. {@link Builder#allowUndeclaredMeasures()} opts in to undefined values instead, whose reason is
 * {@code table has no measure 'leads'}.
 *
 * <p>Options. {@link Builder#fillMissingPeriods()} adds a row for every period of the range that has no
 * observation, whose values follow each input's {@link org.kpisdk.core.metric.NullPolicy} (zero or undefined).
 * {@link Builder#trailing(int)} evaluates each row over a trailing window of periods.
 * {@link Builder#compareWith(Comparison)} attaches a period-over-period {@link Change} to every row.
 *
 * <p>Limits. A result has at most one group per table row, except with {@link Builder#fillMissingPeriods()}, which
 * may add at most {@value #MAX_FILLED_ROWS} rows; {@link #execute(ObservationTable, int)} starts at most
 * {@value #MAX_PARALLELISM} threads.
 *
 * <p>Immutable and thread-safe.
 */
public final class Query {
    /**
     * The most rows {@link Builder#fillMissingPeriods()} may create (groups × periods of the range). A result row
     * costs a few hundred bytes of heap (about 400 MB at this limit), so a limit of ten million would need 4 GB.
     */
    public static final long MAX_FILLED_ROWS = 1_000_000L;
    /** The most threads {@link #execute(ObservationTable, int)} starts. */
    public static final int MAX_PARALLELISM = 1_024;

    private final List<MetricDefinition> metrics;
    private final List<String> groupBy;
    @Nullable
    private final TimeGrain grain;
    private final SortedMap<String, Set<String>> filters;
    @Nullable
    private final LocalDate from;
    @Nullable
    private final LocalDate to;
    private final boolean fill;
    private final int window;
    private final boolean cumulative;
    @Nullable
    private final TimeGrain cumulativeWithin;
    @Nullable
    private final Comparison comparison;
    private final List<Input> sumStates;
    private final List<Input> gaugeStates;
    private final boolean allowUndeclared;
    /** Per metric, in metric order, the measures it cannot be computed without. */
    private final List<Set<BaseMeasure>> required;

    private Query(Builder b) {
        this.metrics = List.copyOf(b.metrics);
        this.groupBy = List.copyOf(b.groupBy);
        this.grain = b.grain;
        SortedMap<String, Set<String>> f = new TreeMap<>();
        b.filters.forEach((k, v) -> f.put(k, Collections.unmodifiableSet(new TreeSet<>(v))));
        this.filters = Collections.unmodifiableSortedMap(f);
        this.from = b.from;
        this.to = b.to;
        this.fill = b.fill;
        this.window = b.window;
        this.cumulative = b.cumulative;
        this.cumulativeWithin = b.cumulativeWithin;
        this.comparison = b.comparison;
        this.allowUndeclared = b.allowUndeclared;
        List<Set<BaseMeasure>> req = new ArrayList<>();
        for (MetricDefinition m : metrics) {
            Set<BaseMeasure> needed = new LinkedHashSet<>();
            for (Input input : m.inputs()) {
                if (input.nullPolicy() == NullPolicy.ABSENT) {
                    needed.add(input.measure());
                    if (input.kind() != Input.Kind.VALUE) {
                        needed.add(input.denominator());
                    }
                }
            }
            req.add(Collections.unmodifiableSet(needed));
        }
        this.required = List.copyOf(req);
        Set<Input> sums = new LinkedHashSet<>();
        Set<Input> gauges = new LinkedHashSet<>();
        for (MetricDefinition m : metrics) {
            for (Input input : m.inputs()) {
                Input key = input.stateKey();
                if (key.kind() == Input.Kind.VALUE && key.measure().additivity() == Additivity.SEMI_ADDITIVE) {
                    gauges.add(Input.of(key.measure()));
                } else {
                    sums.add(key);
                }
            }
        }
        this.sumStates = List.copyOf(sums);
        this.gaugeStates = List.copyOf(gauges);
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the metrics, in result column order. */
    public List<MetricDefinition> metrics() {
        return metrics;
    }

    /** Returns the grouping dimensions, in order. */
    public List<String> groupBy() {
        return groupBy;
    }

    /** Returns the time grain, or empty when the query does not group by time. */
    public Optional<TimeGrain> grain() {
        return Optional.ofNullable(grain);
    }

    /** Returns the dimension filters: a row passes when, for every named dimension, its value is one of the set. */
    public SortedMap<String, Set<String>> filters() {
        return filters;
    }

    /** Returns the first date of the range, inclusive, if bounded. */
    public Optional<LocalDate> from() {
        return Optional.ofNullable(from);
    }

    /** Returns the last date of the range, inclusive, if bounded. */
    public Optional<LocalDate> to() {
        return Optional.ofNullable(to);
    }

    /** Returns whether missing periods are filled. */
    public boolean fillsMissingPeriods() {
        return fill;
    }

    /** Returns the trailing window in periods, or empty when each row covers its own period only. */
    public OptionalInt trailingPeriods() {
        return window == 1 ? OptionalInt.empty() : OptionalInt.of(window);
    }

    /** Returns whether each row is a running total ({@link Builder#cumulative()}). */
    public boolean isCumulative() {
        return cumulative;
    }

    /**
     * Returns the grain within which running totals restart ({@link Builder#cumulative(TimeGrain)}), or empty when
     * they run from the start of the range or the query is not cumulative.
     */
    public Optional<TimeGrain> cumulativeWithin() {
        return Optional.ofNullable(cumulativeWithin);
    }

    /** Returns the period-over-period comparison, if any. */
    public Optional<Comparison> comparison() {
        return Optional.ofNullable(comparison);
    }

    /** Returns whether the query gives undefined values, rather than refusing, for measures a table lacks. */
    public boolean allowsUndeclaredMeasures() {
        return allowUndeclared;
    }

    /**
     * Returns the measures {@code metric} (one of this query's) cannot be computed without: those it reads under
     * the {@link NullPolicy#ABSENT} policy, denominators of its means of rates included; a measure it reads only
     * through {@code coalesce(m, 0)} is not among them.
     *
     * @throws IllegalArgumentException if {@code metric} is not a metric of this query
     */
    public Set<BaseMeasure> requiredMeasures(MetricDefinition metric) {
        Objects.requireNonNull(metric, "metric");
        int i = metrics.indexOf(metric);
        Checks.argument(i >= 0, "metric '%s' is not a metric of %s", metric.id(), this);
        return required.get(i);
    }

    /**
     * Checks that {@code source} (a table, a column mapping) declares every measure the query's metrics need
     * ({@link #requiredMeasures}); does nothing when the query {@link #allowsUndeclaredMeasures() allows undeclared
     * measures}. Every way of running the query (tables, partials, kpi-spark) applies this one rule.
     *
     * <pre>{@code
     * Query.builder().metric(StandardMetrics.CPL).build().execute(tableWithoutLeads);
     * // IllegalArgumentException: metric 'cpl' needs [leads], which the table does not declare (it declares
     * // [cost, impressions]); add the measures, or build the query with allowUndeclaredMeasures() ...
     * }</pre>
     *
     * @param declared the measures {@code source} declares
     * @param source   what declares them, for the message: {@code "the table"}, {@code "the column mapping"}
     * @throws IllegalArgumentException naming each metric, the measures it needs that are missing, and the declared
     *                                  measures
     */
    public void requireDeclared(Collection<BaseMeasure> declared, String source) {
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(source, "source");
        if (allowUndeclared) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            List<String> missing = new ArrayList<>();
            for (BaseMeasure m : required.get(i)) {
                if (!declared.contains(m)) {
                    missing.add(m.id());
                }
            }
            if (!missing.isEmpty()) {
                problems.add("metric '" + metrics.get(i).id() + "' needs " + missing);
            }
        }
        if (!problems.isEmpty()) {
            List<String> ids = new ArrayList<>();
            declared.forEach(m -> ids.add(m.id()));
            throw new IllegalArgumentException(String.join("; ", problems) + ", which " + source
                    + " does not declare (it declares " + ids + "); add the measures, or build the query with "
                    + "allowUndeclaredMeasures() to get values undefined with the reason "
                    + "\"table has no measure '...'\"");
        }
    }

    List<Input> sumStates() {
        return sumStates;
    }

    List<Input> gaugeStates() {
        return gaugeStates;
    }

    int window() {
        return window;
    }

    /**
     * Returns the grain the scan keys groups by: days when the comparison reads base dates that are not whole
     * periods ({@link Comparison#needsDays()}), otherwise the query's grain (null without one).
     */
    @Nullable
    TimeGrain scanGrain() {
        return comparison != null && comparison.needsDays() ? TimeGrain.DAY : grain;
    }

    /**
     * Returns the result over every row of {@code table}, on the calling thread.
     *
     * @throws IllegalArgumentException if the table lacks a measure a metric needs (see {@link #requireDeclared})
     */
    public QueryResult execute(ObservationTable table) {
        Objects.requireNonNull(table, "table");
        return partial(table).result();
    }

    /**
     * Returns the result over every row of {@code table}, computed by splitting the rows into {@code parallelism}
     * contiguous parts aggregated on as many threads and merged: exactly the sequential result. Each call starts
     * its own threads, so use it for large tables (a part of a few thousand rows costs more to start than to scan).
     *
     * @throws IllegalArgumentException if {@code parallelism} is below 1 or above {@value #MAX_PARALLELISM}, or the
     *                                  table lacks a measure a metric needs (see {@link #requireDeclared})
     */
    public QueryResult execute(ObservationTable table, int parallelism) {
        Objects.requireNonNull(table, "table");
        requireDeclared(table.measures(), "the table");
        Checks.positive(parallelism, "parallelism");
        Checks.argument(parallelism <= MAX_PARALLELISM, "parallelism must be <= %d, was %d", MAX_PARALLELISM,
                parallelism);
        int size = table.size();
        int parts = Math.max(1, Math.min(parallelism, size));
        if (parts == 1) {
            return execute(table);
        }
        PartialAggregate[] results = new PartialAggregate[parts];
        RuntimeException[] errors = new RuntimeException[parts];
        Thread[] threads = new Thread[parts];
        for (int p = 0; p < parts; p++) {
            int part = p;
            int lo = (int) ((long) size * p / parts);
            int hi = (int) ((long) size * (p + 1) / parts);
            threads[p] = new Thread(() -> {
                try {
                    results[part] = partial(table, lo, hi);
                } catch (RuntimeException e) {
                    errors[part] = e;
                }
            }, "kpi-query-" + p);
            threads[p].start();
        }
        PartialAggregate merged = PartialAggregate.empty();
        for (int p = 0; p < parts; p++) {
            try {
                threads[p].join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for part " + p, e);
            }
            if (errors[p] != null) {
                throw errors[p];
            }
            merged = merged.plus(results[p]);
        }
        return merged.result();
    }

    /**
     * Returns the mergeable partial aggregate of every row of {@code table}.
     *
     * @throws IllegalArgumentException if the table lacks a measure a metric needs (see {@link #requireDeclared})
     */
    public PartialAggregate partial(ObservationTable table) {
        return partial(table, 0, table.size());
    }

    /**
     * Returns the mergeable partial aggregate of rows {@code [fromRow, toRow)} of {@code table}.
     *
     * @throws IllegalArgumentException if the table lacks a measure a metric needs (see {@link #requireDeclared})
     */
    public PartialAggregate partial(ObservationTable table, int fromRow, int toRow) {
        Objects.requireNonNull(table, "table");
        requireDeclared(table.measures(), "the table");
        Checks.argument(fromRow >= 0 && fromRow <= toRow && toRow <= table.size(),
                "row range must satisfy 0 <= fromRow <= toRow <= %d, was [%d, %d)", table.size(), fromRow, toRow);
        return Scan.run(this, TableAccess.columns(table), fromRow, toRow);
    }

    /** Returns whether {@code o} is a query with the same metrics (by equality), grouping, filters and options. */
    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof Query q)) {
            return false;
        }
        return metrics.equals(q.metrics) && groupBy.equals(q.groupBy) && grain == q.grain
                && filters.equals(q.filters) && Objects.equals(from, q.from) && Objects.equals(to, q.to)
                && fill == q.fill && window == q.window && cumulative == q.cumulative
                && cumulativeWithin == q.cumulativeWithin && Objects.equals(comparison, q.comparison)
                && allowUndeclared == q.allowUndeclared;
    }

    @Override
    public int hashCode() {
        return Objects.hash(metrics, groupBy, grain, filters, from, to, fill, window, cumulative, cumulativeWithin,
                comparison, allowUndeclared);
    }

    /** Returns a readable description of the query. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Query[metrics=");
        List<String> ids = new ArrayList<>();
        metrics.forEach(m -> ids.add(m.id()));
        s.append(ids).append(", groupBy=").append(groupBy);
        s.append(", grain=").append(grain == null ? "none" : grain);
        if (!filters.isEmpty()) {
            s.append(", where=").append(filters);
        }
        if (from != null || to != null) {
            s.append(", dates=").append(from == null ? "*" : from).append("..").append(to == null ? "*" : to);
        }
        if (fill) {
            s.append(", fill");
        }
        if (window > 1) {
            s.append(", trailing=").append(window);
        }
        if (cumulative) {
            s.append(", cumulative").append(cumulativeWithin == null ? "" : " within " + cumulativeWithin);
        }
        if (comparison != null) {
            s.append(", compare=").append(comparison);
        }
        if (allowUndeclared) {
            s.append(", allowUndeclaredMeasures");
        }
        return s.append(']').toString();
    }

    /** Returns whether every period of {@code fine} lies within one period of {@code coarse}, a longer grain. */
    private static boolean nests(TimeGrain fine, TimeGrain coarse) {
        if (fine == coarse) {
            return false;
        }
        return switch (fine) {
            case DAY -> true;
            case WEEK -> false;
            case MONTH -> coarse == TimeGrain.QUARTER || coarse == TimeGrain.YEAR;
            case QUARTER -> coarse == TimeGrain.YEAR;
            case YEAR -> false;
        };
    }

    /** Builds a {@link Query}. A single-threaded builder. */
    public static final class Builder {
        private final List<MetricDefinition> metrics = new ArrayList<>();
        private final List<String> groupBy = new ArrayList<>();
        @Nullable
        private TimeGrain grain;
        private final Map<String, Set<String>> filters = new TreeMap<>();
        @Nullable
        private LocalDate from;
        @Nullable
        private LocalDate to;
        private boolean fill;
        private int window = 1;
        private boolean cumulative;
        @Nullable
        private TimeGrain cumulativeWithin;
        @Nullable
        private Comparison comparison;
        private boolean allowUndeclared;

        Builder() {
        }

        /**
         * Adds a metric column.
         *
         * @throws IllegalArgumentException when the metric reads a non-additive measure (a distinct count), whose
         *                                  value cannot be re-aggregated from rows, or its id is already used
         */
        public Builder metric(MetricDefinition metric) {
            Objects.requireNonNull(metric, "metric");
            for (Input input : metric.inputs()) {
                Checks.argument(input.isMergeable(),
                        "metric '%s' reads '%s', a NON_ADDITIVE measure (a distinct count): its value cannot be "
                                + "re-aggregated from rows, so the query refuses it", metric.id(),
                        input.measure().id());
            }
            for (MetricDefinition m : metrics) {
                Checks.argument(!m.id().equals(metric.id()), "metric '%s' is named twice", metric.id());
            }
            metrics.add(metric);
            return this;
        }

        /** Adds grouping dimensions, in order. */
        public Builder groupBy(String... dimensions) {
            for (String d : dimensions) {
                Objects.requireNonNull(d, "dimension");
                Dimensions.of(d, "x");
                Checks.argument(!groupBy.contains(d), "dimension '%s' is grouped twice", d);
                groupBy.add(d);
            }
            return this;
        }

        /** Groups by periods of {@code grain}. */
        public Builder grain(TimeGrain grain) {
            this.grain = Objects.requireNonNull(grain, "grain");
            return this;
        }

        /** Keeps only rows whose {@code dimension} is one of {@code values}; repeated calls on one dimension add values. */
        public Builder where(String dimension, String... values) {
            Objects.requireNonNull(dimension, "dimension");
            Checks.argument(values.length > 0, "where('%s') needs at least one value", dimension);
            Set<String> set = filters.computeIfAbsent(dimension, k -> new TreeSet<>());
            for (String v : values) {
                set.add(Objects.requireNonNull(v, "value"));
            }
            return this;
        }

        /** Keeps only rows dated from {@code first} to {@code last}, both included. */
        public Builder between(LocalDate first, LocalDate last) {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            Checks.argument(!last.isBefore(first), "last date must be >= first date, was %s < %s", last, first);
            this.from = first;
            this.to = last;
            return this;
        }

        /**
         * Adds a row for every period of the range (the query's dates if bounded, else the first to the last
         * period observed) that a group lacks; its inputs are missing, so each metric is zero or undefined as its
         * inputs' null policies say.
         */
        public Builder fillMissingPeriods() {
            this.fill = true;
            return this;
        }

        /**
         * Evaluates every row over the {@code periods} periods that end with, and include, the row's period (a
         * 7-day trailing window is {@code grain(DAY).trailing(7)}); the window of a row never reaches after its own
         * period. With a window or a comparison, the date range is widened back to whole periods so that the
         * window (or base period) of the first row is complete; rows of the widened part are read, not shown.
         */
        public Builder trailing(int periods) {
            Checks.positive(periods, "trailing periods");
            this.window = periods;
            return this;
        }

        /**
         * Evaluates every row as a running total: over every period from the first of the range (the query's first
         * date, or the first period observed) to the row's own, both included. A cumulative CTR is the ratio of the
         * summed clicks to the summed impressions so far, never a sum of daily ratios.
         *
         * <pre>{@code
         * Query.builder().metric(revenue).grain(TimeGrain.MONTH).between(jan1, dec31).cumulative().build();
         * }</pre>
         */
        public Builder cumulative() {
            this.cumulative = true;
            this.cumulativeWithin = null;
            return this;
        }

        /**
         * Evaluates every row as a running total that restarts with each period of {@code within}: month to date
         * is {@code grain(DAY).cumulative(TimeGrain.MONTH)}, year to date by month is
         * {@code grain(MONTH).cumulative(TimeGrain.YEAR)}. The first row of the range includes the rows of its
         * {@code within} period that come before the range, which are read, not shown.
         *
         * @throws IllegalArgumentException (from {@link #build()}) when the query's grain does not nest in
         *                                  {@code within}: weeks do not nest in months, quarters or years
         */
        public Builder cumulative(TimeGrain within) {
            this.cumulative = true;
            this.cumulativeWithin = Objects.requireNonNull(within, "within");
            return this;
        }

        /**
         * Attaches to each row a {@link Change} against the {@link Comparison#baseDates base dates}; the rows of base
         * periods before the query's first date are read for it, and a base period with no rows makes the change
         * undefined, never drops the row.
         */
        public Builder compareWith(Comparison comparison) {
            this.comparison = Objects.requireNonNull(comparison, "comparison");
            return this;
        }

        /**
         * Lets the query run over a table (or column mapping) that lacks a measure a metric needs: the metric's
         * values are then undefined with the reason {@code table has no measure 'leads'}, instead of the query
         * refusing the table (see {@link Query#requireDeclared}).
         */
        public Builder allowUndeclaredMeasures() {
            this.allowUndeclared = true;
            return this;
        }

        /**
         * Returns the query.
         *
         * @throws IllegalArgumentException without metrics; with a window, running total, comparison or fill but no
         *                                  grain; with a trailing window and a running total; with a running total
         *                                  and a comparison; with a trailing window and a to-date or shifted
         *                                  comparison; or with a running total within a grain the query's grain
         *                                  does not nest in
         */
        public Query build() {
            Checks.argument(!metrics.isEmpty(), "a query needs at least one metric");
            Checks.argument(grain != null || (window == 1 && !cumulative && comparison == null && !fill),
                    "trailing windows, running totals, comparisons and filling missing periods need a grain");
            Checks.argument(!cumulative || window == 1,
                    "a query has a trailing window (%d periods) or a running total, not both", window);
            Checks.argument(!cumulative || comparison == null,
                    "a running total cannot be compared with %s; compare periods with toDate() instead",
                    comparison);
            Checks.argument(window == 1 || comparison == null || !comparison.needsDays(),
                    "a trailing window (%d periods) cannot be compared with %s", window, comparison);
            if (cumulativeWithin != null && grain != null) {
                Checks.argument(nests(grain, cumulativeWithin),
                        "a running total within %s needs a grain that nests in it and is finer, was %s",
                        cumulativeWithin, grain);
            }
            return new Query(this);
        }
    }
}
