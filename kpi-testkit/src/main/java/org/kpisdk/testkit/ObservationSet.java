package org.kpisdk.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.Additivity;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.GaugeReduction;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.InputValues;
import org.kpisdk.core.metric.InputValuesBuilder;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.TimeGrain;

/**
 * A generated set of raw observation rows with a brute-force reference implementation of grouped queries, for
 * property tests of the aggregation engine: build an {@link ObservationTable} from the rows, run a {@link Query},
 * and compare every value with {@link #reference(Query)}, which recomputes each group from its raw rows.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @MethodSource("sets")     // Cases.of(ObservationSet.sets(40))
 * void matchesRawRows(ObservationSet set) {
 *     Query q = Query.builder().metric(ctr).groupBy("channel").grain(TimeGrain.MONTH).build();
 *     assertEquals(set.reference(q), ObservationSet.values(q.execute(set.table())));
 * }
 * }</pre>
 *
 * <p>The schema is fixed: dimensions {@code channel} and {@code region}; measures {@code impressions},
 * {@code ad_clicks}, {@code cost} (EUR micros), {@code conversions} (absent in some rows) and the gauge
 * {@code followers} (at most one observation per series and day, absent in some rows). Dates fall in about three
 * months across a year boundary. The reference supports grouping, grains, dimension filters and date ranges, not
 * fills, windows or comparisons.
 *
 * <p>Immutable and thread-safe.
 */
public final class ObservationSet {
    /** The dimension names. */
    public static final List<String> DIMENSIONS = List.of("channel", "region");
    /** The measures, in table order. */
    public static final List<BaseMeasure> MEASURES = List.of(StandardMeasures.IMPRESSIONS,
            StandardMeasures.AD_CLICKS, StandardMeasures.COST, StandardMeasures.CONVERSIONS,
            StandardMeasures.FOLLOWERS);
    /** The currency of {@code cost}. */
    public static final Currency CURRENCY = Currency.getInstance("EUR");
    /** The first possible date. */
    public static final LocalDate FIRST_DATE = LocalDate.of(2025, 12, 1);
    /** The number of possible dates. */
    public static final int DAYS = 100;

    private static final String[] CHANNELS = {"search", "social", "email", "display"};
    private static final String[] REGIONS = {"UK", "IE", "DE"};

