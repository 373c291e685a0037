package org.kpisdk.goals;

import java.util.Optional;

import org.kpisdk.core.metric.FunnelStage;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.StandardMetrics;

/** How kpi-goals resolves a bare metric id: in {@link StandardMetrics#catalog()}, the default catalog. */
final class Identities {
    private Identities() {
    }

    /** Returns the standard metric with this id, or empty. */
    static Optional<MetricDefinition> standard(String metricId) {
        return StandardMetrics.catalog().metric(metricId);
    }

    /** Returns the family of a standard metric id, else the id itself (a metric with no known variants). */
    static String family(String metricId) {
        return standard(metricId).map(MetricDefinition::family).orElse(metricId);
    }

    /** Returns the stage of a standard metric id, else {@link FunnelStage#UNASSIGNED}. */
    static FunnelStage stage(String metricId) {
        return standard(metricId).map(MetricDefinition::stage).orElse(FunnelStage.UNASSIGNED);
    }

    /**
     * Returns whether a value of metric {@code a} may be compared with a value of metric {@code b}: the same id, or
     * two variants of one family that compute the same formula (aliases such as {@code engagement_rate} and
     * {@code engagement_rate_by_impressions}). Variants with other formulas ({@code engagement_rate_by_reach}) have
     * other scales, so their values are not comparable.
     */
    static boolean comparable(MetricDefinition a, MetricDefinition b) {
        return a.id().equals(b.id()) || (a.family().equals(b.family()) && a.formula().equals(b.formula()));
    }
}
