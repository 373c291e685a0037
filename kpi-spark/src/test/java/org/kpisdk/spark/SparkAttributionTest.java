package org.kpisdk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
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
import org.kpisdk.core.value.Money;
import org.kpisdk.funnel.attribution.AttributionModel;
import org.kpisdk.funnel.attribution.AttributionResult;
import org.kpisdk.funnel.attribution.JourneyEvent;
import org.kpisdk.funnel.attribution.JourneySet;
import org.kpisdk.funnel.attribution.ShapleyModel;
import org.kpisdk.testkit.Cases;

/**
 * {@link SparkAttribution} gives the channel credits, revenues, totals and warnings of the in-process models over
 * {@code JourneySet.fromEvents} of the same generated events, for heuristic models, Markov and Shapley.
 */
final class SparkAttributionTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String[] CHANNELS = {"display", "search", "social", "email", "direct"};
    /** Generated event logs: one Spark job each, so a few dozen rather than 1,000. */
    private static final int LOGS = Cases.count(1_000) / 80;
    private static final StructType SCHEMA = new StructType().add("customer", DataTypes.StringType)
            .add("at", DataTypes.TimestampType).add("channel", DataTypes.StringType)
            .add("order_value", DataTypes.createDecimalType(12, 2));

    private static final List<AttributionModel> MODELS = List.of(AttributionModel.firstTouch(),
            AttributionModel.lastTouch(), AttributionModel.lastNonDirectTouch(), AttributionModel.linear(),
            AttributionModel.linearPerChannel(), AttributionModel.positionBased(), AttributionModel.markov(),
            AttributionModel.shapley(ShapleyModel.ValueFunction.SUBSET_CONVERSIONS),
            AttributionModel.orderedShapley());

    static Stream<Integer> logs() {
        return IntStream.range(0, LOGS).boxed();
    }

    /** Customers' journeys: each conversion follows at least one touch; times distinct per customer. */
    static List<JourneyEvent> events(SplittableRandom r) {
        List<JourneyEvent> out = new ArrayList<>();
        int customers = 1 + r.nextInt(60);
        for (int c = 0; c < customers; c++) {
            long t = 1_700_000_000_000L + r.nextInt(1_000);
            int journeys = 1 + r.nextInt(3);
            for (int j = 0; j < journeys; j++) {
                int touches = 1 + r.nextInt(4);
                for (int k = 0; k < touches; k++) {
                    t += 1 + r.nextInt(5_000);
                    out.add(JourneyEvent.touch("c" + c, Instant.ofEpochMilli(t), CHANNELS[r.nextInt(CHANNELS.length)]));
                }
                if (r.nextInt(10) < 6) {
                    t += 1 + r.nextInt(5_000);
                    out.add(JourneyEvent.conversion("c" + c, Instant.ofEpochMilli(t),
                            Money.of(BigDecimal.valueOf(r.nextInt(50_000), 2), EUR)));
                }
            }
        }
        Collections.shuffle(out, new java.util.Random(r.nextLong()));
        return out;
    }

    static Dataset<Row> dataset(List<JourneyEvent> events, int partitions) {
        List<Row> rows = new ArrayList<>();
        for (JourneyEvent e : events) {
            rows.add(RowFactory.create(e.customer(), e.time(), e.touchpoint().map(t -> t.channel()).orElse(null),
                    e.value().map(Money::amount).orElse(null)));
        }
        return LocalSpark.session().createDataFrame(rows, SCHEMA).repartition(partitions);
    }

    private static void assertSameAttribution(AttributionResult expected, AttributionResult actual) {
        assertEquals(expected.model(), actual.model());
        assertEquals(expected.channels(), actual.channels(), expected.model());
        assertEquals(expected.totalConversions(), actual.totalConversions(), expected.model());
        assertEquals(expected.totalRevenue(), actual.totalRevenue(), expected.model());
        assertEquals(expected.warnings(), actual.warnings(), expected.model());
    }

    @ParameterizedTest
    @MethodSource("logs")
    void everyPathModelEqualsTheInProcessEngine(int index) {
        SplittableRandom r = Cases.random(index);
        List<JourneyEvent> events = events(r);
        JourneySet journeys = JourneySet.fromEvents(EUR, events);
        SparkAttribution spark = SparkAttribution.of(EUR, "customer", "at", "channel", "order_value");
        Dataset<Row> df = dataset(events, 1 + r.nextInt(3));
        JourneySet paths = spark.paths(df);
        assertEquals(journeys.totalConversions(), paths.totalConversions());
        assertEquals(journeys.totalNonConversions(), paths.totalNonConversions());
        assertEquals(journeys.totalValue(), paths.totalValue());
        for (AttributionModel model : MODELS) {
            assertSameAttribution(model.attribute(journeys), model.attribute(paths));
        }
        if (index % 4 == 0) { // attribute() runs the job again: check it on a quarter of the logs
            AttributionModel one = MODELS.get(r.nextInt(MODELS.size()));
            assertSameAttribution(one.attribute(journeys), spark.attribute(df, one));
        }
    }

    @Test
    void badColumnsAndTimeDecayAreRefused() {
        List<JourneyEvent> events = events(Cases.random(3));
        Dataset<Row> df = dataset(events, 1);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> SparkAttribution.of(EUR, "customer", "at", "medium", "order_value").paths(df));
        assertTrue(missing.getMessage().contains("column 'medium' of the channel is not in the Dataset"),
                missing.getMessage());
        IllegalArgumentException value = assertThrows(IllegalArgumentException.class,
                () -> SparkAttribution.of(EUR, "customer", "at", "channel", "channel").paths(df));
        assertTrue(value.getMessage().contains("column 'channel' of the conversion value must be DECIMAL"),
                value.getMessage());
        SparkAttribution spark = SparkAttribution.of(EUR, "customer", "at", "channel", "order_value");
        assertThrows(IllegalArgumentException.class,
                () -> spark.attribute(df, AttributionModel.timeDecay(Duration.ofDays(7))));
    }
}
