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

    /** Returns the id of the KPI family this metric is a variant of, {@code info().family()}. */
    default String family() {
        return info().family();
    }

    /** Returns the funnel stage the metric measures, {@code info().stage()}. */
    default FunnelStage stage() {
        return info().stage();
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
     * Returns a builder preset with every field of {@code info}: id, name, direction, range, description, source,
     * family, stage, and its unit as the declared unit.
     */
    static Builder builder(MetricInfo info) {
        java.util.Objects.requireNonNull(info, "info");
        return new Builder(info.id()).name(info.name()).direction(info.direction()).range(info.range())
                .description(info.description()).source(info.source()).family(info.family()).stage(info.stage())
                .unit(info.unit());
    }

    /**
     * Builds the built-in kinds of metric: a simple measure, a ratio of two inputs, an explicit mean of per-row
     * rates, or a formula over measures and other metrics ({@link #expression}). The descriptive fields default
     * to: name = id, direction = higher is better, unbounded range, empty
     * description and source, family = id (no variants), stage {@link FunnelStage#UNASSIGNED}, and a unit inferred
     * from the inputs.
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
        private String family;
        private FunnelStage stage = FunnelStage.UNASSIGNED;
        private Unit unit;

        Builder(String id) {
            this.id = BaseMeasure.checkId(id, "metric id");
            this.name = id;
            this.family = this.id;
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
         * Sets the KPI family this metric is a variant of (the id of the family's default variant, such as
         * {@code engagement_rate}); by default the metric's own id.
         */
        public Builder family(String family) {
            this.family = BaseMeasure.checkId(family, "family of metric '" + id + "'");
            return this;
        }

        /** Sets the funnel stage the metric measures; {@link FunnelStage#UNASSIGNED} by default. */
        public Builder stage(FunnelStage stage) {
            this.stage = java.util.Objects.requireNonNull(stage, "stage");
            return this;
        }

        /**
         * Overrides the inferred unit; it must be compatible with the inferred one (a ratio may be shown as
         * {@link Unit#PERCENT} or {@link Unit#SCORE}, or declared {@link Unit#PER_UNIT} when the count over a count is
         * an average per thing rather than a share; a count as a score).
         */
        public Builder unit(Unit unit) {
            this.unit = java.util.Objects.requireNonNull(unit, "unit");
            return this;
        }

        MetricInfo info(Unit inferred) {
            Unit chosen = unit == null ? inferred : Units.checkOverride(id, inferred, unit);
            return new MetricInfo(id, name, chosen, direction, range, description, source, family, stage);
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
         * the ratio of sums whenever denominators vary. Its partial state is the exact sum of the rows' rates (each
         * to {@link Input#RATE_CONTEXT}, 40 significant digits) and their count, so it merges exactly in any order
         * and its value agrees with the exact mean of the rows' quotients to 34 significant digits.
         */
        public MetricDefinition meanOfRates(BaseMeasure numerator, BaseMeasure denominator) {
            return new MeanOfRatesMetric(this, numerator, denominator);
        }

        /**
         * Returns a metric computed by a formula over base measures and the metrics of {@code catalog}, such as
         * {@code (likes + comments + shares) / impressions}.
         *
         * <pre>{@code
         * MetricDefinition er = MetricDefinition.builder("my_engagement_rate")
         *         .name("Engagement rate (likes, comments, shares, saves)")
         *         .expression("(likes + comments + shares + coalesce(saves, 0)) / impressions",
         *                 StandardMetrics.catalog());
         * er.unit();       // RATIO: a count over a count
         * er.formula();    // the canonical text, which parses back to an equal definition
         * }</pre>
         *
         * <p>Grammar: decimal numbers, names (a base measure of the catalog or {@link StandardMeasures}, else a
         * metric of the catalog), {@code + - * /}, unary minus and parentheses, and the functions
         * {@code first(m)}, {@code last(m)}, {@code average(m)}, {@code sum_over_time(m)} (the reductions of a
         * gauge), {@code coalesce(m, 0)} (the {@link NullPolicy#ZERO zero} null policy on a measure) and
         * {@code mean_of_rates(n, d)} (an explicit mean of per-row rates). Operators associate to the left,
         * {@code * /} bind tighter than {@code + -}.
         *
         * <p>Units are inferred: a sum needs equal units (money + count is refused), a plain number adopts the
         * other unit, money or a duration over a count keeps its unit, a count over a count is a ratio (declare
         * {@link Unit#PER_UNIT} with {@link #unit} when it is an average such as shares per post), money
         * times money and a count over money are refused. A missing {@link NullPolicy#ABSENT} input, a missing
         * referenced metric value or a zero denominator makes the value undefined; it never becomes NaN. A
         * division by a literal zero is refused. Formulas are limited to 65,536 characters and a nesting depth of
         * 256.
         *
         * @throws FormulaException naming the position and the token of the first problem
         */
        public MetricDefinition expression(String formula, MetricCatalog catalog) {
            return new ExpressionMetric(this, java.util.Objects.requireNonNull(formula, "formula"), catalog);
        }
    }
}
