package org.kpisdk.core.metric;

import java.util.List;

/**
 * A service that contributes metrics (and base measures) to a {@link MetricCatalog}, so that a team can ship its
 * own KPI definitions as a jar without forking the library. Discovery is opt-in, through
 * {@link MetricCatalog.Builder#loadProviders(ClassLoader)} and a {@code META-INF/services} entry.
 *
 * <pre>{@code
 * public final class AcmeMetrics implements MetricProvider {
 *     public List<MetricDefinition> metrics(MetricCatalog available) {
 *         return List.of(MetricDefinition.builder("acme_save_rate")
 *                 .name("Save rate")
 *                 .expression("saves / impressions", available));
 *     }
 * }
 * // src/main/resources/META-INF/services/org.kpisdk.core.metric.MetricProvider contains: com.acme.AcmeMetrics
 * }</pre>
 *
 * <p>Implementations need a public no-argument constructor and must be stateless and thread-safe.
 */
public interface MetricProvider {
    /**
     * Returns the metrics this provider contributes. {@code available} holds every metric registered before this
     * provider (the explicitly added ones, then the providers that sort before this one), for formulas to refer
     * to.
     */
    List<MetricDefinition> metrics(MetricCatalog available);

    /** Returns the base measures this provider adds beyond {@link StandardMeasures}; none by default. */
    default List<BaseMeasure> measures() {
        return List.of();
    }

    /** Returns the name that orders providers and names them in errors; the class name by default. */
    default String name() {
        return getClass().getName();
    }
}
