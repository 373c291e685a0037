package org.kpisdk.core.metric;

import java.util.Objects;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Direction;
import org.kpisdk.core.value.Unit;

/**
 * What a metric is, apart from how it is computed: its stable id, display name, unit, direction, valid range,
 * a one-line description, the source of its definition, the KPI family it belongs to and its funnel stage.
 *
 * <pre>{@code
 * MetricInfo info = StandardMetrics.ENGAGEMENT_RATE_BY_REACH.info();
 * info.id();          // "engagement_rate_by_reach"
 * info.direction();   // HIGHER_IS_BETTER
 * info.family();      // "engagement_rate": a variant of the engagement rate
 * info.stage();       // ENGAGEMENT
 * }</pre>
 *
 * <p>A <em>family</em> groups the variants of one KPI (DOMAIN A.10): {@code engagement_rate},
 * {@code engagement_rate_by_reach} and {@code daily_engagement_rate} all measure the engagement rate, so a goal
 * type that asks for "engagement rate" accepts any of them. Its id is the id of the family's default variant; a
 * metric without variants is its own family. Variants of one family may differ in formula and scale, so values are
 * compared only between metrics of one formula.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param id          lowercase snake case, stable across releases
 * @param name        a human-readable name
 * @param unit        the unit of the metric's values
 * @param direction   which way is better
 * @param range       the valid values
 * @param description one line on what the metric means; may be empty
 * @param source      where the definition comes from (a URL or a citation); may be empty
 * @param family      the id of the KPI family (lowercase snake case); the metric's own id when it has no variants
 * @param stage       the funnel stage the metric measures; {@link FunnelStage#UNASSIGNED} when undeclared
 */
public record MetricInfo(String id, String name, Unit unit, Direction direction, ValueRange range,
        String description, String source, String family, FunnelStage stage) {
    /**
     * Returns the information of a metric that is its own family and has no declared stage
     * ({@link FunnelStage#UNASSIGNED}).
     */
    public MetricInfo(String id, String name, Unit unit, Direction direction, ValueRange range, String description,
            String source) {
        this(id, name, unit, direction, range, description, source, id, FunnelStage.UNASSIGNED);
    }

    /** Validates every field. */
    public MetricInfo {
        BaseMeasure.checkId(id, "metric id");
        Objects.requireNonNull(name, "name");
        Checks.argument(!name.isBlank(), "name of metric '%s' must not be blank", id);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        BaseMeasure.checkId(family, "family of metric '" + id + "'");
        Objects.requireNonNull(stage, "stage");
    }

    /** Returns whether {@code other} belongs to the same KPI family as this metric. */
    public boolean sameFamily(MetricInfo other) {
        return family.equals(Objects.requireNonNull(other, "other").family);
    }
}
