package org.kpisdk.spark;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;

import javax.annotation.Nullable;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.kpisdk.core.aggregate.PartialAggregate;
import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.data.ObservationTable;

/**
 * A Spark {@link Aggregator} whose state is the library's {@link PartialAggregate}: rows are gathered in chunks of
 * {@value #CHUNK_ROWS} into observation tables, aggregated by {@link Query#partial}, merged with
 * {@link PartialAggregate#plus}; the output is the partial's bytes, turned into a result on the driver.
 */
final class QueryAggregator extends Aggregator<Row, QueryAggregator.PartialBuffer, byte[]> {
    private static final long serialVersionUID = 1L;
    static final int CHUNK_ROWS = 65_536;

    private final SerializableSupplier<Query> recipe;
    private final ColumnMapping mapping;
    @Nullable
    private transient Query query;
    @Nullable
    private transient RowReader reader;

    private final int chunkRows;

    QueryAggregator(SerializableSupplier<Query> recipe, ColumnMapping mapping, int chunkRows) {
        this.recipe = recipe;
        this.mapping = mapping;
        this.chunkRows = chunkRows;
    }

    int chunkRows() {
        return chunkRows;
    }

    Query query() {
        if (query == null) {
            query = recipe.get();
        }
        return query;
    }

    RowReader reader() {
        if (reader == null) {
            reader = new RowReader(mapping);
        }
        return reader;
    }

    @Override
    public PartialBuffer zero() {
        return new PartialBuffer();
    }

    @Override
    public PartialBuffer reduce(PartialBuffer buffer, Row row) {
        buffer.add(this, row);
        return buffer;
    }

    @Override
    public PartialBuffer merge(PartialBuffer a, PartialBuffer b) {
        return a.merge(this, b);
    }

    @Override
    public byte[] finish(PartialBuffer buffer) {
        PartialAggregate p = buffer.partial(this);
        if (p.isEmpty()) {
            // no rows: the partial of an empty table still carries the query and the declared currencies
            p = query().partial(reader().newTable().build());
        }
        return p.toBytes();
    }

    @Override
    public Encoder<PartialBuffer> bufferEncoder() {
        return Encoders.javaSerialization(PartialBuffer.class);
    }

    @Override
    public Encoder<byte[]> outputEncoder() {
        return Encoders.BINARY();
    }

    /**
     * The buffer of {@link QueryAggregator}: the library's {@link PartialAggregate} of the rows seen so far plus a chunk
     * of rows not yet aggregated. Java serialization writes only the partial's bytes ({@link PartialAggregate#toBytes()},
     * the pending chunk being aggregated first), so no library type is serialised and no Kryo is needed.
     * Single-threaded, as Spark uses aggregation buffers. Public only because Spark's encoders require a public
     * class; its enclosing class is not API.
     */
    public static final class PartialBuffer implements Serializable {
        private static final long serialVersionUID = 1L;

        @Nullable
        private byte[] state;
        @Nullable
        private transient PartialAggregate partial;
        @Nullable
        private transient ObservationTable.Builder chunk;
        private transient int chunkRows;
        @Nullable
        private transient QueryAggregator owner;

        PartialBuffer() {
        }

        void add(QueryAggregator aggregator, Row row) {
            owner = aggregator;
            if (chunk == null) {
                chunk = aggregator.reader().newTable();
            }
            aggregator.reader().add(chunk, row);
            if (++chunkRows >= aggregator.chunkRows()) {
                flush(aggregator);
            }
        }

        /** Returns the partial of every row added or merged, aggregating the pending chunk first. */
        PartialAggregate partial(QueryAggregator aggregator) {
            flush(aggregator);
            if (partial == null) {
                partial = state == null ? PartialAggregate.empty()
                        : PartialAggregate.fromBytes(aggregator.query(), state);
                state = null;
            }
            return partial;
        }

        PartialBuffer merge(QueryAggregator aggregator, PartialBuffer other) {
            partial = partial(aggregator).plus(other.partial(aggregator));
            return this;
        }

        private void flush(QueryAggregator aggregator) {
            if (chunk == null) {
                return;
            }
            PartialAggregate p = aggregator.query().partial(chunk.build());
            chunk = null;
            chunkRows = 0;
            PartialAggregate before = partial;
            if (before == null && state != null) {
                before = PartialAggregate.fromBytes(aggregator.query(), state);
                state = null;
            }
            partial = before == null ? p : before.plus(p);
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            if (owner != null) {
                flush(owner);
            }
            if (partial != null) {
                state = partial.toBytes();
                partial = null;
            }
            out.defaultWriteObject();
        }
    }
}
