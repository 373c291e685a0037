package org.kpisdk.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import javax.annotation.Nullable;

import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.aggregate.QueryResult;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.GaugeReduction;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.value.TimeGrain;

/**
 * A generated set of raw observation rows over many dimensions (1 to {@value #MAX_DIMENSIONS}, named
 * {@code d0, d1, …}, each drawing from up to {@value #MAX_CARDINALITY} values) with a brute-force reference for
 * grouped queries: the test that the engine keys groups and gauge series exactly whether or not the product of the
 * cardinalities fits in a {@code long}.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @MethodSource("sets")     // Cases.of(WideObservationSet.sets(120), Gen.longs(0, Long.MAX_VALUE))
 * void matchesRawRows(WideObservationSet set, long seed) {
 *     Query q = set.query(new SplittableRandom(seed));
 *     assertEquals(set.reference(q), WideObservationSet.values(q, q.execute(set.table())));
 * }
 * }</pre>
 *
 * <p>Measures: the additive {@code impressions} in every row and the gauge {@code followers} in most rows (at most
 * one observation per series and day). About half the rows repeat an earlier row's dimensions on another day, so
 * gauge series span several days. Queries ({@link #query}) take the metrics {@link #METRICS}, a random subset of
 * the dimensions in random order and a random grain.
 *
 * <p>Immutable and thread-safe.
 */
public final class WideObservationSet {
    /** The most dimensions a generated set has. */
    public static final int MAX_DIMENSIONS = 12;
    /** The most values a dimension draws from. */
    public static final int MAX_CARDINALITY = 100_000;
    /** The first possible date. */
    public static final LocalDate FIRST_DATE = LocalDate.of(2026, 1, 1);
    /** The number of possible dates. */
    public static final int DAYS = 70;
    /** The metrics of every {@link #query}: an additive sum and the gauge's FIRST, LAST and SUM_OVER_TIME. */
    public static final List<MetricDefinition> METRICS = List.of(
            MetricDefinition.builder("impressions").simple(Input.of(StandardMeasures.IMPRESSIONS)),
            MetricDefinition.builder("followers_first")
                    .simple(Input.of(StandardMeasures.FOLLOWERS, GaugeReduction.FIRST)),
            MetricDefinition.builder("followers_last")
                    .simple(Input.of(StandardMeasures.FOLLOWERS, GaugeReduction.LAST)),
            MetricDefinition.builder("follower_days")
                    .simple(Input.of(StandardMeasures.FOLLOWERS, GaugeReduction.SUM_OVER_TIME)));

    private static final int[] CARDINALITIES = {1, 2, 3, 10, 100, 1_000, 100_000};
    private static final TimeGrain[] GRAINS = {null, TimeGrain.DAY, TimeGrain.WEEK, TimeGrain.MONTH};

    /**
     * One raw observation. Immutable and thread-safe.
     *
     * @param date        the date
     * @param dimensions  the values of {@code d0, d1, …}
     * @param impressions the additive count
     * @param followers   the gauge value, or empty when absent
     */
    public record Row(LocalDate date, List<String> dimensions, long impressions, Optional<Long> followers) {
        /** Copies the dimension values. */
        public Row {
            Objects.requireNonNull(date, "date");
            dimensions = List.copyOf(dimensions);
            Objects.requireNonNull(followers, "followers");
        }
    }

    private final int dimensionCount;
    private final List<Row> rows;

    private WideObservationSet(int dimensionCount, List<Row> rows) {
        this.dimensionCount = dimensionCount;
        this.rows = List.copyOf(rows);
    }

