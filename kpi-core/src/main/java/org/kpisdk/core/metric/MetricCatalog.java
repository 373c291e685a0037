package org.kpisdk.core.metric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

import org.kpisdk.core.internal.Checks;

/**
 * An immutable set of metric definitions (and of base measures beyond {@link StandardMeasures}) looked up by id:
 * the names that formulas may refer to and that queries ask for.
 *
 * <pre>{@code
 * MetricCatalog catalog = MetricCatalog.builder()
 *         .addAll(StandardMetrics.catalog())
 *         .measure(BaseMeasure.additive("saves_organic", Unit.COUNT))
 *         .add(MetricDefinition.builder("organic_save_rate")
 *                 .expression("saves_organic / impressions", StandardMetrics.catalog()
 *                         .with(BaseMeasure.additive("saves_organic", Unit.COUNT))))
 *         .loadProviders(Thread.currentThread().getContextClassLoader())   // opt-in ServiceLoader discovery
 *         .build();
 * catalog.require("ctr").formula();   // "ad_clicks / impressions"
 * }</pre>
 *
 * <p>Registration is explicit; a duplicate id is refused naming both sources. Metrics keep their registration
 * order. A name in a formula resolves to a base measure first (the catalog's own, then {@link StandardMeasures}),
 * then to a metric.
 *
 * <p>Immutable and thread-safe; the {@link Builder} is single-threaded.
 */
public final class MetricCatalog {
    private static final MetricCatalog EMPTY = new MetricCatalog(Map.of(), Map.of(), Map.of(), Map.of());

    private final Map<String, MetricDefinition> metrics;
    private final Map<String, String> sources;
    private final Map<String, BaseMeasure> measures;
    private final Map<String, String> measureSources;

    private MetricCatalog(Map<String, MetricDefinition> metrics, Map<String, String> sources,
            Map<String, BaseMeasure> measures, Map<String, String> measureSources) {
        this.metrics = metrics;
        this.sources = sources;
        this.measures = measures;
        this.measureSources = measureSources;
    }

    /** Returns the catalog with no metric and only the {@link StandardMeasures}. */
    public static MetricCatalog empty() {
        return EMPTY;
    }

    /** Returns an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this catalog's metrics and measures. */
    public Builder toBuilder() {
        return new Builder().addAll(this);
    }

    /** Returns this catalog with one more base measure (a shortcut for formulas that need it). */
    public MetricCatalog with(BaseMeasure measure) {
        return toBuilder().measure(measure).build();
    }

