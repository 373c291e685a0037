package org.kpisdk.core.aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.metric.Additivity;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.InputValues;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.roi.DateRange;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

/** Turns merged group states into a {@link QueryResult}: fill, window, compare, evaluate. */
final class Finish {
    private Finish() {
    }

    private static final class Key {
        final String[] dims;
        final long period;

        Key(String[] dims, long period) {
            this.dims = dims;
            this.period = period;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Key key && key.period == period && Arrays.equals(key.dims, dims);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(dims) * 31 + Long.hashCode(period);
        }
    }

    static QueryResult result(Query q, List<Group> scanned, Map<BaseMeasure, Currency> currencies,
            Set<BaseMeasure> undeclared) {
        TimeGrain grain = q.grain().orElse(null);
        List<Group> groups = scanned;
        Days days = null;
        if (grain != null && q.scanGrain() != grain) {
            days = new Days(scanned, q.to().orElse(null));
            groups = rollUp(scanned, grain);
        }
        List<Group> all = new ArrayList<>(groups);
        long first = Long.MIN_VALUE;
        long last = Long.MAX_VALUE;
        if (grain != null) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (Group g : groups) {
                min = Math.min(min, g.period);
                max = Math.max(max, g.period);
            }
            first = q.from().map(grain::indexOf).orElse(min);
            last = q.to().map(grain::indexOf).orElse(max);
            if (q.fillsMissingPeriods() && first <= last) {
                Map<Key, Group> byKey = index(all);
                Set<List<String>> tuples = new LinkedHashSet<>();
                for (Group g : groups) {
                    tuples.add(Arrays.asList(g.dims));
                }
                if (tuples.isEmpty() && q.groupBy().isEmpty()) {
                    tuples.add(List.of());
                }
                double filled = (double) tuples.size() * (last - first + 1);
                Checks.argument(filled <= Query.MAX_FILLED_ROWS,
                        "filling missing periods would create %.0f rows (%d groups x %d periods), more than the limit %d",
                        filled, tuples.size(), last - first + 1, Query.MAX_FILLED_ROWS);
                for (List<String> t : tuples) {
                    String[] dims = t.toArray(new String[0]);
                    for (long p = first; p <= last; p++) {
                        if (!byKey.containsKey(new Key(dims, p))) {
                            all.add(Group.empty(dims, p, q.sumStates().size(), q.gaugeStates().size()));
                        }
                    }
                }
                Collections.sort(all);
            }
        }
        Map<Key, Group> byKey = q.window() > 1 ? windows(q, all) : q.isCumulative() ? runningTotals(q, all)
                : index(all);
        List<QueryResult.Row> rows = new ArrayList<>();
        for (Group g : all) {
            if (grain != null && (g.period < first || g.period > last)) {
                continue;
            }
            Group state = byKey.get(new Key(g.dims, g.period));
            List<MetricValue> values = evaluate(q, state, currencies, undeclared);
            Dimensions dims = dimensions(q, g.dims);
            PeriodKey period = grain == null ? null : grain.periodAt(g.period);
            List<Change> changes = List.of();
            if (q.comparison().isPresent()) {
                Comparison c = q.comparison().get();
                PeriodKey base = c.baseOf(period);
                DateRange dates = c.baseDates(period, days == null ? null : days.cut);
                Group baseGroup = days == null ? byKey.get(new Key(g.dims, base.index())) : days.merged(g.dims, dates);
                List<MetricValue> previous = baseGroup == null ? null
                        : evaluate(q, baseGroup, currencies, undeclared);
                String noRows = dates.equals(DateRange.of(base)) ? "base period " + base + " has no rows"
                        : "base dates " + dates + " have no rows";
                List<Change> cs = new ArrayList<>();
                for (int m = 0; m < values.size(); m++) {
                    MetricValue prev = previous == null ? MetricValue.undefined(q.metrics().get(m).unit(), noRows)
                            : previous.get(m);
                    cs.add(new Change(c, base, dates, values.get(m), prev));
                }
                changes = List.copyOf(cs);
            }
            rows.add(new QueryResult.Row(dims, period, state.rows, values, changes, q));
        }
        return new QueryResult(q, rows);
    }

    /** Returns the day groups merged into groups of {@code grain}'s periods, sorted. */
    private static List<Group> rollUp(List<Group> dayGroups, TimeGrain grain) {
        Map<Key, Group> merged = new HashMap<>();
        for (Group g : dayGroups) {
            long period = grain.indexOf(LocalDate.ofEpochDay(g.period));
            Group p = Group.empty(g.dims, period, g.sums.length, g.cells.length);
            merged.merge(new Key(g.dims, period), p.plus(g), Group::plus);
        }
        List<Group> out = new ArrayList<>(merged.values());
        Collections.sort(out);
        return out;
    }

    /**
     * The day groups of a query whose comparison reads base dates that are not whole periods, by dimension values
     * and day, and the cut: the query's last date, or the latest day with a row.
     */
    private static final class Days {
        final Map<List<String>, TreeMap<Long, Group>> byDims = new HashMap<>();
        @Nullable
        final LocalDate cut;

        Days(List<Group> dayGroups, @Nullable LocalDate to) {
            long latest = Long.MIN_VALUE;
            for (Group g : dayGroups) {
                byDims.computeIfAbsent(Arrays.asList(g.dims), k -> new TreeMap<>()).put(g.period, g);
                latest = Math.max(latest, g.period);
            }
            cut = to != null ? to : latest == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(latest);
        }

        /** Returns the state of the days of {@code dates} with values {@code dims}, or null when none has rows. */
        @Nullable
        Group merged(String[] dims, DateRange dates) {
            TreeMap<Long, Group> map = byDims.get(Arrays.asList(dims));
            if (map == null) {
                return null;
            }
            Group state = null;
            for (Group g : map.subMap(dates.start().toEpochDay(), true, dates.end().toEpochDay(), true).values()) {
                state = state == null ? g : state.plus(g);
            }
            return state;
        }
    }

    /**
     * Returns each group's running total: its state merged with every earlier group of the same dimensions, since
     * the first group or, with {@link Query#cumulativeWithin()}, since the start of the longer period that contains
     * it. Linear in the number of groups.
     */
    private static Map<Key, Group> runningTotals(Query q, List<Group> groups) {
        List<Group> sorted = new ArrayList<>(groups);
        Collections.sort(sorted);
        TimeGrain grain = q.grain().orElseThrow();
        TimeGrain within = q.cumulativeWithin().orElse(null);
        Map<Key, Group> out = new HashMap<>();
        Group running = null;
        long block = Long.MIN_VALUE;
        for (Group g : sorted) {
            long b = within == null ? 0 : within.indexOf(grain.startAt(g.period));
            if (running == null || !Arrays.equals(running.dims, g.dims) || b != block) {
                running = g;
                block = b;
            } else {
                running = running.plus(g);
            }
            out.put(new Key(g.dims, g.period), running);
        }
        return out;
    }

    private static Map<Key, Group> index(List<Group> groups) {
        Map<Key, Group> map = new HashMap<>();
        for (Group g : groups) {
            map.put(new Key(g.dims, g.period), g);
        }
        return map;
    }

    /**
     * Returns each group's state merged over its trailing window: the groups of the same dimensions whose period is
     * within {@code window - 1} periods before it. A sliding window over each dimension tuple's groups in period
     * order, aggregated with two stacks (merge needs no inverse), so the cost is linear in the number of groups
     * whatever the window's length.
     */
    private static Map<Key, Group> windows(Query q, List<Group> groups) {
        List<Group> sorted = new ArrayList<>(groups);
        Collections.sort(sorted);
        long span = q.window() - 1L;
        Map<Key, Group> out = new HashMap<>();
        ArrayDeque<Group> back = new ArrayDeque<>();
        ArrayDeque<Group> front = new ArrayDeque<>();
        ArrayDeque<Group> frontStates = new ArrayDeque<>();
        Group backState = null;
        String[] dims = null;
        for (Group g : sorted) {
            if (dims == null || !Arrays.equals(dims, g.dims)) {
                dims = g.dims;
                back.clear();
                front.clear();
                frontStates.clear();
                backState = null;
            }
            back.addLast(g);
            backState = backState == null ? g : backState.plus(g);
            while (true) {
                if (front.isEmpty()) {
                    // Move the back stack over, newest first, so each front entry holds itself merged with every
                    // newer entry that was moved with it.
                    Group state = null;
                    while (!back.isEmpty()) {
                        Group b = back.removeLast();
                        state = state == null ? b : b.plus(state);
                        front.addFirst(b);
                        frontStates.addFirst(state);
                    }
                    backState = null;
                }
                if (front.peekFirst().period >= g.period - span) {
                    break;
                }
                front.removeFirst();
                frontStates.removeFirst();
            }
            Group state = frontStates.peekFirst();
            out.put(new Key(g.dims, g.period), backState == null ? state : state.plus(backState));
        }
        return out;
    }

    private static Dimensions dimensions(Query q, String[] values) {
        Dimensions d = Dimensions.empty();
        for (int i = 0; i < values.length; i++) {
            d = d.and(q.groupBy().get(i), values[i]);
        }
        return d;
    }

    private static List<MetricValue> evaluate(Query q, Group state, Map<BaseMeasure, Currency> currencies,
            Set<BaseMeasure> undeclared) {
        InputValues values = new GroupValues(q, state, currencies, undeclared);
        List<MetricValue> out = new ArrayList<>(q.metrics().size());
        for (MetricDefinition m : q.metrics()) {
            out.add(Objects.requireNonNull(m.evaluate(values), "evaluate"));
        }
        return Collections.unmodifiableList(out);
    }

    /** The aggregated inputs of one group, read by the metrics. */
    private static final class GroupValues implements InputValues {
        private final Query q;
        private final Group g;
        private final Map<BaseMeasure, Currency> currencies;
        private final Set<BaseMeasure> undeclared;

        GroupValues(Query q, Group g, Map<BaseMeasure, Currency> currencies, Set<BaseMeasure> undeclared) {
            this.q = q;
            this.g = g;
            this.currencies = currencies;
            this.undeclared = undeclared;
        }

        @Override
        public String missingReason(Input input) {
            BaseMeasure m = input.measure();
            if (!undeclared.contains(m) && input.kind() != Input.Kind.VALUE) {
                m = input.denominator();
            }
            if (undeclared.contains(m)) {
                return "table has no measure '" + m.id() + "'";
            }
            return InputValues.super.missingReason(input);
        }

        @Override
        public Optional<BigDecimal> get(Input input) {
            Input key = input.stateKey();
            BaseMeasure m = key.measure();
            int scale = m.isMoney() && key.kind() == Input.Kind.VALUE ? 6 : 0;
            if (key.kind() == Input.Kind.VALUE && m.additivity() == Additivity.SEMI_ADDITIVE) {
                int gi = q.gaugeStates().indexOf(Input.of(m));
                return gi < 0 ? Optional.empty() : gauge(g.cells[gi], key, scale);
            }
            int s = q.sumStates().indexOf(key);
            if (s < 0 || g.present[s] == 0) {
                return Optional.empty();
            }
            if (key.kind() == Input.Kind.RATE_SUM) {
                return Optional.of(g.rates[s]);
            }
            return Optional.of(BigDecimal.valueOf(g.sums[s], scale));
        }

        private static Optional<BigDecimal> gauge(Cell[] cells, Input key, int scale) {
            if (cells.length == 0) {
                return Optional.empty();
            }
            long total = 0;
            BigDecimal mean = BigDecimal.ZERO;
            for (Cell c : cells) {
                switch (key.reduction()) {
                    case FIRST -> total = Math.addExact(total, c.firstValue);
                    case LAST -> total = Math.addExact(total, c.lastValue);
                    case SUM_OVER_TIME -> total = Math.addExact(total, c.sum);
                    default -> mean = mean.add(BigDecimal.valueOf(c.sum, scale)
                                .divide(BigDecimal.valueOf(c.count), MetricValue.CONTEXT), MetricValue.CONTEXT);
                }
            }
            return Optional.of(key.reduction() == org.kpisdk.core.metric.GaugeReduction.AVERAGE ? mean
                    : BigDecimal.valueOf(total, scale));
        }

        @Override
        public Optional<Currency> currency(BaseMeasure measure) {
            return Optional.ofNullable(currencies.get(measure));
        }
    }
}