    /**
     * One raw observation. Immutable and thread-safe.
     *
     * @param date       the date
     * @param dimensions the values of {@link #DIMENSIONS}
     * @param values     the measure values present in the row (micros for money)
     */
    public record Row(LocalDate date, Dimensions dimensions, Map<BaseMeasure, Long> values) {
        /** Copies the values. */
        public Row {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(dimensions, "dimensions");
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    private final List<Row> rows;

    private ObservationSet(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Returns a set of the given rows (gauge rows must not repeat a series and day). */
    public static ObservationSet of(List<Row> rows) {
        return new ObservationSet(rows);
    }

    /**
     * Returns a generator of sets of 0 to {@code maxRows} rows; counts are usually small with occasional large
     * values, cost is in whole cents or micros. Edge cases: the empty set and a single all-zero row.
     */
    public static Gen<ObservationSet> sets(int maxRows) {
        Row zero = new Row(FIRST_DATE, Dimensions.of("channel", "search").and("region", "UK"),
                Map.of(StandardMeasures.IMPRESSIONS, 0L, StandardMeasures.AD_CLICKS, 0L, StandardMeasures.COST, 0L,
                        StandardMeasures.CONVERSIONS, 0L, StandardMeasures.FOLLOWERS, 0L));
        return Gen.of(r -> generate(r, maxRows), List.of(new ObservationSet(List.of()), new ObservationSet(List.of(zero))));
    }

    private static ObservationSet generate(SplittableRandom r, int maxRows) {
        int n = r.nextInt(maxRows + 1);
        int channels = 1 + r.nextInt(CHANNELS.length);
        int regions = 1 + r.nextInt(REGIONS.length);
        int days = 1 + r.nextInt(DAYS);
        Gen<Long> counts = Gen.counts(5_000_000);
        List<Row> out = new ArrayList<>(n);
        Set<String> gaugeKeys = new HashSet<>();
        for (int i = 0; i < n; i++) {
            LocalDate date = FIRST_DATE.plusDays(r.nextInt(days));
            Dimensions d = Dimensions.of("channel", CHANNELS[r.nextInt(channels)])
                    .and("region", REGIONS[r.nextInt(regions)]);
            Map<BaseMeasure, Long> v = new LinkedHashMap<>();
            long impressions = counts.next(r);
            v.put(StandardMeasures.IMPRESSIONS, impressions);
            v.put(StandardMeasures.AD_CLICKS, r.nextInt(4) == 0 ? 0 : r.nextLong(impressions / 10 + 1));
            v.put(StandardMeasures.COST, r.nextBoolean() ? r.nextLong(100_000) * 10_000 : r.nextLong(1L << 40));
            if (r.nextInt(3) != 0) {
                v.put(StandardMeasures.CONVERSIONS, (long) r.nextInt(20));
            }
            if (r.nextInt(3) != 0 && gaugeKeys.add(d + "@" + date)) {
                v.put(StandardMeasures.FOLLOWERS, counts.next(r));
            }
            out.add(new Row(date, d, v));
        }
        return new ObservationSet(out);
    }

    /** Returns the rows. */
    public List<Row> rows() {
        return rows;
    }

    /** Returns the rows as a table built row by row (the table's row {@code i} is {@code rows().get(i)}). */
    public ObservationTable table() {
        ObservationTable.Builder b = ObservationTable.builder().dimensions(DIMENSIONS.toArray(new String[0]));
        for (BaseMeasure m : MEASURES) {
            if (m.isMoney()) {
                b.measure(m, CURRENCY);
            } else {
                b.measure(m);
            }
        }
        for (Row row : rows) {
            ObservationTable.RowBuilder rb = b.row(row.date());
            for (String d : DIMENSIONS) {
                rb.dimension(d, row.dimensions().get(d).orElseThrow());
            }
            row.values().forEach((m, v) -> {
                if (m.isMoney()) {
                    rb.micros(m, v);
                } else {
                    rb.value(m, v);
                }
            });
            rb.add();
        }
        return b.build();
    }

    /** Returns the set of the rows that pass {@code filter}. */
    public ObservationSet filter(Predicate<Row> filter) {
        List<Row> out = new ArrayList<>();
        for (Row row : rows) {
            if (filter.test(row)) {
                out.add(row);
            }
        }
        return new ObservationSet(out);
    }

    /** Returns the rows dealt at random into {@code parts} sets (some possibly empty), each keeping row order. */
    public List<ObservationSet> split(int parts, SplittableRandom random) {
        List<List<Row>> lists = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            lists.add(new ArrayList<>());
        }
        for (Row row : rows) {
            lists.get(random.nextInt(parts)).add(row);
        }
        List<ObservationSet> out = new ArrayList<>();
        for (List<Row> l : lists) {
            out.add(new ObservationSet(l));
        }
        return out;
    }

    /**
     * Returns, for every group of {@code query} over these rows, the metric values recomputed from the group's raw
     * rows: BigDecimal sums of each input, gauges reduced per series by brute force, then each metric evaluated.
     * Keys are {@code dimensions @ period} ({@code dimensions} alone without a grain), as {@link #values} prints.
     */
    public Map<String, List<MetricValue>> reference(Query query) {
        Objects.requireNonNull(query, "query");
        TimeGrain grain = query.grain().orElse(null);
        Map<String, List<Row>> groups = new TreeMap<>();
        for (Row row : rows) {
            if (!passes(query, row)) {
                continue;
            }
            Dimensions key = Dimensions.empty();
            for (String d : query.groupBy()) {
                key = key.and(d, row.dimensions().get(d).orElseThrow());
            }
            String k = key + (grain == null ? "" : " @ " + grain.periodOf(row.date()));
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(row);
        }
        Map<String, List<MetricValue>> out = new TreeMap<>();
        groups.forEach((k, groupRows) -> {
            List<MetricValue> values = new ArrayList<>();
            InputValues inputs = inputs(query, groupRows);
            for (MetricDefinition m : query.metrics()) {
                values.add(m.evaluate(inputs));
            }
            out.put(k, values);
        });
        return out;
    }

    private static boolean passes(Query query, Row row) {
        if (query.from().isPresent() && row.date().isBefore(query.from().get())) {
            return false;
        }
        if (query.to().isPresent() && row.date().isAfter(query.to().get())) {
            return false;
        }
        for (Map.Entry<String, Set<String>> f : query.filters().entrySet()) {
            if (!f.getValue().contains(row.dimensions().get(f.getKey()).orElse(""))) {
                return false;
            }
        }
        return true;
    }

    private static InputValues inputs(Query query, List<Row> groupRows) {
        InputValuesBuilder b = InputValues.builder().currency(StandardMeasures.COST, CURRENCY);
        for (MetricDefinition metric : query.metrics()) {
            for (Input input : metric.inputs()) {
                reduce(input.stateKey(), groupRows).ifPresent(v -> b.put(input, v));
            }
        }
        return b.build();
    }

    private static Optional<BigDecimal> reduce(Input input, List<Row> groupRows) {
        BaseMeasure m = input.measure();
        int scale = m.isMoney() ? 6 : 0;
        if (input.kind() != Input.Kind.VALUE) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean any = false;
            for (Row row : groupRows) {
                Long n = row.values().get(m);
                Long d = row.values().get(input.denominator());
                if (n == null || d == null) {
                    continue;
                }
                any = true;
                if (d == 0) {
                    continue;
                }
                if (input.kind() == Input.Kind.RATE_COUNT) {
                    sum = sum.add(BigDecimal.ONE);
                } else {
                    BigDecimal rate = BigDecimal.valueOf(n, scale)
                            .divide(BigDecimal.valueOf(d, input.denominator().isMoney() ? 6 : 0), Input.RATE_CONTEXT);
                    sum = sum.add(rate);
                }
            }
            return any ? Optional.of(sum) : Optional.empty();
        }
        if (m.additivity() != Additivity.SEMI_ADDITIVE) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean any = false;
            for (Row row : groupRows) {
                Long v = row.values().get(m);
                if (v != null) {
                    any = true;
                    sum = sum.add(BigDecimal.valueOf(v, scale));
                }
            }
            return any ? Optional.of(sum) : Optional.empty();
        }
        // A gauge: per series (all dimensions), the dated values; reduce, then add across series.
        Map<List<String>, TreeMap<LocalDate, Long>> series = new TreeMap<>(ObservationSet::compareLists);
        for (Row row : groupRows) {
            Long v = row.values().get(m);
            if (v != null) {
                List<String> key = new ArrayList<>();
                row.dimensions().forEach(e -> key.add(e.getValue()));
                series.computeIfAbsent(key, k -> new TreeMap<>()).merge(row.date(), v, Long::sum);
            }
        }
        if (series.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        GaugeReduction reduction = input.reduction();
        for (TreeMap<LocalDate, Long> s : series.values()) {
            BigDecimal value;
            switch (reduction) {
                case FIRST -> value = BigDecimal.valueOf(s.firstEntry().getValue(), scale);
                case LAST -> value = BigDecimal.valueOf(s.lastEntry().getValue(), scale);
                default -> {
                    long sum = 0;
                    for (long v : s.values()) {
                        sum = Math.addExact(sum, v);
                    }
                    value = BigDecimal.valueOf(sum, scale);
                    if (reduction == GaugeReduction.AVERAGE) {
                        value = value.divide(BigDecimal.valueOf(s.size()), MetricValue.CONTEXT);
                    }
                }
            }
            total = reduction == GaugeReduction.AVERAGE ? total.add(value, MetricValue.CONTEXT) : total.add(value);
        }
        return Optional.of(total);
    }

    private static int compareLists(List<String> a, List<String> b) {
        return Arrays.compare(a.toArray(new String[0]), b.toArray(new String[0]));
    }

    /** Returns a result's values keyed as {@link #reference} keys them. */
    public static Map<String, List<MetricValue>> values(org.kpisdk.core.aggregate.QueryResult result) {
        Map<String, List<MetricValue>> out = new TreeMap<>();
        for (org.kpisdk.core.aggregate.QueryResult.Row row : result.rows()) {
            out.put(row.dimensions() + row.period().map(p -> " @ " + p).orElse(""), row.values());
        }
        return out;
    }

    /** Returns the number of rows and the first few. */
    @Override
    public String toString() {
        return rows.size() + " rows" + (rows.isEmpty() ? "" : ", first " + rows.subList(0, Math.min(3, rows.size())));
    }
}
