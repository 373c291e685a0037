package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import javax.annotation.Nullable;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.metric.GaugeReduction;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;
import org.kpisdk.testkit.Laws;
import org.kpisdk.testkit.ObservationSet;

/**
 * Running totals and to-date, shifted and n-periods-ago comparisons over generated observation sets, each row and
 * each base value equal to the recomputation from the raw rows of the dates the row stands for; and the partials of
 * such queries merge associatively and commutatively to the whole. The dates are worked out here by an independent
 * rule (counted forward from the base period's start) rather than by {@link Comparison#baseDates}.
 */
final class TimeAlignmentLawsTest {
    private static final List<MetricDefinition> METRICS = List.of(
            MetricDefinition.builder("ctr").ratio(Input.of(StandardMeasures.AD_CLICKS),
                    Input.of(StandardMeasures.IMPRESSIONS)),
            MetricDefinition.builder("cost").simple(Input.of(StandardMeasures.COST)),
            MetricDefinition.builder("followers").simple(Input.of(StandardMeasures.FOLLOWERS)),
            MetricDefinition.builder("followers_first")
                    .simple(Input.of(StandardMeasures.FOLLOWERS, GaugeReduction.FIRST)),
            MetricDefinition.builder("mean_ctr").meanOfRates(StandardMeasures.AD_CLICKS, StandardMeasures.IMPRESSIONS));
    private static final TimeGrain[] GRAINS = TimeGrain.values();

    /**
     * A generated query and, for its comparison if any, the rule spelled out independently of {@link Comparison}:
     * {@code kind} is {@code "ago"} (n periods back), {@code "year"} (same period last year) or {@code "shift"}
     * (n days back).
     */
    record Case(Query query, String kind, int n, boolean toDate) {
        @Override
        public String toString() {
            return query.toString();
        }
    }

    /** Random cumulative or compared queries over a random grain, grouping, filter and date range. */
    static Gen<Case> cases() {
        return Gen.of(r -> {
            Query.Builder b = Query.builder();
            int m1 = r.nextInt(METRICS.size());
            b.metric(METRICS.get(m1));
            if (r.nextBoolean()) {
                b.metric(METRICS.get((m1 + 1 + r.nextInt(METRICS.size() - 1)) % METRICS.size()));
            }
            if (r.nextBoolean()) {
                b.groupBy("channel");
            }
            TimeGrain grain = GRAINS[r.nextInt(GRAINS.length)];
            b.grain(grain);
            if (r.nextInt(4) == 0) {
                b.where("region", "UK", "DE");
            }
            if (r.nextInt(3) != 0) {
                LocalDate from = ObservationSet.FIRST_DATE.plusDays(r.nextInt(ObservationSet.DAYS));
                b.between(from, from.plusDays(r.nextInt(ObservationSet.DAYS)));
            }
            if (r.nextInt(3) == 0) {
                List<TimeGrain> within = new ArrayList<>();
                for (TimeGrain g : GRAINS) {
                    if (nests(grain, g)) {
                        within.add(g);
                    }
                }
                if (within.isEmpty() || r.nextBoolean()) {
                    b.cumulative();
                } else {
                    b.cumulative(within.get(r.nextInt(within.size())));
                }
                return new Case(b.build(), "none", 0, false);
            }
            boolean toDate = r.nextInt(3) != 0;
            String kind;
            int n;
            Comparison c;
            switch (r.nextInt(4)) {
                case 0 -> {
                    kind = "ago";
                    n = 1;
                    c = Comparison.PREVIOUS_PERIOD;
                }
                case 1 -> {
                    kind = "year";
                    n = 1;
                    c = Comparison.SAME_PERIOD_LAST_YEAR;
                }
                case 2 -> {
                    kind = "ago";
                    n = 1 + r.nextInt(3);
                    c = Comparison.periodsAgo(n);
                }
                default -> {
                    kind = "shift";
                    n = 1 + r.nextInt(40);
                    c = Comparison.shiftedBy(Duration.ofDays(n));
                }
            }
            b.compareWith(toDate ? c.toDate() : c);
            return new Case(b.build(), kind, n, toDate);
        }, List.of(new Case(Query.builder().metric(METRICS.get(0)).grain(TimeGrain.MONTH)
                .compareWith(Comparison.PREVIOUS_PERIOD.toDate()).build(), "ago", 1, true)));
    }

