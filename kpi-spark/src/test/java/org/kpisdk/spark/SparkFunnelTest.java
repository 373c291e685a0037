package org.kpisdk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.funnel.EventLog;
import org.kpisdk.funnel.Funnel;
import org.kpisdk.funnel.FunnelOptions;
import org.kpisdk.funnel.FunnelResult;
import org.kpisdk.funnel.Step;
import org.kpisdk.testkit.Cases;

/** {@link SparkFunnel} equals {@code funnel.count(log)} on generated event logs, for several option sets. */
final class SparkFunnelTest {
    private static final String[] TYPES = {"view", "cart", "pay", "card_paid", "other"};
    /** Generated logs: each is one Spark job per funnel, so a few dozen rather than 1,000. */
    private static final int LOGS = Cases.count(1_000) / 80;

    private static final List<SerializableSupplier<Funnel>> FUNNELS = List.of(
            () -> Funnel.builder().step("view").step("cart").step(Step.anyOf("pay", "card_paid"))
                    .window(Duration.ofMillis(40)).build(),
            () -> Funnel.builder().step("view").step("cart").step("pay").window(Duration.ofMillis(60))
                    .options(FunnelOptions.defaults().with(FunnelOptions.StepOrder.STRICT)).build(),
            () -> Funnel.builder().step("view").step(Step.anyOf("view 2", "view")).step("pay").window(Duration.ofMillis(50))
                    .options(FunnelOptions.defaults().with(FunnelOptions.StepOrder.ANY)
                            .with(FunnelOptions.EventReuse.ONE_STEP)).build(),
            () -> Funnel.builder().step("view").step("cart").step("pay").window(Duration.ofMillis(80))
                    .options(FunnelOptions.defaults().with(FunnelOptions.Anchor.FIRST)
                            .with(FunnelOptions.RepeatedStep.STOP).with(FunnelOptions.Timestamps.STRICTLY_INCREASING))
                    .build());

    private static final StructType LONG_SCHEMA = new StructType().add("user", DataTypes.LongType)
            .add("ts", DataTypes.LongType).add("event", DataTypes.StringType);
    private static final StructType STRING_SCHEMA = new StructType().add("user", DataTypes.StringType)
            .add("ts", DataTypes.TimestampType).add("event", DataTypes.StringType);

    static Stream<Integer> logs() {
        return IntStream.range(0, LOGS).boxed();
    }

    @ParameterizedTest
    @MethodSource("logs")
    void everyFunnelEqualsTheInProcessEngine(int index) {
        SplittableRandom r = Cases.random(index);
        int n = r.nextInt(5) == 0 ? r.nextInt(3) : r.nextInt(600);
        long[] users = new long[n];
        long[] times = new long[n];
        String[] types = new String[n];
        List<Row> longRows = new ArrayList<>();
        List<Row> stringRows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users[i] = r.nextInt(1 + n / 4);
            times[i] = 1_700_000_000_000L + r.nextInt(200);
            types[i] = TYPES[r.nextInt(TYPES.length)];
            longRows.add(RowFactory.create(users[i], times[i], types[i]));
            stringRows.add(RowFactory.create("u-" + users[i], Instant.ofEpochMilli(times[i]), types[i]));
        }
        EventLog log = EventLog.of(users, times, types);
        int partitions = 1 + r.nextInt(3);
        Dataset<Row> byLong = LocalSpark.session().createDataFrame(longRows, LONG_SCHEMA).repartition(partitions);
        Dataset<Row> byString = LocalSpark.session().createDataFrame(stringRows, STRING_SCHEMA);
        for (int f = 0; f < FUNNELS.size(); f++) {
            SparkFunnel spark = SparkFunnel.of(FUNNELS.get(f), "user", "ts", "event");
            FunnelResult expected = spark.funnel().count(log);
            // alternate the two column layouts to keep the job count down
            assertEquals(expected, spark.count(f % 2 == 0 ? byLong : byString), "funnel " + f + ", " + n + " events");
        }
    }

    @Test
    void badColumnsAndInputOrderTiesAreRefused() {
        Dataset<Row> df = LocalSpark.session().createDataFrame(List.of(RowFactory.create(1L, 5L, "view")),
                LONG_SCHEMA);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> SparkFunnel.of(FUNNELS.get(0), "customer", "ts", "event").count(df));
        assertTrue(missing.getMessage().contains("column 'customer' of the entity is not in the Dataset"),
                missing.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> SparkFunnel.of(FUNNELS.get(0), "user", "event", "event").count(df));
        assertTrue(type.getMessage().contains("column 'event' of the time must be TIMESTAMP or BIGINT"),
                type.getMessage());
        IllegalArgumentException ties = assertThrows(IllegalArgumentException.class,
                () -> SparkFunnel.of(() -> Funnel.builder().step("view").step("pay").window(Duration.ofMillis(5))
                        .options(FunnelOptions.defaults().with(FunnelOptions.TieOrder.BY_INPUT_ORDER)).build(),
                        "user", "ts", "event"));
        assertTrue(ties.getMessage().contains("tieOrder must not be BY_INPUT_ORDER"), ties.getMessage());
    }
}
