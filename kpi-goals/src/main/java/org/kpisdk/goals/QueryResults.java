package org.kpisdk.goals;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.aggregate.QueryResult;
import org.kpisdk.core.analysis.KpiSeries;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.TimeGrain;

/**
 * How the package reads an aggregation {@link QueryResult}: the scope of a row and the series of a metric in a
 * scope. One rule for every adapter, so that a goal finds its row, its history and its forecast the same way.
 */
final class QueryResults {
    private QueryResults() {
    }

    /**
     * The scope of a row: its grouping dimensions plus every filter of the query that keeps a single value of a
     * dimension it does not group by. A query {@code where("channel", "instagram").groupBy("content_type")} gives
     * the row {@code {content_type=video}} the scope {@code {channel=instagram, content_type=video}}, the scope of
     * a goal on Instagram videos.
     */
    static Dimensions scopeOf(Query query, QueryResult.Row row) {
        Dimensions scope = row.dimensions();
        for (Map.Entry<String, Set<String>> filter : query.filters().entrySet()) {
            if (filter.getValue().size() == 1 && !query.groupBy().contains(filter.getKey())) {
                scope = scope.and(filter.getKey(), filter.getValue().iterator().next());
            }
        }
        return scope;
    }

    /**
     * The series of {@code metricId} over the rows of {@code scope}, in period order; an undefined value stays
     * undefined.
     *
     * @throws IllegalArgumentException when the query has no time grain or does not compute the metric
     */
    static KpiSeries series(QueryResult result, String metricId, Dimensions scope) {
        Objects.requireNonNull(result, "result");
        Checks.metricId(metricId, "metricId");
        Objects.requireNonNull(scope, "scope");
        Query query = result.query();
        TimeGrain grain = query.grain().orElseThrow(() -> new IllegalArgumentException(
                "a series needs a query with a time grain, was " + query));
        requireMetric(query, metricId);
        return series(grain, result.rows().stream().filter(row -> scopeOf(query, row).equals(scope)).toList(),
                metricId);
    }

    /** The series of {@code metricId} over {@code rows}: rows of one group of a query of {@code grain}, in order. */
    static KpiSeries series(TimeGrain grain, List<QueryResult.Row> rows, String metricId) {
        KpiSeries.Builder series = KpiSeries.builder(grain);
        for (QueryResult.Row row : rows) {
            series.add(row.period().orElseThrow(), row.value(metricId).asDouble());
        }
        return series.build();
    }

    /** Throws unless the query computes {@code metricId}, naming the metrics it does compute. */
    static void requireMetric(Query query, String metricId) {
        boolean found = query.metrics().stream().anyMatch(m -> m.id().equals(metricId));
        Checks.argument(found, "metricId '%s' is not computed by the query, whose metrics are %s", metricId,
                query.metrics().stream().map(m -> m.id()).toList());
    }
}
