package org.kpisdk.core.metric;

import java.util.Objects;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Direction;
import org.kpisdk.core.value.Unit;

/**
 * What a metric is, apart from how it is computed: its stable id, display name, unit, direction, valid range,
 * a one-line description and the source of its definition.
 *
 * <pre>{@code
 * MetricInfo info = StandardMetrics.CTR.info();
 * info.id();          // "ctr"
 * info.direction();   // HIGHER_IS_BETTER
 * }</pre>
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
 */
public record MetricInfo(String id, String name, Unit unit, Direction direction, ValueRange range,
        String description, String source) {
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
    }
}