    /** Returns the metric with the given id, or empty. */
    public Optional<MetricDefinition> metric(String id) {
        return Optional.ofNullable(metrics.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns the metric with the given id.
     *
     * @throws IllegalArgumentException naming the id when the catalog has no such metric
     */
    public MetricDefinition require(String id) {
        MetricDefinition metric = metrics.get(Objects.requireNonNull(id, "id"));
        Checks.argument(metric != null, "metric id must be one of the catalog's %d metrics, was '%s'",
                metrics.size(), id);
        return metric;
    }

    /** Returns whether the catalog has a metric with the given id. */
    public boolean contains(String id) {
        return metrics.containsKey(Objects.requireNonNull(id, "id"));
    }

    /** Returns where the metric with the given id was registered from, or empty. */
    public Optional<String> source(String id) {
        return Optional.ofNullable(sources.get(Objects.requireNonNull(id, "id")));
    }

    /** Returns the base measure with the given id: the catalog's own, else a {@link StandardMeasures standard} one. */
    public Optional<BaseMeasure> measure(String id) {
        BaseMeasure own = measures.get(Objects.requireNonNull(id, "id"));
        return own != null ? Optional.of(own) : StandardMeasures.byId(id);
    }

    /** Returns every metric, in registration order. */
    public List<MetricDefinition> metrics() {
        return List.copyOf(metrics.values());
    }

    /** Returns the base measures added to this catalog beyond the standard ones, in registration order. */
    public List<BaseMeasure> measures() {
        return List.copyOf(measures.values());
    }

    /** Returns the number of metrics. */
    public int size() {
        return metrics.size();
    }

    /** Returns {@code MetricCatalog[n metrics, m extra measures]}. */
    @Override
    public String toString() {
        return "MetricCatalog[" + metrics.size() + " metrics, " + measures.size() + " extra measures]";
    }

    /**
     * Builds a {@link MetricCatalog}: explicit registrations first, then (opt-in) the {@link MetricProvider}s a
     * {@link ServiceLoader} finds, in the order of their names. A single-threaded builder.
     */
    public static final class Builder {
        private static final String EXPLICIT = "explicit registration";

        private final Map<String, MetricDefinition> metrics = new LinkedHashMap<>();
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final Map<String, BaseMeasure> measures = new LinkedHashMap<>();
        private final Map<String, String> measureSources = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Registers a metric.
         *
         * @throws IllegalArgumentException if a metric with the same id is already registered, naming both sources
         */
        public Builder add(MetricDefinition metric) {
            return add(metric, EXPLICIT);
        }

        /**
         * Registers a metric, recording where it comes from (shown when a duplicate id is refused).
         *
         * @throws IllegalArgumentException if a metric with the same id is already registered, naming both sources
         */
        public Builder add(MetricDefinition metric, String source) {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(source, "source");
            String id = metric.id();
            String previous = sources.get(id);
            Checks.argument(previous == null, "duplicate metric id '%s': registered by %s and again by %s", id,
                    previous, source);
            metrics.put(id, metric);
            sources.put(id, source);
            return this;
        }

        /** Registers every metric and measure of {@code catalog}, keeping their sources. */
        public Builder addAll(MetricCatalog catalog) {
            Objects.requireNonNull(catalog, "catalog");
            catalog.measures.forEach((id, m) -> measure(m, catalog.measureSources.get(id)));
            catalog.metrics.forEach((id, m) -> add(m, catalog.sources.get(id)));
            return this;
        }

        /**
         * Adds a base measure that formulas may refer to.
         *
         * @throws IllegalArgumentException if another measure with the same id exists, standard or registered
         */
        public Builder measure(BaseMeasure measure) {
            return measure(measure, EXPLICIT);
        }

        private Builder measure(BaseMeasure measure, String source) {
            Objects.requireNonNull(measure, "measure");
            Optional<BaseMeasure> standard = StandardMeasures.byId(measure.id());
            Checks.argument(standard.isEmpty() || standard.get().equals(measure),
                    "measure '%s' (%s, %s) registered by %s conflicts with the standard measure (%s, %s)",
                    measure.id(), measure.unit(), measure.additivity(), source,
                    standard.map(BaseMeasure::unit).orElse(null), standard.map(BaseMeasure::additivity).orElse(null));
            if (standard.isPresent()) {
                return this;
            }
            BaseMeasure previous = measures.get(measure.id());
            Checks.argument(previous == null || previous.equals(measure),
                    "duplicate measure id '%s': registered by %s and again, differently, by %s", measure.id(),
                    measureSources.get(measure.id()), source);
            measures.put(measure.id(), measure);
            measureSources.putIfAbsent(measure.id(), source);
            return this;
        }

        /**
         * Discovers the {@link MetricProvider}s visible to {@code loader} through {@link ServiceLoader}, sorts them
         * by {@link MetricProvider#name() name} (then class name) so the result never depends on classpath order,
         * and registers the measures and metrics of each in turn. Each provider sees the catalog built so far.
         *
         * @throws IllegalArgumentException when two providers (or a provider and an explicit registration) define
         *                                  the same id, naming both
         */
        public Builder loadProviders(ClassLoader loader) {
            Objects.requireNonNull(loader, "loader");
            List<MetricProvider> providers = new ArrayList<>();
            ServiceLoader.load(MetricProvider.class, loader).forEach(providers::add);
            return addProviders(providers);
        }

        /** Registers the given providers as {@link #loadProviders} does, sorted by name then class name. */
        public Builder addProviders(List<? extends MetricProvider> providers) {
            Objects.requireNonNull(providers, "providers");
            List<MetricProvider> sorted = new ArrayList<>(providers);
            sorted.sort(Comparator.comparing(MetricProvider::name).thenComparing(p -> p.getClass().getName()));
            for (MetricProvider provider : sorted) {
                String source = "provider " + provider.name() + " (" + provider.getClass().getName() + ")";
                for (BaseMeasure m : provider.measures()) {
                    measure(m, source);
                }
                List<MetricDefinition> contributed = provider.metrics(build());
                Checks.argument(contributed != null, "%s returned null metrics", source);
                for (MetricDefinition m : contributed) {
                    add(m, source);
                }
            }
            return this;
        }

        /** Returns the catalog registered so far; the builder can go on. */
        public MetricCatalog build() {
            return new MetricCatalog(Collections.unmodifiableMap(new LinkedHashMap<>(metrics)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(sources)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(measures)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(measureSources)));
        }
    }
}
