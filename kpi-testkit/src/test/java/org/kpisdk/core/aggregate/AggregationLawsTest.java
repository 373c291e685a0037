package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.GaugeReduction;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.NullPolicy;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.TimeGrain;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;
import org.kpisdk.testkit.Laws;
import org.kpisdk.testkit.ObservationSet;

/**
 * Laws of the aggregation engine over generated observation sets and queries: every value equals the
 * recomputation from raw rows, partials merge associatively and commutatively with {@code empty()} as identity,
 * any split merges back to the whole, parallel equals sequential, and query filters equal pre-filtered rows.
 */
final class AggregationLawsTest {
    private static final MetricDefinition CTR = MetricDefinition.builder("ctr")
            .ratio(Input.of(StandardMeasures.AD_CLICKS), Input.of(StandardMeasures.IMPRESSIONS));
    private static final List<MetricDefinition> METRICS = List.of(
            CTR,
            MetricDefinition.builder("cpc").ratio(Input.of(StandardMeasures.COST), Input.of(StandardMeasures.AD_CLICKS)),
            MetricDefinition.builder("cost").simple(Input.of(StandardMeasures.COST)),
            MetricDefinition.builder("conversions").simple(Input.of(StandardMeasures.CONVERSIONS)),
            MetricDefinition.builder("conversion_rate").ratio(
                    Input.of(StandardMeasures.CONVERSIONS).withNullPolicy(NullPolicy.ZERO),
                    Input.of(StandardMeasures.AD_CLICKS)),
            MetricDefinition.builder("followers").simple(Input.of(StandardMeasures.FOLLOWERS)),
            MetricDefinition.builder("followers_first")
                    .simple(Input.of(StandardMeasures.FOLLOWERS, GaugeReduction.FIRST)),
            MetricDefinition.builder("followers_avg")
                    .simple(Input.of(StandardMeasures.FOLLOWERS, GaugeReduction.AVERAGE)),
            MetricDefinition.builder("clicks_per_follower_day").ratio(Input.of(StandardMeasures.AD_CLICKS),
                    Input.of(StandardMeasures.FOLLOWERS, GaugeReduction.SUM_OVER_TIME)),
            MetricDefinition.builder("mean_ctr").meanOfRates(StandardMeasures.AD_CLICKS, StandardMeasures.IMPRESSIONS));
    private static final TimeGrain[] GRAINS = {null, TimeGrain.DAY, TimeGrain.WEEK, TimeGrain.MONTH,
        TimeGrain.QUARTER, TimeGrain.YEAR};

    /** Random queries: a subset of the metrics, a grouping, a grain, and sometimes filters and a date range. */
    static Gen<Query> queries() {
        return Gen.of(r -> {
            Query.Builder b = Query.builder();
            boolean any = false;
            for (MetricDefinition m : METRICS) {
                if (r.nextInt(3) == 0) {
                    b.metric(m);
                    any = true;
                }
            }
            if (!any) {
                b.metric(METRICS.get(r.nextInt(METRICS.size())));
            }
            List<String> dims = new ArrayList<>(ObservationSet.DIMENSIONS);
            Collections.shuffle(dims, new java.util.Random(r.nextLong()));
            b.groupBy(dims.subList(0, r.nextInt(dims.size() + 1)).toArray(new String[0]));
            TimeGrain grain = GRAINS[r.nextInt(GRAINS.length)];
            if (grain != null) {
                b.grain(grain);
            }
            if (r.nextInt(3) == 0) {
                b.where("channel", r.nextBoolean() ? new String[] {"search"} : new String[] {"social", "email"});
            }
            if (r.nextInt(4) == 0) {
                b.where("region", "UK", "DE", "nowhere");
            }
            if (r.nextInt(3) == 0) {
                LocalDate from = ObservationSet.FIRST_DATE.plusDays(r.nextInt(ObservationSet.DAYS));
                b.between(from, from.plusDays(r.nextInt(ObservationSet.DAYS)));
            }
            return b.build();
        }, List.of(Query.builder().metric(CTR).build()));
    }

    static Stream<Arguments> setsAndQueries() {
        return Cases.of(ObservationSet.sets(40), queries(), Gen.longs(0, Long.MAX_VALUE));
    }

    @ParameterizedTest
    @MethodSource("setsAndQueries")
    void everyMetricOfEveryGroupEqualsRecomputationFromRawRows(ObservationSet set, Query query, long seed) {
        assertEquals(set.reference(query), ObservationSet.values(query.execute(set.table())));
    }

