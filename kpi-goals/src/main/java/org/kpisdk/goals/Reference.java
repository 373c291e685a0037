package org.kpisdk.goals;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.value.Dimensions;

/**
 * A reference value for a metric in a scope: a competitor's value, an industry benchmark, or an internal reference,
 * with its source. Targets are often set from references ("referential KPIs", seed 000).
 *
 * <pre>{@code
 * Reference rival = Reference.competitor("Rival Co", StandardMetrics.ENGAGEMENT_RATE,
 *         Dimensions.of("channel", "instagram", "content_type", "video"), new BigDecimal("0.05"));
 * rival.gap(new BigDecimal("0.04"));     // -0.01
 * rival.index(new BigDecimal("0.04"));   // Optional[80]: we are at 80 % of the competitor
 * rival.appliesTo(StandardMetrics.ENGAGEMENT_RATE_BY_IMPRESSIONS, scope);   // true: the same formula
 * rival.appliesTo(StandardMetrics.ENGAGEMENT_RATE_BY_REACH, scope);         // false: another scale
 * }</pre>
 *
 * <p>A reference applies to its own metric and to the variants of its metric's
 * {@linkplain MetricDefinition#family() family} that compute the same formula ({@code engagement_rate} and
 * {@code engagement_rate_by_impressions}); a variant with another denominator has values on another scale, so a
 * 3 % engagement rate by impressions says nothing about an engagement rate by reach. The reference's metric id is
 * resolved in the standard catalog.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind     competitor, industry benchmark or internal
 * @param source   who or what the value comes from: a competitor's name, a benchmark with its date
 * @param metricId the metric id
 * @param scope    the dimension filters the value applies to (empty: every scope)
 * @param value    the reference value
 */
public record Reference(Kind kind, String source, String metricId, Dimensions scope, BigDecimal value) {
    /** The kind of a reference. */
    public enum Kind {
        /** A named competitor's value. */
        COMPETITOR,
        /** A published industry benchmark. */
        INDUSTRY_BENCHMARK,
        /** An internal reference: another team, last year, a best practice. */
        INTERNAL
    }

    /** Validates the parts. */
    public Reference {
        Objects.requireNonNull(kind, "kind");
        Checks.text(source, "source");
        Checks.metricId(metricId, "metricId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(value, "value");
    }

    /** Returns a competitor's value. */
    public static Reference competitor(String competitor, String metricId, Dimensions scope, BigDecimal value) {
        return new Reference(Kind.COMPETITOR, competitor, metricId, scope, value);
    }

    /** Returns a competitor's value of {@code metric}. */
    public static Reference competitor(String competitor, MetricDefinition metric, Dimensions scope,
            BigDecimal value) {
        return competitor(competitor, Objects.requireNonNull(metric, "metric").id(), scope, value);
    }

    /** Returns an industry benchmark. */
    public static Reference benchmark(String source, String metricId, Dimensions scope, BigDecimal value) {
        return new Reference(Kind.INDUSTRY_BENCHMARK, source, metricId, scope, value);
    }

    /** Returns an industry benchmark of {@code metric}. */
    public static Reference benchmark(String source, MetricDefinition metric, Dimensions scope, BigDecimal value) {
        return benchmark(source, Objects.requireNonNull(metric, "metric").id(), scope, value);
    }

    /** Returns {@code actual − value}: positive when the actual value is above the reference. */
    public BigDecimal gap(BigDecimal actual) {
        return Objects.requireNonNull(actual, "actual").subtract(value);
    }

    /** Returns the index {@code 100 × actual / value}; empty when the reference value is 0. */
    public Optional<BigDecimal> index(BigDecimal actual) {
        Objects.requireNonNull(actual, "actual");
        return value.signum() == 0 ? Optional.empty() : Optional.of(Num.div(actual.multiply(Num.HUNDRED), value));
    }

    /**
     * Returns whether this reference applies to {@code metricId} in {@code scope}: the same metric, or a standard
     * metric of the same family and formula, and the reference's scope within {@code scope}.
     */
    public boolean appliesTo(String metricId, Dimensions scope) {
        Objects.requireNonNull(metricId, "metricId");
        Objects.requireNonNull(scope, "scope");
        if (this.metricId.equals(metricId)) {
            return scope.containsAll(this.scope);
        }
        Optional<MetricDefinition> metric = Identities.standard(metricId);
        return metric.isPresent() && appliesTo(metric.get(), scope);
    }

    /**
     * Returns whether this reference applies to {@code metric} in {@code scope}: the same metric id, or the
     * reference's metric (resolved in the standard catalog) and {@code metric} are of one family and compute the
     * same formula; and the reference's scope is within {@code scope}.
     */
    public boolean appliesTo(MetricDefinition metric, Dimensions scope) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(scope, "scope");
        boolean same = metricId.equals(metric.id()) || Identities.standard(metricId)
                .map(own -> Identities.comparable(own, metric)).orElse(false);
        return same && scope.containsAll(this.scope);
    }

    /** Returns a sentence such as {@code "competitor Rival Co: 0.05, gap -0.01, index 80"}. */
    public String describe(BigDecimal actual) {
        return label() + ": " + Num.fmt(value) + ", gap " + Num.fmt(gap(actual))
                + index(actual).map(i -> ", index " + Num.fmt(i)).orElse(", index undefined (reference is 0)");
    }

    /** {@code "competitor Rival Co"}, {@code "benchmark Mailchimp ..."}, {@code "reference last year"}. */
    String label() {
        String kindText = kind == Kind.COMPETITOR ? "competitor" : kind == Kind.INDUSTRY_BENCHMARK ? "benchmark"
                : "reference";
        return kindText + " " + source;
    }
}