    static Stream<Arguments> setsAndQueries() {
        return Cases.of(ObservationSet.sets(40), cases(), Gen.longs(0, Long.MAX_VALUE));
    }

    @ParameterizedTest
    @MethodSource("setsAndQueries")
    void everyRowAndBaseEqualRecomputationFromTheirRawRows(ObservationSet set, Case c, long seed) {
        Query query = c.query();
        QueryResult result = query.execute(set.table());
        Map<String, List<String>> expected = new TreeMap<>();
        Map<String, List<String>> actual = new TreeMap<>();
        Map<String, List<String>> expectedBase = new TreeMap<>();
        Map<String, List<String>> actualBase = new TreeMap<>();
        TimeGrain grain = query.grain().orElseThrow();
        LocalDate scanFrom = scanFrom(c, grain);
        ObservationSet scanned = set.filter(row -> passes(query, row, scanFrom));
        LocalDate cut = query.to().orElse(scanned.rows().stream().map(ObservationSet.Row::date)
                .max(LocalDate::compareTo).orElse(null));
        for (QueryResult.Row row : result.rows()) {
            PeriodKey p = row.period().orElseThrow();
            String key = row.dimensions() + " @ " + p;
            actual.put(key, printed(row.values()));
            LocalDate start = p.start();
            if (query.isCumulative()) {
                start = query.cumulativeWithin().map(w -> w.startOf(p.start()))
                        .orElse(LocalDate.MIN);
            }
            expected.put(key, over(scanned, query, row.dimensions(), start, p.end()));
            if (query.comparison().isPresent()) {
                LocalDate[] base = baseDates(c, p, cut);
                expectedBase.put(key, over(scanned, query, row.dimensions(), base[0], base[1]));
                List<MetricValue> prev = new ArrayList<>();
                for (MetricDefinition m : query.metrics()) {
                    Change change = row.change(m.id()).orElseThrow();
                    assertEquals(base[0], change.baseDates().start(), key);
                    assertEquals(base[1], change.baseDates().end(), key);
                    prev.add(change.previous());
                }
                actualBase.put(key, printed(prev));
            }
        }
        assertEquals(expected, actual);
        assertEquals(expectedBase, actualBase);
    }

    @ParameterizedTest
    @MethodSource("setsAndQueries")
    void partialsMergeAssociativelyAndCommutativelyToTheWhole(ObservationSet set, Case k, long seed) {
        Query query = k.query();
        List<ObservationSet> parts = set.split(3, new SplittableRandom(seed));
        PartialAggregate a = query.partial(parts.get(0).table());
        PartialAggregate b = query.partial(parts.get(1).table());
        PartialAggregate c = query.partial(parts.get(2).table());
        Laws.associative(PartialAggregate::plus, a, b, c);
        Laws.commutative(PartialAggregate::plus, a, b);
        assertEquals(query.execute(set.table()).rows(), a.plus(b).plus(c).result().rows());
        assertEquals(query.execute(set.table()).rows(), query.execute(set.table(), 3).rows());
    }