    /**
     * Returns a generator of sets of 1 to {@code maxRows} rows over 1 to {@value #MAX_DIMENSIONS} dimensions.
     * Edge case: {@value #MAX_DIMENSIONS} dimensions of {@value #MAX_CARDINALITY} values, whose cardinalities
     * multiply far past a {@code long}.
     */
    public static Gen<WideObservationSet> sets(int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be >= 1, was " + maxRows);
        }
        int[] widest = new int[MAX_DIMENSIONS];
        Arrays.fill(widest, MAX_CARDINALITY);
        return Gen.of(r -> generate(r, 1 + r.nextInt(MAX_DIMENSIONS), null, maxRows),
                List.of(generate(new SplittableRandom(26), MAX_DIMENSIONS, widest, maxRows)));
    }

    private static WideObservationSet generate(SplittableRandom r, int dims, @Nullable int[] fixedCards, int maxRows) {
        int[] cards = fixedCards;
        if (cards == null) {
            cards = new int[dims];
            for (int d = 0; d < dims; d++) {
                cards[d] = CARDINALITIES[r.nextInt(CARDINALITIES.length)];
            }
        }
        int n = fixedCards != null ? maxRows : 1 + r.nextInt(maxRows);
        List<Row> out = new ArrayList<>(n);
        Set<String> gaugeKeys = new HashSet<>();
        for (int i = 0; i < n; i++) {
            LocalDate date = FIRST_DATE.plusDays(r.nextInt(DAYS));
            List<String> values;
            if (!out.isEmpty() && r.nextBoolean()) {
                values = out.get(r.nextInt(out.size())).dimensions();
            } else {
                String[] v = new String[dims];
                for (int d = 0; d < dims; d++) {
                    v[d] = "v" + r.nextInt(cards[d]);
                }
                values = List.of(v);
            }
            Optional<Long> followers = r.nextInt(4) != 0 && gaugeKeys.add(values + "@" + date)
                    ? Optional.of(r.nextLong(1_000_000)) : Optional.empty();
            out.add(new Row(date, values, r.nextLong(1_000_000), followers));
        }
        return new WideObservationSet(dims, out);
    }

    /** Returns the dimension names {@code d0, d1, …}. */
    public List<String> dimensions() {
        List<String> names = new ArrayList<>(dimensionCount);
        for (int d = 0; d < dimensionCount; d++) {
            names.add("d" + d);
        }
        return names;
    }

    /** Returns the rows. */
    public List<Row> rows() {
        return rows;
    }

    /** Returns the rows {@code [from, to)} as a set of the same dimensions. */
    public WideObservationSet slice(int from, int to) {
        return new WideObservationSet(dimensionCount, rows.subList(from, to));
    }

    /** Returns the rows as a table built row by row (the table's row {@code i} is {@code rows().get(i)}). */
    public ObservationTable table() {
        List<String> names = dimensions();
        ObservationTable.Builder b = ObservationTable.builder().dimensions(names.toArray(new String[0]))
                .measure(StandardMeasures.IMPRESSIONS).measure(StandardMeasures.FOLLOWERS);
        for (Row row : rows) {
            ObservationTable.RowBuilder rb = b.row(row.date());
            for (int d = 0; d < dimensionCount; d++) {
                rb.dimension(names.get(d), row.dimensions().get(d));
            }
            rb.value(StandardMeasures.IMPRESSIONS, row.impressions());
            row.followers().ifPresent(f -> rb.value(StandardMeasures.FOLLOWERS, f));
            rb.add();
        }
        return b.build();
    }

    /** Returns the rows as CSV text: header {@code date,d0,…,impressions,followers}, an absent gauge empty. */
    public String csv() {
        StringBuilder s = new StringBuilder("date,").append(String.join(",", dimensions()))
                .append(",impressions,followers\n");
        for (Row row : rows) {
            s.append(row.date()).append(',').append(String.join(",", row.dimensions())).append(',')
                    .append(row.impressions()).append(',').append(row.followers().map(String::valueOf).orElse(""))
                    .append('\n');
        }
        return s.toString();
    }

    /** Returns a random query of {@link #METRICS}: a random subset of the dimensions in random order, a grain. */
    public Query query(SplittableRandom random) {
        List<String> names = dimensions();
        Collections.shuffle(names, new java.util.Random(random.nextLong()));
        Query.Builder b = Query.builder();
        METRICS.forEach(b::metric);
        b.groupBy(names.subList(0, random.nextInt(names.size() + 1)).toArray(new String[0]));
        TimeGrain grain = GRAINS[random.nextInt(GRAINS.length)];
        if (grain != null) {
            b.grain(grain);
        }
        return b.build();
    }

    /**
     * Returns, for each group of {@code query}, the value of each of {@link #METRICS} recomputed from the raw rows
     * ({@code "-"} when undefined): sums of {@code impressions}; for the gauge, each series' (all dimensions)
     * values in the group reduced by date, then added across series. Keys are the group's values of the grouping
     * dimensions in query order, then {@code @ period} when the query has a grain.
     */
    public Map<String, List<String>> reference(Query query) {
        Objects.requireNonNull(query, "query");
        List<String> names = dimensions();
        TimeGrain grain = query.grain().orElse(null);
        Map<String, List<Row>> groups = new TreeMap<>();
        for (Row row : rows) {
            List<String> key = new ArrayList<>();
            for (String d : query.groupBy()) {
                key.add(row.dimensions().get(names.indexOf(d)));
            }
            String k = key + (grain == null ? "" : " @ " + grain.periodOf(row.date()));
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(row);
        }
        Map<String, List<String>> out = new TreeMap<>();
        groups.forEach((k, groupRows) -> {
            long impressions = 0;
            Map<List<String>, TreeMap<LocalDate, Long>> series = new TreeMap<>(WideObservationSet::compareLists);
            for (Row row : groupRows) {
                impressions = Math.addExact(impressions, row.impressions());
                row.followers().ifPresent(f -> series.computeIfAbsent(row.dimensions(), x -> new TreeMap<>())
                        .put(row.date(), f));
            }
            List<String> values = new ArrayList<>();
            values.add(Long.toString(impressions));
            if (series.isEmpty()) {
                values.addAll(List.of("-", "-", "-"));
            } else {
                long first = 0;
                long last = 0;
                long days = 0;
                for (TreeMap<LocalDate, Long> s : series.values()) {
                    first += s.firstEntry().getValue();
                    last += s.lastEntry().getValue();
                    for (long v : s.values()) {
                        days += v;
                    }
                }
                values.addAll(List.of(Long.toString(first), Long.toString(last), Long.toString(days)));
            }
            out.put(k, values);
        });
        return out;
    }

    /** Returns a result's values of {@link #METRICS} keyed as {@link #reference} keys them. */
    public static Map<String, List<String>> values(Query query, QueryResult result) {
        Map<String, List<String>> out = new TreeMap<>();
        for (QueryResult.Row row : result.rows()) {
            List<String> key = new ArrayList<>();
            for (String d : query.groupBy()) {
                key.add(row.dimensions().get(d).orElseThrow());
            }
            List<String> values = new ArrayList<>();
            for (MetricDefinition m : METRICS) {
                Optional<BigDecimal> v = row.value(m.id()).value();
                values.add(v.map(x -> x.toBigIntegerExact().toString()).orElse("-"));
            }
            out.put(key + row.period().map(p -> " @ " + p).orElse(""), values);
        }
        return out;
    }

    private static int compareLists(List<String> a, List<String> b) {
        return Arrays.compare(a.toArray(new String[0]), b.toArray(new String[0]));
    }

    /** Returns the number of dimensions and rows. */
    @Override
    public String toString() {
        return dimensionCount + " dimensions, " + rows.size() + " rows";
    }
}
