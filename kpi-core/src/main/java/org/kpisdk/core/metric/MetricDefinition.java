package org.kpisdk.core.metric;

import java.util.List;

import org.kpisdk.core.value.Direction;
import org.kpisdk.core.value.Unit;

/**
 * How a KPI follows from aggregated observations: what it is ({@link #info()}), which aggregated inputs it reads
 * ({@link #inputs()}) and how its value follows from them ({@link #evaluate}).
 *
 * <pre>{@code
 * MetricDefinition ctr = MetricDefinition.builder("ctr")
 *         .name("Click-through rate")
 *         .direction(Direction.HIGHER_IS_BETTER)
 *         .ratio(Input.of(StandardMeasures.AD_CLICKS), Input.of(StandardMeasures.IMPRESSIONS));
 * ctr.evaluate(values);   // 0.01 (40/4000); undefined when impressions are 0
 * }</pre>
 *
 * <p>Because a metric reads only aggregated inputs, it is always evaluated as a ratio of sums: the value of a
 * group is computed from the group's sums, never by averaging the values of its rows. The only exception is the
 * explicit {@linkplain Builder#meanOfRates mean of rates}, whose partial state is itself a sum.
 *
 * <p>Teams write their own metrics by implementing the three abstract methods, or through the builder.
 * Implementations must be immutable and thread-safe; {@code evaluate} must be a pure function of its argument and
 * must return an undefined value, never throw, when a value cannot be computed.
 */
public interface MetricDefinition {
    /** Returns what this metric is: id, name, unit, direction, range, description and source. */
    MetricInfo info();

    /** Returns the aggregated inputs this metric reads, in a stable order, without duplicates. */
    List<Input> inputs();

    /**
     * Returns the value for one group, computed from the group's aggregated inputs; undefined (never NaN) when an
     * {@link NullPolicy#ABSENT} input is missing or a denominator is zero.
     */
    MetricValue evaluate(InputValues values);

    /** Returns the stable id, {@code info().id()}. */
    default String id() {
        return info().id();
    }

    /** Returns the unit of values, {@code info().unit()}. */
    default Unit unit() {
        return info().unit();
    }

    /** Returns which way is better, {@code info().direction()}. */
    default Direction direction() {
        return info().direction();
    }

    /** Returns the formula as text, such as {@code ad_clicks / impressions}; by default the id. */
    default String formula() {
        return id();
    }

    /**
     * Returns whether the metric can be computed from merged partial aggregates: false when it reads the value of
     * a {@link Additivity#NON_ADDITIVE distinct count} such as reach.
     */
    default boolean isMergeable() {
        return inputs().stream().allMatch(Input::isMergeable);
    }

    /** Returns a builder for a metric with the given id. */
    static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Builds the built-in kinds of metric: a simple measure, a ratio of two inputs, an explicit mean of per-row
     * rates. The descriptive fields default to: name = id, direction = higher is better, unbounded range, empty
     * description and source, and a unit inferred from the inputs.
     *
     * <p>A single-threaded builder; the definitions it builds are immutable and thread-safe.
     */
    final class Builder {
        private final String id;
        private String name;
        private Direction direction = Direction.HIGHER_IS_BETTER;
        private ValueRange range = ValueRange.unbounded();
        private String description = "";
        private String source = "";
        private Unit unit;

        Builder(String id) {
            this.id = BaseMeasure.checkId(id, "metric id");
            this.name = id;
        }

        /** Sets the display name. */
        public Builder name(String name) {
            this.name = java.util.Objects.requireNonNull(name, "name");
            return this;
        }

        /** Sets which way is better. */
        public Builder direction(Direction direction) {
            this.direction = java.util.Objects.requireNonNull(direction, "direction");
            return this;
        }

        /** Sets the valid range. */
        public Builder range(ValueRange range) {
            this.range = java.util.Objects.requireNonNull(range, "range");
            return this;
        }

        /** Sets the one-line description. */
        public Builder description(String description) {
            this.description = java.util.Objects.requireNonNull(description, "description");
            return this;
        }

        /** Sets the source of the definition. */
        public Builder source(String source) {
            this.source = java.util.Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Overrides the inferred unit; it must be compatible with the inferred one (a ratio may be shown as
         * {@link Unit#PERCENT} or {@link Unit#SCORE}; a count as a score).
         */
        public Builder unit(Unit unit) {
            this.unit = java.util.Objects.requireNonNull(unit, "unit");
            return this;
        }

        MetricInfo info(Unit inferred) {
            Unit chosen = unit == null ? inferred : Units.checkOverride(id, inferred, unit);
            return new MetricInfo(id, name, chosen, direction, range, description, source);
        }

        /** Returns a metric whose value is the group's value of one input. */
        public MetricDefinition simple(Input input) {
            return new SimpleMetric(this, input);
        }

        /** Returns a metric whose value is {@code numerator / denominator}, undefined when the denominator is 0. */
        public MetricDefinition ratio(Input numerator, Input denominator) {
            return new RatioMetric(this, numerator, denominator);
        }

        /**
         * Returns the mean over rows of the per-row rate {@code numerator / denominator}, skipping rows whose
         * denominator is zero: an explicit <em>mean of rates</em> (Hootsuite's "average ERR"), which differs from
         * the ratio of sums whenever denominators vary. Its partial state is the fixed-point sum of rates and their
         * count, so it merges exactly.
         */
        public MetricDefinition meanOfRates(BaseMeasure numerator, BaseMeasure denominator) {
            return new MeanOfRatesMetric(this, numerator, denominator);
        }
    }
}
