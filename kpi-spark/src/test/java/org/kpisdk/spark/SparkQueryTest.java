package org.kpisdk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.aggregate.Comparison;
import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.aggregate.QueryResult;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.NullPolicy;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.TimeGrain;
import org.kpisdk.testkit.Cases;

/**
 * A {@link SparkQuery} over a Dataset equals {@code query.execute(table)} over a table of the same rows, on generated
 * data (absent measures, empty groups, gauges, money), for queries exercising grains, filters, fills, windows and
 * comparisons; bad mappings fail before any job.
 */
final class SparkQueryTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String[] CHANNELS = {"search", "social", "email"};
    private static final String[] REGIONS = {"UK", "IE"};
    private static final LocalDate START = LocalDate.of(2025, 11, 1);
    /** Generated datasets: each is one Spark job per query, so a few dozen rather than 1,000. */
    private static final int DATASETS = Cases.count(1_000) / 50;

    static final MetricDefinition CLICKS_OR_ZERO = MetricDefinition.builder("clicks_or_zero")
            .simple(Input.of(StandardMeasures.AD_CLICKS).withNullPolicy(NullPolicy.ZERO));

    static final ColumnMapping MAPPING = ColumnMapping.builder()
            .date("day").dimension("channel").dimension("region", "country")
            .measure(StandardMeasures.IMPRESSIONS, "impressions").measure(StandardMeasures.AD_CLICKS, "clicks")
            .money(StandardMeasures.COST, "cost", EUR, "currency")
            .measure(StandardMeasures.FOLLOWERS, "followers")
            .build();

    static final StructType SCHEMA = new StructType()
            .add("day", DataTypes.DateType).add("channel", DataTypes.StringType)
            .add("country", DataTypes.StringType).add("impressions", DataTypes.LongType)
            .add("clicks", DataTypes.IntegerType).add("cost", DataTypes.createDecimalType(18, 6))
            .add("currency", DataTypes.StringType).add("followers", DataTypes.LongType);

    private static final List<SerializableSupplier<Query>> QUERIES = List.of(
            () -> Query.builder().metric(StandardMetrics.CTR).metric(StandardMetrics.AVG_CPC)
                    .groupBy("channel").grain(TimeGrain.MONTH).build(),
            () -> Query.builder().metric(StandardMetrics.CPM).metric(CLICKS_OR_ZERO).groupBy("region", "channel")
                    .build(),
            () -> Query.builder().metric(StandardMetrics.FOLLOWER_COUNT).metric(StandardMetrics.CTR)
                    .groupBy("region").grain(TimeGrain.WEEK).fillMissingPeriods().build(),
            () -> Query.builder().metric(StandardMetrics.CTR).where("channel", "search", "email")
                    .between(START.plusDays(10), START.plusDays(70)).grain(TimeGrain.MONTH)
                    .compareWith(Comparison.PREVIOUS_PERIOD).build(),
            () -> Query.builder().metric(StandardMetrics.AVG_CPC).metric(StandardMetrics.FOLLOWER_COUNT)
                    .groupBy("channel").grain(TimeGrain.WEEK).trailing(3).build());

    /** A generated row: (date, channel, region) unique per dataset, so gauges have one value per series and day. */
    record Obs(LocalDate day, String channel, String region, Long impressions, Integer clicks, BigDecimal cost,
               Long followers) {
    }

    static List<Obs> rows(SplittableRandom r) {
        int n = r.nextInt(4) == 0 ? r.nextInt(3) : r.nextInt(400);
        Set<String> keys = new HashSet<>();
        List<Obs> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate day = START.plusDays(r.nextInt(120));
            String channel = CHANNELS[r.nextInt(CHANNELS.length)];
            String region = REGIONS[r.nextInt(REGIONS.length)];
            if (!keys.add(day + channel + region)) {
                continue;
            }
            Long impressions = r.nextInt(6) == 0 ? null : (long) r.nextInt(5_000);
            Integer clicks = r.nextInt(6) == 0 ? null : r.nextInt(impressions == null ? 50 : 1 + impressions.intValue() / 10);
            BigDecimal cost = r.nextInt(5) == 0 ? null : BigDecimal.valueOf(r.nextLong(1_000_000), 2);
            Long followers = r.nextInt(3) == 0 ? null : 1_000L + r.nextInt(500);
            out.add(new Obs(day, channel, region, impressions, clicks, cost, followers));
        }
        return out;
    }

    static ObservationTable table(List<Obs> rows) {
        ObservationTable.Builder b = ObservationTable.builder().dimensions("channel", "region")
                .measure(StandardMeasures.IMPRESSIONS).measure(StandardMeasures.AD_CLICKS)
                .measure(StandardMeasures.COST, EUR).measure(StandardMeasures.FOLLOWERS);
        for (Obs o : rows) {
            ObservationTable.RowBuilder rb = b.row(o.day()).dimension("channel", o.channel())
                    .dimension("region", o.region());
            if (o.impressions() != null) {
                rb.value(StandardMeasures.IMPRESSIONS, o.impressions());
            }
            if (o.clicks() != null) {
                rb.value(StandardMeasures.AD_CLICKS, o.clicks());
            }
            if (o.cost() != null) {
                rb.money(StandardMeasures.COST, Money.of(o.cost(), EUR));
            }
            if (o.followers() != null) {
                rb.value(StandardMeasures.FOLLOWERS, o.followers());
            }
            rb.add();
        }
        return b.build();
    }

    static Dataset<Row> dataset(SparkSession spark, List<Obs> rows, int partitions) {
        List<Row> out = new ArrayList<>();
        for (Obs o : rows) {
            out.add(RowFactory.create(o.day(), o.channel(), o.region(), o.impressions(),
                    o.clicks(), o.cost(), o.cost() == null ? null : "EUR", o.followers()));
        }
        return spark.createDataFrame(out, SCHEMA).repartition(partitions);
    }

    static Stream<Integer> datasets() {
        return IntStream.range(0, DATASETS).boxed();
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void everyQueryEqualsTheInProcessEngine(int index) {
        SplittableRandom r = Cases.random(index);
        List<Obs> rows = rows(r);
        ObservationTable table = table(rows);
        Dataset<Row> df = dataset(LocalSpark.session(), rows, 1 + r.nextInt(3));
        for (SerializableSupplier<Query> recipe : QUERIES) {
            SparkQuery q = SparkQuery.of(MAPPING, recipe).withChunkRows(1 + r.nextInt(200));
            QueryResult expected = q.query().execute(table);
            assertEquals(expected, q.execute(df), () -> "query " + q.query() + " over " + rows.size() + " rows");
        }
    }

    @Test
    void anEmptyDatasetGivesTheEmptyResult() {
        SparkQuery q = SparkQuery.of(MAPPING, QUERIES.get(0));
        QueryResult r = q.execute(dataset(LocalSpark.session(), List.of(), 1));
        assertEquals(q.query().execute(table(List.of())), r);
        assertEquals(0, r.size());
    }

    private static void assertRefusedBeforeAnyJob(String expectedInMessage, Runnable action) {
        SparkSession spark = LocalSpark.session();
        String group = "refused-" + expectedInMessage.hashCode();
        spark.sparkContext().setJobGroup(group, "bad mapping", false);
        try {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
            assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
        } finally {
            spark.sparkContext().clearJobGroup();
        }
        assertEquals(0, spark.sparkContext().statusTracker().getJobIdsForGroup(group).length,
                "no job may run for a bad mapping");
    }

    @Test
    void badColumnMappingsAreRefusedBeforeAnyJobRuns() {
        Dataset<Row> df = dataset(LocalSpark.session(), rows(Cases.random(7)), 2);
        SerializableSupplier<Query> ctr = () -> Query.builder().metric(StandardMetrics.CTR).groupBy("channel").build();
        assertRefusedBeforeAnyJob("column 'clicks_total' of measure 'ad_clicks' is not in the Dataset", () ->
                SparkQuery.of(ColumnMapping.builder().date("day").dimension("channel")
                        .measure(StandardMeasures.IMPRESSIONS, "impressions")
                        .measure(StandardMeasures.AD_CLICKS, "clicks_total").build(), ctr).execute(df));
        assertRefusedBeforeAnyJob("column 'channel' of the date must be DATE, was STRING", () ->
                SparkQuery.of(ColumnMapping.builder().date("channel").dimension("channel")
                        .measure(StandardMeasures.IMPRESSIONS, "impressions")
                        .measure(StandardMeasures.AD_CLICKS, "clicks").build(), ctr).execute(df));
        assertRefusedBeforeAnyJob("column 'currency' of measure 'impressions' must be integral", () ->
                SparkQuery.of(ColumnMapping.builder().date("day").dimension("channel")
                        .measure(StandardMeasures.IMPRESSIONS, "currency")
                        .measure(StandardMeasures.AD_CLICKS, "clicks").build(), ctr).execute(df));
        assertRefusedBeforeAnyJob("column 'clicks' of dimension 'channel' must be STRING, was INT", () ->
                SparkQuery.of(ColumnMapping.builder().date("day").dimension("channel", "clicks")
                        .measure(StandardMeasures.IMPRESSIONS, "impressions")
                        .measure(StandardMeasures.AD_CLICKS, "clicks").build(), ctr).execute(df));
        assertRefusedBeforeAnyJob("metric 'ctr' needs [ad_clicks], which the column mapping does not declare (it "
                + "declares [impressions])",
                () -> SparkQuery.of(ColumnMapping.builder().date("day").dimension("channel")
                        .measure(StandardMeasures.IMPRESSIONS, "impressions").build(), ctr));
        assertRefusedBeforeAnyJob("query groups by dimension 'channel', which the column mapping does not map",
                () -> SparkQuery.of(ColumnMapping.builder().date("day")
                        .measure(StandardMeasures.IMPRESSIONS, "impressions")
                        .measure(StandardMeasures.AD_CLICKS, "clicks").build(), ctr));
        assertRefusedBeforeAnyJob("measure 'cost' is money", () -> ColumnMapping.builder()
                .measure(StandardMeasures.COST, "cost"));
        assertRefusedBeforeAnyJob("dimension 'channel' is mapped twice", () -> ColumnMapping.builder()
                .dimension("channel").dimension("channel", "country"));
    }

    @Test
    void aRowInAnotherCurrencyIsRefusedWithTheLibrarysError() {
        List<Row> rows = List.of(RowFactory.create(START, "search", "UK", 10L, 1,
                new BigDecimal("1.50"), "USD", null));
        Dataset<Row> df = LocalSpark.session().createDataFrame(rows, SCHEMA);
        SparkQuery q = SparkQuery.of(MAPPING, QUERIES.get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.execute(df));
        assertTrue(e.getMessage().contains("column 'currency' must hold EUR for measure 'cost', was USD"),
                e.getMessage());
    }
}
