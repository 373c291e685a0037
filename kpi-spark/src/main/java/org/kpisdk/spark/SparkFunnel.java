package org.kpisdk.spark;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.kpisdk.funnel.EventLog;
import org.kpisdk.funnel.Funnel;
import org.kpisdk.funnel.FunnelOptions;
import org.kpisdk.funnel.FunnelResult;

/**
 * A kpi-funnel {@link Funnel} counted over a Spark {@code Dataset<Row>} of events (entity, time, event type): the
 * events are partitioned by entity, so every entity's events meet in one partition; the library's funnel engine
 * counts each partition's entities; the level counts are added on the driver ({@link FunnelResult#plus}, the merge
 * the library documents for logs that share no entity). The result equals {@code funnel.count(log)} for an
 * {@link EventLog} of the same rows, with every option of the funnel.
 *
 * <pre>{@code
 * SparkFunnel checkout = SparkFunnel.of(
 *         () -> Funnel.builder().step("view").step("cart").step("pay").window(Duration.ofDays(7)).build(),
 *         "user_id", "event_time", "event");
 * FunnelResult r = checkout.count(spark.table("events"));
 * r.counts().overallConversion(2);
 * }</pre>
 *
 * <p>Columns: the entity is {@code STRING} or integral; the time is {@code TIMESTAMP} (read as epoch milliseconds)
 * or {@code BIGINT} (epoch milliseconds, the log's unit); the event type is {@code STRING}. A null in any of them
 * is refused. The funnel travels to the executors as a {@link SerializableSupplier}. {@code TieOrder.BY_INPUT_ORDER}
 * is refused: a Dataset's row order is not defined. Immutable and thread-safe.
 */
public final class SparkFunnel {
    private final SerializableSupplier<Funnel> recipe;
    private final Funnel funnel;
    private final String entityColumn;
    private final String timeColumn;
    private final String typeColumn;

    private SparkFunnel(SerializableSupplier<Funnel> recipe, Funnel funnel, String entityColumn, String timeColumn,
            String typeColumn) {
        this.recipe = recipe;
        this.funnel = funnel;
        this.entityColumn = entityColumn;
        this.timeColumn = timeColumn;
        this.typeColumn = typeColumn;
    }

    /**
     * Returns the funnel over Datasets with the given entity, time and event type columns.
     *
     * @throws IllegalArgumentException for a blank column name or a funnel ordering ties by input order
     */
    public static SparkFunnel of(SerializableSupplier<Funnel> funnel, String entityColumn, String timeColumn,
            String typeColumn) {
        Objects.requireNonNull(funnel, "funnel");
        Funnel f = Objects.requireNonNull(funnel.get(), "funnel.get()");
        if (f.options().tieOrder() == FunnelOptions.TieOrder.BY_INPUT_ORDER) {
            throw new IllegalArgumentException("funnel option tieOrder must not be BY_INPUT_ORDER in Spark, was "
                    + "BY_INPUT_ORDER: a Dataset's row order is not defined; use BY_STEP_INDEX");
        }
        return new SparkFunnel(funnel, f, EventColumns.checkName(entityColumn, "entityColumn"),
                EventColumns.checkName(timeColumn, "timeColumn"), EventColumns.checkName(typeColumn, "typeColumn"));
    }

    /** Returns the funnel (as built on the driver). */
    public Funnel funnel() {
        return funnel;
    }

    /**
     * Returns the number of entities at each level over every event of {@code events}.
     *
     * @throws IllegalArgumentException if a column is missing or of the wrong type (before any job runs), or, from
     *                                  the job, a null or a negative timestamp
     */
    public FunnelResult count(Dataset<Row> events) {
        Objects.requireNonNull(events, "events");
        StructType schema = events.schema();
        EventColumns.checkKey(schema, entityColumn, "the entity");
        EventColumns.checkString(schema, typeColumn, "the event type");
        Dataset<Row> input = events.select(functions.col(entityColumn).as("_e"),
                EventColumns.millis(schema, timeColumn, "the time").as("_t"), functions.col(typeColumn).as("_y"));
        List<byte[]> parts;
        try {
            parts = input.repartition(functions.col("_e"))
                    .mapPartitions(new CountPartition(recipe, entityColumn, timeColumn, typeColumn), Encoders.BINARY())
                    .collectAsList();
        } catch (Exception e) { // SparkException is checked but thrown undeclared by Scala code
            throw Jobs.unwrap(e);
        }
        FunnelResult total = FunnelResult.empty(funnel.stepNames());
        for (byte[] part : parts) {
            ByteBuffer b = ByteBuffer.wrap(part);
            long[] atLevel = new long[part.length / Long.BYTES];
            for (int k = 0; k < atLevel.length; k++) {
                atLevel[k] = b.getLong();
            }
            total = total.plus(FunnelResult.of(funnel.stepNames(), atLevel));
        }
        return total;
    }

    /** Returns the funnel and the columns. */
    @Override
    public String toString() {
        return "SparkFunnel[" + funnel + ", entity=" + entityColumn + ", time=" + timeColumn + ", type="
                + typeColumn + "]";
    }

    /** Counts one partition's entities with the library's engine; emits the counts per level as bytes. */
    private static final class CountPartition implements MapPartitionsFunction<Row, byte[]> {
        private static final long serialVersionUID = 1L;
        private final SerializableSupplier<Funnel> recipe;
        private final String entityColumn;
        private final String timeColumn;
        private final String typeColumn;

        CountPartition(SerializableSupplier<Funnel> recipe, String entityColumn, String timeColumn,
                String typeColumn) {
            this.recipe = recipe;
            this.entityColumn = entityColumn;
            this.timeColumn = timeColumn;
            this.typeColumn = typeColumn;
        }

        @Override
        public Iterator<byte[]> call(Iterator<Row> rows) {
            if (!rows.hasNext()) {
                return List.<byte[]>of().iterator();
            }
            Map<Object, Long> ids = new HashMap<>();
            EventLog.Builder log = EventLog.builder();
            while (rows.hasNext()) {
                Row r = rows.next();
                Object entity = r.get(0);
                if (entity == null || r.isNullAt(1) || r.isNullAt(2)) {
                    String column = entity == null ? entityColumn : r.isNullAt(1) ? timeColumn : typeColumn;
                    throw new IllegalArgumentException("column '" + column + "' of an event must not be null: " + r);
                }
                Long id = ids.computeIfAbsent(entity, k -> (long) ids.size());
                log.add(id, r.getLong(1), r.getString(2));
            }
            FunnelResult result = recipe.get().count(log.build());
            int levels = result.steps().size() + 1;
            ByteBuffer out = ByteBuffer.allocate(levels * Long.BYTES);
            for (int k = 0; k < levels; k++) {
                out.putLong(result.atLevel(k).value());
            }
            List<byte[]> one = new ArrayList<>(1);
            one.add(out.array());
            return one.iterator();
        }
    }
}
