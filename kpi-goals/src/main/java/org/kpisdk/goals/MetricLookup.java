package org.kpisdk.goals;

import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.kpisdk.core.value.Dimensions;

/**
 * What the "measurable" SMART check asks of a metric catalog and a data source: does the metric exist, and does it
 * have data in a scope. A seam, so that any catalog or store can answer.
 *
 * <pre>{@code
 * MetricLookup lookup = MetricLookup.of(catalog::contains, (id, scope) -> table.hasRows(id, scope));
 * MetricLookup known = MetricLookup.withData(Set.of("reach", "impressions"));
 * }</pre>
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
}
