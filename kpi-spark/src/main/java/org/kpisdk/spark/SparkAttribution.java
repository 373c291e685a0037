package org.kpisdk.spark;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import org.kpisdk.core.value.Money;
import org.kpisdk.funnel.attribution.AttributionModel;
import org.kpisdk.funnel.attribution.AttributionResult;
import org.kpisdk.funnel.attribution.JourneyEvent;
import org.kpisdk.funnel.attribution.JourneySet;

/**
 * Attribution over a Spark {@code Dataset<Row>} of journey events (customer, time, and either a touch's channel or
 * a conversion's value): the events are partitioned by customer and split into journeys by the library
 * ({@link JourneySet#fromEvents}) on the executors; journeys are aggregated to distinct paths (conversions,
 * non-conversions, value) in Spark; the driver runs the {@link AttributionModel} on that small set of paths. For
 * every model that reads only paths — first, last, last non-direct touch, linear, position based, Markov (its
 * transition counts follow from the path counts, and its chain is solved on the driver), Shapley, your own path
 * rules — the channel credits and revenues equal those of {@code model.attribute(JourneySet.fromEvents(...))} over
 * the same events.
 *
 * <pre>{@code
 * SparkAttribution journeys = SparkAttribution.of(Currency.getInstance("EUR"),
 *         "customer_id", "event_time", "channel", "order_value");
 * AttributionResult markov = journeys.attribute(spark.table("touches_and_orders"), AttributionModel.markov());
 * markov.revenueByChannel();
 * }</pre>
 *
 * <p>Columns: the customer is {@code STRING} or integral; the time is {@code TIMESTAMP} or {@code BIGINT} (epoch
 * milliseconds); a row with a non-null {@code DECIMAL} (or integral) value is a conversion, any other row a touch on
 * its {@code STRING} channel. Ties at one instant put touches before conversions (as the library does) and then
 * order by channel: a Dataset's row order is not defined, so "the order given" of the in-process log cannot be kept.
 * Time decay is not available here: the paths carry no times, and the model refuses them. Immutable and
 * thread-safe.
 */
public final class SparkAttribution {
    private static final DecimalType VALUE_TYPE = DataTypes.createDecimalType(38, 18);
    private static final StructType PATH_SCHEMA = new StructType()
            .add("path", DataTypes.createArrayType(DataTypes.StringType, false))
            .add("conversions", DataTypes.LongType).add("non_conversions", DataTypes.LongType)
            .add("value", VALUE_TYPE);

    private final Currency currency;
    private final String customerColumn;
    private final String timeColumn;
    private final String channelColumn;
    private final String valueColumn;

    private SparkAttribution(Currency currency, String customerColumn, String timeColumn, String channelColumn,
            String valueColumn) {
        this.currency = currency;
        this.customerColumn = customerColumn;
        this.timeColumn = timeColumn;
        this.channelColumn = channelColumn;
        this.valueColumn = valueColumn;
    }

    /**
     * Returns attribution over Datasets with the given columns, conversion values in {@code currency}.
     *
     * @throws IllegalArgumentException for a blank column name
     */
    public static SparkAttribution of(Currency currency, String customerColumn, String timeColumn,
            String channelColumn, String valueColumn) {
        return new SparkAttribution(Objects.requireNonNull(currency, "currency"),
                EventColumns.checkName(customerColumn, "customerColumn"),
                EventColumns.checkName(timeColumn, "timeColumn"), EventColumns.checkName(channelColumn, "channelColumn"),
                EventColumns.checkName(valueColumn, "valueColumn"));
    }

