package org.kpisdk.spark;

import java.util.Objects;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.kpisdk.core.aggregate.PartialAggregate;
import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.aggregate.QueryResult;

/**
 * A kpi-core {@link Query} over a Spark {@code Dataset<Row>}: the rows are read through a {@link ColumnMapping} and
 * aggregated by a Spark {@code Aggregator} whose buffer is the library's own {@link PartialAggregate} (the same scan
 * and the same merge as in-process, no second implementation of any metric); the driver evaluates the metrics. The
 * result is the {@link QueryResult} that {@code query.execute(table)} gives for a table of the same rows: same group
 * keys, same values, undefined values included.
 *
 * <pre>{@code
 * ColumnMapping mapping = ColumnMapping.builder().date("day").dimension("channel")
 *         .measure(StandardMeasures.IMPRESSIONS, "impressions").measure(StandardMeasures.AD_CLICKS, "clicks")
 *         .build();
 * SparkQuery ctrByChannel = SparkQuery.of(mapping,
 *         () -> Query.builder().metric(StandardMetrics.CTR).groupBy("channel").grain(TimeGrain.MONTH).build());
 * QueryResult result = ctrByChannel.execute(spark.table("ad_stats"));
 * }</pre>
 *
 * <p>The query travels to the executors as a {@link SerializableSupplier} (the library's queries are not
 * serialisable); partial states travel as bytes ({@link PartialAggregate#toBytes()}), so neither Kryo nor
 * {@code --add-opens} is needed. Bad mappings are refused when the {@code SparkQuery} is made (a dimension or measure
 * the query needs and the mapping lacks) and when it is executed (a column missing from the Dataset or of the wrong
 * type), before any Spark job runs. Immutable and thread-safe.
 */
public final class SparkQuery {
    private final ColumnMapping mapping;
    private final SerializableSupplier<Query> recipe;
    private final Query query;
    private final int chunkRows;

    private SparkQuery(ColumnMapping mapping, SerializableSupplier<Query> recipe, Query query, int chunkRows) {
        this.mapping = mapping;
        this.recipe = recipe;
        this.query = query;
        this.chunkRows = chunkRows;
    }

    /**
     * Returns a query over Datasets read through {@code mapping}.
     *
     * @throws IllegalArgumentException if the query groups or filters by a dimension, or needs a measure, that the
     *                                  mapping does not map
     */
    public static SparkQuery of(ColumnMapping mapping, SerializableSupplier<Query> query) {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(query, "query");
        Query q = Objects.requireNonNull(query.get(), "query.get()");
        mapping.checkCovers(q);
        return new SparkQuery(mapping, query, q, QueryAggregator.CHUNK_ROWS);
    }

    /** Returns this query aggregating chunks of {@code rows} rows per table (tests use small chunks). */
    SparkQuery withChunkRows(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("chunk rows must be >= 1, was " + rows);
        }
        return new SparkQuery(mapping, recipe, query, rows);
    }

    /** Returns the query (as built on the driver). */
    public Query query() {
        return query;
    }

    /** Returns the column mapping. */
    public ColumnMapping mapping() {
        return mapping;
    }

    /**
     * Returns the query's result over every row of {@code rows} (one Spark job).
     *
     * @throws IllegalArgumentException if a mapped column is missing or of the wrong type (before any job), or, from
     *                                  the job, a row the observation table refuses (null date or dimension, a
     *                                  negative count, another currency)
     */
    public QueryResult execute(Dataset<Row> rows) {
        return partial(rows).result();
    }

    /**
     * Returns the mergeable partial aggregate of every row of {@code rows}: merge it with partials of other
     * Datasets or tables of the same query ({@link PartialAggregate#plus}).
     *
     * @throws IllegalArgumentException as {@link #execute}
     */
    public PartialAggregate partial(Dataset<Row> rows) {
        Objects.requireNonNull(rows, "rows");
        mapping.checkSchema(rows.schema());
        String[] names = mapping.inputColumns();
        Column[] columns = new Column[names.length];
        // the date travels as days since the epoch: no java.sql.Date conversion (which needs JDK internals)
        Column[] inputs = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            Column c = functions.col(names[i]);
            columns[i] = (i == 0 ? functions.unix_date(c) : c).as("_" + i); // positional names: no clashes
            inputs[i] = functions.col("_" + i);
        }
        Dataset<Row> input = rows.select(columns);
        QueryAggregator aggregator = new QueryAggregator(recipe, mapping, chunkRows);
        Column aggregate = functions.udaf(aggregator, Encoders.row(input.schema())).apply(inputs);
        Row out;
        try {
            out = input.agg(aggregate).first();
        } catch (Exception e) { // SparkException is checked but thrown undeclared by Scala code
            throw Jobs.unwrap(e);
        }
        byte[] bytes = (byte[]) out.get(0);
        return PartialAggregate.fromBytes(query, bytes);
    }

    /** Returns the query and the mapping. */
    @Override
    public String toString() {
        return "SparkQuery[" + query + ", " + mapping + "]";
    }
}