    /**
     * Returns the base dates of a row of {@code p}, counted forward from the base period's start: the same number
     * of days for day and week grains, the same number of months and then the same day of the month (or the
     * month's last day) for longer grains.
     */
    private static LocalDate[] baseDates(Case c, PeriodKey p, @Nullable LocalDate cut) {
        boolean partial = c.toDate() && cut != null && !cut.isBefore(p.start()) && cut.isBefore(p.end());
        if (c.kind().equals("shift")) {
            return new LocalDate[] {p.start().minusDays(c.n()), (partial ? cut : p.end()).minusDays(c.n())};
        }
        TimeGrain g = p.grain();
        int n = c.n();
        LocalDate baseStart = c.kind().equals("year") ? g.startOf(p.start().minusYears(1)) : switch (g) {
            case DAY -> p.start().minusDays(n);
            case WEEK -> p.start().minusWeeks(n);
            case MONTH -> p.start().minusMonths(n);
            case QUARTER -> p.start().minusMonths(3L * n);
            case YEAR -> p.start().minusYears(n);
        };
        LocalDate baseEnd = g.periodOf(baseStart).end();
        if (!partial) {
            return new LocalDate[] {baseStart, baseEnd};
        }
        LocalDate matching;
        if (g == TimeGrain.DAY || g == TimeGrain.WEEK) {
            matching = baseStart.plusDays(ChronoUnit.DAYS.between(p.start(), cut));
        } else {
            LocalDate month = baseStart.plusMonths(ChronoUnit.MONTHS.between(p.start().withDayOfMonth(1),
                    cut.withDayOfMonth(1)));
            matching = month.withDayOfMonth(Math.min(cut.getDayOfMonth(), month.lengthOfMonth()));
        }
        return new LocalDate[] {baseStart, matching.isAfter(baseEnd) ? baseEnd : matching};
    }

    /** Returns the first date the query reads: the range widened to whole periods and the base of the first. */
    @Nullable
    private static LocalDate scanFrom(Case c, TimeGrain grain) {
        Query q = c.query();
        if (q.from().isEmpty()) {
            return null;
        }
        LocalDate from = q.from().get();
        if (q.comparison().isEmpty() && q.cumulativeWithin().isEmpty()) {
            return from;
        }
        LocalDate start = grain.startOf(from);
        if (q.comparison().isPresent()) {
            LocalDate base = baseDates(c, grain.periodOf(from), null)[0];
            start = base.isBefore(start) ? base : start;
        }
        return q.cumulativeWithin().map(w -> w.startOf(grain.startOf(from))).orElse(start);
    }

    private static boolean passes(Query q, ObservationSet.Row row, @Nullable LocalDate from) {
        if ((from != null && row.date().isBefore(from))
                || (q.to().isPresent() && row.date().isAfter(q.to().get()))) {
            return false;
        }
        return q.filters().entrySet().stream()
                .allMatch(f -> f.getValue().contains(row.dimensions().get(f.getKey()).orElse("")));
    }

    /** Returns the query's metrics, printed, over the rows of {@code dims}' group dated {@code first..last}. */
    private static List<String> over(ObservationSet scanned, Query q, Dimensions dims, LocalDate first,
            LocalDate last) {
        Predicate<ObservationSet.Row> in = row -> !row.date().isBefore(first) && !row.date().isAfter(last)
                && row.dimensions().containsAll(dims);
        Query.Builder plain = Query.builder();
        q.metrics().forEach(plain::metric);
        Map<String, List<MetricValue>> ref = scanned.filter(in).reference(plain.build());
        if (ref.isEmpty()) {
            List<String> undefined = new ArrayList<>();
            q.metrics().forEach(m -> undefined.add("undefined"));
            return undefined;
        }
        return printed(ref.values().iterator().next());
    }

    private static List<String> printed(List<MetricValue> values) {
        List<String> out = new ArrayList<>();
        for (MetricValue v : values) {
            out.add(v.value().map(x -> x.stripTrailingZeros().toPlainString()).orElse("undefined"));
        }
        return out;
    }

    /** Nesting as the query states it. */
    private static boolean nests(TimeGrain fine, TimeGrain coarse) {
        return fine != coarse && (fine == TimeGrain.DAY
                || (fine == TimeGrain.MONTH && (coarse == TimeGrain.QUARTER || coarse == TimeGrain.YEAR))
                || (fine == TimeGrain.QUARTER && coarse == TimeGrain.YEAR));
    }
}
