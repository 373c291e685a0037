package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.MetricCatalog;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.TimeGrain;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Concurrency;
import org.kpisdk.testkit.ObservationSet;

/**
 * Shared immutable kpi-core objects — the standard catalog, a catalog with expression metrics, an observation table
 * and a query — used from {@value Concurrency#THREADS} threads released together: every result equals the
 * single-threaded result, and the query results also equal the recomputation from raw rows.
 */
final class ConcurrencyTest {
    private static final ObservationSet ROWS = ObservationSet.sets(400).next(new SplittableRandom(Cases.seed()));

    private static MetricCatalog withExpressions() {
        MetricCatalog standard = StandardMetrics.catalog();
        MetricCatalog.Builder b = standard.toBuilder();
        b.add(MetricDefinition.builder("ctr_pct").expression("ad_clicks / impressions * 100", standard));
        b.add(MetricDefinition.builder("cost_per_conversion_plus")
                .expression("cost / (conversions + ad_clicks)", standard));
        return b.build();
    }

    @Test
    void standardCatalogIsTheSameFromEveryThread() {
        List<MetricDefinition> single = StandardMetrics.catalog().metrics();
        assertFalse(single.isEmpty());
        Concurrency.sameFromThreads(Concurrency.THREADS, 200,
                () -> List.of(StandardMetrics.catalog().metrics(), StandardMetrics.catalog().toString()));
        assertEquals(single, StandardMetrics.catalog().metrics());
    }

    @Test
    void sharedQueryOverSharedTableGivesTheSingleThreadedResult() {
        ObservationTable table = ROWS.table();
        MetricCatalog catalog = withExpressions();
        Query query = Query.builder()
                .metric(catalog.require("ctr")).metric(catalog.require("ctr_pct"))
                .metric(catalog.require("cost_per_conversion_plus"))
                .groupBy("channel").grain(TimeGrain.WEEK).build();
        QueryResult single = Concurrency.sameFromThreads(Concurrency.THREADS, 30, () -> query.execute(table));
        // The single-threaded result itself is right: it equals the recomputation from the raw rows.
        Map<String, List<MetricValue>> reference = ROWS.reference(query);
        assertEquals(reference, ObservationSet.values(single));
        // A parallel execution inside each thread too.
        Concurrency.sameFromThreads(Concurrency.THREADS, 20, () -> query.execute(table, 3), ObservationSet::values);
        assertEquals(single, query.execute(table, 3));
    }

    @Test
    void sharedExpressionMetricsEvaluateTheSameFromEveryThread() {
        MetricCatalog catalog = withExpressions();
        ObservationTable table = ROWS.table();
        List<Query> queries = new ArrayList<>();
        for (String id : List.of("ctr_pct", "cost_per_conversion_plus", "ctr", "avg_cpc")) {
            queries.add(Query.builder().metric(catalog.require(id)).groupBy("region").build());
        }
        List<QueryResult> single = queries.stream().map(q -> q.execute(table)).toList();
        assertTrue(single.stream().allMatch(r -> r.size() > 0));
        Concurrency.sameFromThreads(Concurrency.THREADS, 40,
                () -> queries.stream().map(q -> q.execute(table)).toList());
        Concurrency.sameFromThreads(Concurrency.THREADS, 200,
                () -> MetricDefinition.builder("again").expression("ad_clicks / impressions * 100", catalog));
    }
}