    @ParameterizedTest
    @MethodSource("setsAndQueries")
    void ratioOfSumsEqualsRawSums(ObservationSet set, Query unused, long seed) {
        Query q = Query.builder().metric(CTR).groupBy("channel").grain(TimeGrain.MONTH).build();
        Map<String, long[]> sums = new TreeMap<>();
        for (ObservationSet.Row row : set.rows()) {
            String key = "{channel=" + row.dimensions().get("channel").orElseThrow() + "} @ "
                    + TimeGrain.MONTH.periodOf(row.date());
            long[] s = sums.computeIfAbsent(key, k -> new long[2]);
            s[0] += row.values().get(StandardMeasures.AD_CLICKS);
            s[1] += row.values().get(StandardMeasures.IMPRESSIONS);
        }
        Map<String, Ratio> expected = new TreeMap<>();
        sums.forEach((k, s) -> expected.put(k, Ratio.of(s[0], s[1])));
        Map<String, Ratio> actual = new TreeMap<>();
        for (QueryResult.Row row : q.execute(set.table()).rows()) {
            actual.put(row.dimensions() + " @ " + row.period().orElseThrow(), row.value("ctr").ratio().orElseThrow());
        }
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @MethodSource("setsAndQueries")
    void partialsOfSeparateTablesMergeAssociativelyAndCommutatively(ObservationSet set, Query query, long seed) {
        List<ObservationSet> parts = set.split(3, new SplittableRandom(seed));
        PartialAggregate a = query.partial(parts.get(0).table());
        PartialAggregate b = query.partial(parts.get(1).table());
        PartialAggregate c = query.partial(parts.get(2).table());
        Laws.associative(PartialAggregate::plus, a, b, c);
        Laws.commutative(PartialAggregate::plus, a, b);
        Laws.identity(PartialAggregate::plus, PartialAggregate.empty(), a);
        assertEquals(query.execute(set.table()).rows(), a.plus(b).plus(c).result().rows());
    }

    @ParameterizedTest
    @MethodSource("setsAndQueries")
    void splitAnywhereThenMergeInAnyOrderEqualsTheWhole(ObservationSet set, Query query, long seed) {
        ObservationTable table = set.table();
        SplittableRandom random = new SplittableRandom(seed);
        int[] cuts = new int[random.nextInt(6)];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = random.nextInt(table.size() + 1);
        }
        Arrays.sort(cuts);
        List<PartialAggregate> parts = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            parts.add(query.partial(table, from, cut));
            from = cut;
        }
        parts.add(query.partial(table, from, table.size()));
        Laws.mergeOrderIndependent(parts, PartialAggregate.empty(), PartialAggregate::plus, query.partial(table),
                PartialAggregate::equals, random);
    }

    @ParameterizedTest
    @MethodSource("setsAndQueries")
    void parallelEqualsSequential(ObservationSet set, Query query, long seed) {
        ObservationTable table = set.table();
        int parallelism = 2 + (int) Math.floorMod(seed, 3L);
        assertEquals(query.execute(table), query.execute(table, parallelism));
    }

    @ParameterizedTest
    @MethodSource("setsAndQueries")
    void filtersEqualPreFilteredRows(ObservationSet set, Query query, long seed) {
        Query.Builder unfiltered = Query.builder().groupBy(query.groupBy().toArray(new String[0]));
        query.metrics().forEach(unfiltered::metric);
        query.grain().ifPresent(unfiltered::grain);
        ObservationSet kept = set.filter(row -> {
            for (Map.Entry<String, Set<String>> f : query.filters().entrySet()) {
                if (!f.getValue().contains(row.dimensions().get(f.getKey()).orElseThrow())) {
                    return false;
                }
            }
            return query.from().map(d -> !row.date().isBefore(d)).orElse(true)
                    && query.to().map(d -> !row.date().isAfter(d)).orElse(true);
        });
        assertEquals(unfiltered.build().execute(kept.table()).rows(), query.execute(set.table()).rows());
    }

    @ParameterizedTest
    @MethodSource("setsAndQueries")
    void distinctCountsAreRefusedWhateverTheRestOfTheQuery(ObservationSet set, Query query, long seed) {
        Query.Builder b = Query.builder();
        query.metrics().forEach(b::metric);
        MetricDefinition reachRate = MetricDefinition.builder("reach_rate")
                .ratio(Input.of(StandardMeasures.REACH), Input.of(StandardMeasures.IMPRESSIONS));
        assertThrows(IllegalArgumentException.class, () -> b.metric(reachRate));
    }
}
