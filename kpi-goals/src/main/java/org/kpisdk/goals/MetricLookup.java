package org.kpisdk.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.MetricCatalog;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.value.Dimensions;

/**
 * What the "measurable" SMART check asks of a metric catalog and a data source: does the metric exist, and does it
 * have data in a scope. A seam, so that any catalog or store can answer.
 *
 * <pre>{@code
 * MetricLookup real = MetricLookup.of(StandardMetrics.catalog(), table);   // the catalog and the observations
 * MetricLookup custom = MetricLookup.of(catalog::contains, (id, scope) -> warehouse.hasRows(id, scope));
 * MetricLookup known = MetricLookup.withData(Set.of("reach", "impressions"));
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe; the library's own are.
 */
public interface MetricLookup {
    /** Returns whether the catalog defines {@code metricId}. */
    boolean exists(String metricId);

    /** Returns whether there is data for {@code metricId} in {@code scope}. */
    boolean hasData(String metricId, Dimensions scope);

    /** Returns a lookup from two predicates. */
    static MetricLookup of(Predicate<String> exists, BiPredicate<String, Dimensions> hasData) {
        Objects.requireNonNull(exists, "exists");
        Objects.requireNonNull(hasData, "hasData");
        return new MetricLookup() {
            @Override
            public boolean exists(String metricId) {
                return exists.test(metricId);
            }

            @Override
            public boolean hasData(String metricId, Dimensions scope) {
                return hasData.test(metricId, scope);
            }
        };
    }

    /** Returns a lookup in which exactly the given ids exist, each with data in every scope. */
    static MetricLookup withData(Set<String> metricIds) {
        Set<String> ids = Set.copyOf(metricIds);
        return of(ids::contains, (id, scope) -> ids.contains(id));
    }

    /**
     * Returns the lookup of a metric catalog and an observation table: a metric exists when {@code catalog}
     * defines it, and has data in a scope when some row of {@code table} matches every dimension of the scope and
     * carries a value of at least one measure the metric reads (for a rate input, its numerator or denominator).
     * A scope that names a dimension the table does not have has no data; so has a metric none of whose measures
     * the table declares. Each {@code hasData} call scans the table once.
     *
     * <pre>{@code
     * MetricLookup lookup = MetricLookup.of(StandardMetrics.catalog(), table);
     * lookup.hasData("engagement_rate_by_impressions", Dimensions.of("channel", "instagram"));
     * }</pre>
     */
    static MetricLookup of(MetricCatalog catalog, ObservationTable table) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(table, "table");
        return of(catalog::contains, (id, scope) -> {
            Objects.requireNonNull(scope, "scope");
            Optional<MetricDefinition> metric = catalog.metric(id);
            if (metric.isEmpty() || !table.dimensions().containsAll(scope.keys())) {
                return false;
            }
            List<BaseMeasure> measures = new ArrayList<>();
            for (Input input : metric.get().inputs()) {
                measures.add(input.measure());
                if (input.kind() != Input.Kind.VALUE) {
                    measures.add(input.denominator());
                }
            }
            measures.retainAll(table.measures());
            for (int row = 0; row < table.size() && !measures.isEmpty(); row++) {
                if (inScope(table, row, scope)) {
                    for (BaseMeasure m : measures) {
                        if (table.value(row, m).isPresent()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        });
    }

    private static boolean inScope(ObservationTable table, int row, Dimensions scope) {
        for (Map.Entry<String, String> d : scope) {
            if (!table.dimension(row, d.getKey()).equals(d.getValue())) {
                return false;
            }
        }
        return true;
    }
}
