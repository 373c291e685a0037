package org.kpisdk.core.metric;

import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;

/**
 * One aggregated quantity a metric reads from a group of observations: the group's value of a base measure
 * (summed, or reduced per period for a gauge), or the partial state of an explicit mean of per-row rates.
 *
 * <pre>{@code
 * Input.of(StandardMeasures.IMPRESSIONS);                          // the sum of impressions
 * Input.of(StandardMeasures.FOLLOWERS, GaugeReduction.FIRST);      // followers at period start, summed over series
 * Input.of(StandardMeasures.LEADS).withNullPolicy(NullPolicy.ZERO);   // coalesce(leads, 0)
 * }</pre>
 *
 * <p>Every input is mergeable from partial sums except the value of a {@link Additivity#NON_ADDITIVE} measure. The
 * aggregation engine computes each distinct {@link #stateKey() state} once per group, whatever the null policy.
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class Input {
    /** What an input aggregates. */
    public enum Kind {
        /** The group's value of a measure, following the measure's {@link Additivity}. */
        VALUE,
        /**
         * The exact sum over rows of the rate {@code numerator / denominator}, each row's rate computed to
         * {@link Input#RATE_CONTEXT} (40 significant digits, half even; exact when it terminates sooner), skipping
         * rows whose denominator is zero: the numerator of a mean of rates. Summing is exact, so the sum does not
         * depend on the order of rows or merges.
         */
        RATE_SUM,
        /** The number of rows whose rate {@code numerator / denominator} is defined: a mean of rates' count. */
        RATE_COUNT
    }

    /**
     * The precision of one row's rate in a {@link Kind#RATE_SUM}: 40 significant digits, half even, six more than
     * {@link MetricValue#CONTEXT}, so that a mean of rates agrees with the exact mean of the rows' quotients to
     * the 34 significant digits of a {@link MetricValue} (however small the rates: there is no fixed point).
     */
    public static final MathContext RATE_CONTEXT = new MathContext(40, RoundingMode.HALF_EVEN);

    private final Kind kind;
    private final BaseMeasure measure;
    @Nullable
    private final BaseMeasure denominator;
    private final GaugeReduction reduction;
    private final NullPolicy nullPolicy;

    private Input(Kind kind, BaseMeasure measure, @Nullable BaseMeasure denominator, GaugeReduction reduction,
            NullPolicy nullPolicy) {
        this.kind = kind;
        this.measure = measure;
        this.denominator = denominator;
        this.reduction = reduction;
        this.nullPolicy = nullPolicy;
    }

    /** Returns the group's value of {@code measure}; a gauge uses its default reduction. */
    public static Input of(BaseMeasure measure) {
        Objects.requireNonNull(measure, "measure");
        return new Input(Kind.VALUE, measure, null, measure.defaultReduction(), NullPolicy.ABSENT);
    }

    /** Returns the group's value of the gauge {@code measure} reduced over each period by {@code reduction}. */
    public static Input of(BaseMeasure measure, GaugeReduction reduction) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(reduction, "reduction");
        Checks.argument(measure.additivity() == Additivity.SEMI_ADDITIVE,
                "a gauge reduction applies to semi-additive measures only, '%s' is %s", measure.id(),
                measure.additivity());
        return new Input(Kind.VALUE, measure, null, reduction, NullPolicy.ABSENT);
    }

    /** Returns the exact sum of per-row rates {@code numerator / denominator} (see {@link Kind#RATE_SUM}). */
    public static Input rateSum(BaseMeasure numerator, BaseMeasure denominator) {
        return rate(Kind.RATE_SUM, numerator, denominator);
    }

    /** Returns the number of rows whose rate {@code numerator / denominator} is defined. */
    public static Input rateCount(BaseMeasure numerator, BaseMeasure denominator) {
        return rate(Kind.RATE_COUNT, numerator, denominator);
    }

    private static Input rate(Kind kind, BaseMeasure numerator, BaseMeasure denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        return new Input(kind, numerator, denominator, GaugeReduction.LAST, NullPolicy.ABSENT);
    }

    /** Returns this input with another null policy. */
    public Input withNullPolicy(NullPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return policy == nullPolicy ? this : new Input(kind, measure, denominator, reduction, policy);
    }

    /** Returns what this input aggregates. */
    public Kind kind() {
        return kind;
    }

    /** Returns the measure (the numerator, for a rate input). */
    public BaseMeasure measure() {
        return measure;
    }

    /**
     * Returns the denominator measure of a rate input.
     *
     * @throws IllegalStateException for a {@link Kind#VALUE} input
     */
    public BaseMeasure denominator() {
        Checks.state(denominator != null, "input %s has no denominator", this);
        return denominator;
    }

    /** Returns how a gauge is reduced over a period (meaningful for semi-additive measures only). */
    public GaugeReduction reduction() {
        return reduction;
    }

    /** Returns what a missing value means. */
    public NullPolicy nullPolicy() {
        return nullPolicy;
    }

    /** Returns whether this input can be merged from partial aggregates (false for a distinct count's value). */
    public boolean isMergeable() {
        return kind != Kind.VALUE || measure.additivity() != Additivity.NON_ADDITIVE;
    }

    /**
     * Returns this input with the {@link NullPolicy#ABSENT} policy: the key of the state the engine aggregates,
     * shared by inputs that differ only in null policy.
     */
    public Input stateKey() {
        return withNullPolicy(NullPolicy.ABSENT);
    }

    /**
     * Returns the reason an input has no value: {@code table has no measure 'leads'} when {@code undeclared} is a
     * measure of the input, else that no row carried it.
     */
    static String missingReason(Input input, @Nullable BaseMeasure undeclared) {
        if (undeclared != null) {
            return "table has no measure '" + undeclared.id() + "'";
        }
        if (input.kind != Kind.VALUE) {
            return "no row carries both '" + input.measure.id() + "' and '" + input.denominator().id() + "'";
        }
        return "no observation of '" + input.stateKey() + "'";
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof Input that)) {
            return false;
        }
        return kind == that.kind && measure.equals(that.measure) && Objects.equals(denominator, that.denominator)
                && reduction == that.reduction && nullPolicy == that.nullPolicy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, measure, denominator, reduction, nullPolicy);
    }

    /**
     * Returns the input in formula syntax: {@code impressions}, {@code first(followers)},
     * {@code rate_sum(engagements, reach)}, and {@code coalesce(leads, 0)} under the {@link NullPolicy#ZERO} policy.
     */
    @Override
    public String toString() {
        String base = switch (kind) {
            case RATE_SUM -> "rate_sum(" + measure.id() + ", " + denominator + ")";
            case RATE_COUNT -> "rate_count(" + measure.id() + ", " + denominator + ")";
            default -> measure.additivity() == Additivity.SEMI_ADDITIVE && reduction != measure.defaultReduction()
                        ? reduction.name().toLowerCase(java.util.Locale.ROOT) + "(" + measure.id() + ")"
                        : measure.id();
        };
        return nullPolicy == NullPolicy.ZERO ? "coalesce(" + base + ", 0)" : base;
    }
}
