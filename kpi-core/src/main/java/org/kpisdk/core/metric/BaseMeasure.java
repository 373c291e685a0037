package org.kpisdk.core.metric;

import java.util.Objects;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Unit;

/**
 * A raw quantity that observations carry and metrics are computed from: impressions, clicks, cost, followers…
 *
 * <pre>{@code
 * BaseMeasure saves = BaseMeasure.of("saves", Unit.COUNT, Additivity.ADDITIVE);
 * BaseMeasure seats = BaseMeasure.gauge("seats", Unit.COUNT, GaugeReduction.LAST);
 * }</pre>
 *
 * <p>A measure's values are whole numbers: counts, seconds for {@link Unit#DURATION}, and micros of a currency
 * for {@link Unit#MONEY} (the currency is declared by each observation table, not by the measure). The
 * {@link Additivity} decides how values combine; a gauge also names its default {@link GaugeReduction}.
 *
 * <p>Immutable, thread-safe and value-based. Ids are lowercase snake case, like metric ids.
 *
 * @param id               stable lowercase snake case id, such as {@code impressions}
 * @param unit             {@link Unit#COUNT}, {@link Unit#MONEY} or {@link Unit#DURATION}
 * @param additivity       how values combine across rows
 * @param defaultReduction how a gauge is reduced over a period; {@link GaugeReduction#LAST} for other measures
 */
public record BaseMeasure(String id, Unit unit, Additivity additivity, GaugeReduction defaultReduction) {
    /** Validates the id and the unit. */
    public BaseMeasure {
        checkId(id, "measure id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(additivity, "additivity");
        Objects.requireNonNull(defaultReduction, "defaultReduction");
        Checks.argument(unit == Unit.COUNT || unit == Unit.MONEY || unit == Unit.DURATION,
                "unit of measure '%s' must be COUNT, MONEY or DURATION, was %s", id, unit);
    }

    /** Returns a measure with the given additivity ({@link GaugeReduction#LAST} for gauges). */
    public static BaseMeasure of(String id, Unit unit, Additivity additivity) {
        return new BaseMeasure(id, unit, additivity, GaugeReduction.LAST);
    }

    /** Returns an additive measure. */
    public static BaseMeasure additive(String id, Unit unit) {
        return new BaseMeasure(id, unit, Additivity.ADDITIVE, GaugeReduction.LAST);
    }

    /** Returns a semi-additive measure (a gauge) reduced over a period by {@code reduction}. */
    public static BaseMeasure gauge(String id, Unit unit, GaugeReduction reduction) {
        return new BaseMeasure(id, unit, Additivity.SEMI_ADDITIVE, reduction);
    }

    /** Returns a non-additive measure (a distinct count). */
    public static BaseMeasure distinct(String id) {
        return new BaseMeasure(id, Unit.COUNT, Additivity.NON_ADDITIVE, GaugeReduction.LAST);
    }

    /** Returns whether values of this measure are amounts of money (stored as micros). */
    public boolean isMoney() {
        return unit == Unit.MONEY;
    }

    /** Checks a metric or measure id: lowercase snake case, 1 to 64 characters. */
    static String checkId(String id, String field) {
        Objects.requireNonNull(id, field);
        boolean valid = !id.isEmpty() && id.length() <= 64 && id.charAt(0) >= 'a' && id.charAt(0) <= 'z';
        for (int i = 1; valid && i < id.length(); i++) {
            char c = id.charAt(i);
            valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }
        Checks.argument(valid, "%s must be lowercase snake case [a-z][a-z0-9_]* of at most 64 characters, was '%s'",
                field, id);
        return id;
    }

    /** Returns the id. */
    @Override
    public String toString() {
        return id;
    }
}