    /**
     * Returns the distinct paths of every journey in {@code events}, with their conversions, non-conversions and
     * value summed in Spark (one job).
     *
     * @throws IllegalArgumentException if a column is missing or of the wrong type (before any job runs), or, from
     *                                  the job, what {@link JourneySet#fromEvents} refuses (a conversion without a
     *                                  touch since the previous one, a negative value) or a null customer or time
     */
    public JourneySet paths(Dataset<Row> events) {
        Objects.requireNonNull(events, "events");
        StructType schema = events.schema();
        EventColumns.checkKey(schema, customerColumn, "the customer");
        EventColumns.checkString(schema, channelColumn, "the channel");
        DataType v = ColumnMapping.field(schema, valueColumn, "the conversion value").dataType();
        if (!(v instanceof DecimalType) && !ColumnMapping.integral(v)) {
            throw new IllegalArgumentException("column '" + valueColumn + "' of the conversion value must be DECIMAL"
                    + " or integral, was " + v.sql());
        }
        Dataset<Row> input = events.select(functions.col(customerColumn).cast(DataTypes.StringType).as("_c"),
                EventColumns.millis(schema, timeColumn, "the time").as("_t"),
                functions.col(valueColumn).isNotNull().as("_k"), functions.col(channelColumn).as("_h"),
                functions.col(valueColumn).cast(VALUE_TYPE).as("_v"));
        List<Row> paths;
        try {
            paths = input.repartition(functions.col("_c")).sortWithinPartitions("_c", "_t", "_k", "_h")
                    .mapPartitions(new PathsOfPartition(currency, customerColumn, timeColumn, channelColumn),
                            Encoders.row(PATH_SCHEMA))
                    .groupBy("path")
                    .agg(functions.sum("conversions"), functions.sum("non_conversions"), functions.sum("value"))
                    .collectAsList();
        } catch (Exception e) { // SparkException is checked but thrown undeclared by Scala code
            throw Jobs.unwrap(e);
        }
        JourneySet.Builder out = JourneySet.builder(currency);
        for (Row p : paths) {
            List<String> channels = p.getList(0);
            out.addPath(channels, p.getLong(1), p.getLong(2), Money.of(p.getDecimal(3), currency));
        }
        return out.build();
    }

    /**
     * Returns {@code model}'s attribution of the journeys in {@code events}: {@code model.attribute(paths(events))}.
     *
     * @throws IllegalArgumentException as {@link #paths}, or from the model (time decay refuses paths without times)
     */
    public AttributionResult attribute(Dataset<Row> events, AttributionModel model) {
        Objects.requireNonNull(model, "model");
        return model.attribute(paths(events));
    }

    /** Returns the currency and the columns. */
    @Override
    public String toString() {
        return "SparkAttribution[" + currency.getCurrencyCode() + ", customer=" + customerColumn + ", time="
                + timeColumn + ", channel=" + channelColumn + ", value=" + valueColumn + "]";
    }

    /** Splits one partition's customers into journeys with the library; emits one row per journey. */
    private static final class PathsOfPartition implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final Currency currency;
        private final String customerColumn;
        private final String timeColumn;
        private final String channelColumn;

        PathsOfPartition(Currency currency, String customerColumn, String timeColumn, String channelColumn) {
            this.currency = currency;
            this.customerColumn = customerColumn;
            this.timeColumn = timeColumn;
            this.channelColumn = channelColumn;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            List<JourneyEvent> events = new ArrayList<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                if (r.isNullAt(0) || r.isNullAt(1)) {
                    throw new IllegalArgumentException("column '" + (r.isNullAt(0) ? customerColumn : timeColumn)
                            + "' of a journey event must not be null: " + r);
                }
                Instant time = Instant.ofEpochMilli(r.getLong(1));
                if (r.getBoolean(2)) {
                    events.add(JourneyEvent.conversion(r.getString(0), time, Money.of(r.getDecimal(4), currency)));
                } else if (r.isNullAt(3)) {
                    throw new IllegalArgumentException("column '" + channelColumn
                            + "' must not be null on a touch (a row without a conversion value): " + r);
                } else {
                    events.add(JourneyEvent.touch(r.getString(0), time, r.getString(3)));
                }
            }
            if (events.isEmpty()) {
                return List.<Row>of().iterator();
            }
            JourneySet set = JourneySet.fromEvents(currency, events);
            List<Row> out = new ArrayList<>(set.size());
            for (int i = 0; i < set.size(); i++) {
                BigDecimal value = set.value(i).amount().setScale(VALUE_TYPE.scale());
                out.add(RowFactory.create(set.path(i).toArray(new String[0]), set.conversions(i), set.nonConversions(i), value));
            }
            return out.iterator();
        }
    }
}
