package org.kpisdk.core.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.PeriodKey;

/**
 * The result of a {@link Query}: one row per group (dimension values and period) with one {@link MetricValue} per
 * metric, in the query's metric order. An undefined value (a ratio over zero, a missing input) is shown as
 * undefined, never NaN.
 *
 * <pre>{@code
 * QueryResult result = query.execute(table);
 * for (QueryResult.Row row : result.rows()) {
 *     row.dimensions();          // {channel=search}
 *     row.period();              // Optional[2026-03]
 *     row.value("ctr");          // 0.01 (40/4000)
 * }
 * }</pre>
 *
 * <p>Rows are ordered by dimension values (in grouping order, compared as text), then by period. Immutable,
 * thread-safe and value-based.
 */
public final class QueryResult {
    private final Query query;
    private final List<Row> rows;

    QueryResult(Query query, List<Row> rows) {
        this.query = query;
        this.rows = List.copyOf(rows);
    }

    /** Returns the query. */
    public Query query() {
        return query;
    }

    /** Returns the rows. */
    public List<Row> rows() {
        return rows;
    }

    /** Returns the number of rows. */
    public int size() {
        return rows.size();
    }

    /** Returns the row of the given dimensions and period (empty for a query without a grain), if any. */
    public Optional<Row> find(Dimensions dimensions, Optional<PeriodKey> period) {
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(period, "period");
        for (Row r : rows) {
            if (r.dimensions.equals(dimensions) && Objects.equals(r.period, period.orElse(null))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof QueryResult queryResult && queryResult.query.equals(query) && queryResult.rows.equals(rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    /** Returns the result as a text table, one line per row. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        List<String> ids = new ArrayList<>();
        query.metrics().forEach(m -> ids.add(m.id()));
        s.append("dimensions | period | rows | ").append(String.join(" | ", ids)).append('\n');
        for (Row r : rows) {
            s.append(r).append('\n');
        }
        return s.toString();
    }

    /** One group of a result. Immutable, thread-safe and value-based. */
    public static final class Row {
        private final Dimensions dimensions;
        @Nullable
        private final PeriodKey period;
        private final long observations;
        private final List<MetricValue> values;
        private final List<Change> changes;
        private final Query query;

        Row(Dimensions dimensions, @Nullable PeriodKey period, long observations, List<MetricValue> values,
                List<Change> changes, Query query) {
            this.dimensions = dimensions;
            this.period = period;
            this.observations = observations;
            this.values = values;
            this.changes = changes;
            this.query = query;
        }

        /** Returns the group's dimension values (the query's grouping dimensions). */
        public Dimensions dimensions() {
            return dimensions;
        }

        /** Returns the group's period, or empty when the query has no grain. */
        public Optional<PeriodKey> period() {
            return Optional.ofNullable(period);
        }

        /** Returns the number of observations aggregated (over the whole window for a trailing query). */
        public long observations() {
            return observations;
        }

        /** Returns the metric values, in the query's metric order. */
        public List<MetricValue> values() {
            return values;
        }

        /** Returns the value of the metric with the given id. */
        public MetricValue value(String metricId) {
            return values.get(index(metricId));
        }

        /** Returns the period-over-period change of a metric, or empty when the query has no comparison. */
        public Optional<Change> change(String metricId) {
            int i = index(metricId);
            return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(i));
        }

        private int index(String metricId) {
            Objects.requireNonNull(metricId, "metricId");
            List<MetricDefinition> metrics = query.metrics();
            for (int i = 0; i < metrics.size(); i++) {
                if (metrics.get(i).id().equals(metricId)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(Checks.format("metric '%s' is not in the query", metricId));
        }

        @Override
        public boolean equals(@Nullable Object o) {
            if (!(o instanceof Row r)) {
                return false;
            }
            return dimensions.equals(r.dimensions) && Objects.equals(period, r.period)
                    && observations == r.observations && values.equals(r.values) && changes.equals(r.changes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(dimensions, period, values);
        }

        /** Returns {@code dimensions | period | observations | values...}. */
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            s.append(dimensions).append(" | ").append(period == null ? "-" : period).append(" | ")
                    .append(observations);
            for (int i = 0; i < values.size(); i++) {
                s.append(" | ").append(values.get(i));
                if (!changes.isEmpty()) {
                    s.append(" [").append(changes.get(i)).append(']');
                }
            }
            return s.toString();
        }
    }
}
