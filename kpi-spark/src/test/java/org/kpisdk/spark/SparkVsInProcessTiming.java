package org.kpisdk.spark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.aggregate.QueryResult;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.TimeGrain;

/**
 * Timed comparison (not a test, not JMH): one query (CTR, average CPC, CPM by channel and month) over the same 1M
 * rows, in-process on one and two threads and through {@link SparkQuery} on {@code local[2]}, plus Spark's own
 * grouped sums as a reference. How to run it and the figures: kpi-benchmarks/README.md, section "Spark".
 */
final class SparkVsInProcessTiming {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String[] CHANNELS = {"search", "social", "email", "display", "video", "affiliate"};
    private static final String[] REGIONS = {"UK", "IE", "DE", "FR", "ES", "IT", "NL", "PL"};

    private SparkVsInProcessTiming() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        SplittableRandom r = new SplittableRandom(42);
        LocalDate start = LocalDate.of(2025, 1, 1);
        ObservationTable.Builder b = ObservationTable.builder().dimensions("channel", "region")
                .measure(StandardMeasures.IMPRESSIONS).measure(StandardMeasures.AD_CLICKS)
                .measure(StandardMeasures.COST, EUR);
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate day = start.plusDays(r.nextInt(730));
            String channel = CHANNELS[r.nextInt(CHANNELS.length)];
            String region = REGIONS[r.nextInt(REGIONS.length)];
            long impressions = r.nextInt(10_000);
            long clicks = r.nextInt(1 + (int) impressions / 20);
            BigDecimal cost = BigDecimal.valueOf(r.nextInt(100_000), 2);
            b.row(day).dimension("channel", channel).dimension("region", region)
                    .value(StandardMeasures.IMPRESSIONS, impressions).value(StandardMeasures.AD_CLICKS, clicks)
                    .money(StandardMeasures.COST, Money.of(cost, EUR)).add();
            rows.add(RowFactory.create(day, channel, region, impressions, (int) clicks, cost, "EUR", null));
        }
        ObservationTable table = b.build();
        SerializableSupplier<Query> recipe = () -> Query.builder().metric(StandardMetrics.CTR)
                .metric(StandardMetrics.AVG_CPC).metric(StandardMetrics.CPM).groupBy("channel")
                .grain(TimeGrain.MONTH).build();
        SparkQuery sq = SparkQuery.of(SparkQueryTest.MAPPING, recipe);
        Query query = sq.query();

        Dataset<Row> df = LocalSpark.session().createDataFrame(rows, SparkQueryTest.SCHEMA).repartition(2)
                .persist(StorageLevel.MEMORY_ONLY());
        System.out.println("rows cached in Spark: " + df.count());

        QueryResult local = time("in-process, 1 thread", 5, () -> query.execute(table));
        time("in-process, 2 threads", 5, () -> query.execute(table, 2));
        QueryResult spark = time("SparkQuery on local[2]", 5, () -> sq.execute(df));
        time("Spark SQL groupBy sums (reference, no KPI semantics)", 5, () -> df
                .groupBy(functions.col("channel"), functions.trunc(functions.col("day"), "month"))
                .agg(functions.sum("impressions"), functions.sum("clicks"), functions.sum("cost"))
                .collectAsList().size());
        System.out.println("results equal: " + local.equals(spark) + " (" + local.size() + " rows)");
        LocalSpark.session().stop();
    }

    private static <T> T time(String label, int runs, Supplier<T> work) {
        T result = work.get(); // warm-up
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            result = work.get();
            long t = System.nanoTime() - t0;
            best = Math.min(best, t);
            total += t;
        }
        System.out.printf("%-55s best %8.1f ms, mean %8.1f ms (%d runs after 1 warm-up)%n", label, best / 1e6,
                total / 1e6 / runs, runs);
        return result;
    }
}
