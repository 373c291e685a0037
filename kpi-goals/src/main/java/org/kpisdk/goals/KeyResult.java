package org.kpisdk.goals;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import javax.annotation.Nullable;

import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.value.Direction;

/**
 * A key result of an {@link Objective}, scored from 0.0 to 1.0 (raw progress may leave that range).
 *
 * <pre>{@code
 * KeyResult cost = KeyResult.metric("Reduce costs to 350k", bd("450000"), bd("350000"), bd("400000"));
 * cost.rawProgress();                                  // 0.5: (400k − 450k) / (350k − 450k)
 * KeyResult cpa = KeyResult.metric("CPA to 0.80", StandardMetrics.CPA, bd("0.95"), bd("0.80"), bd("0.90"));
 * KeyResult.metric("CPA to 1.20", StandardMetrics.CPA, bd("0.95"), bd("1.20"), bd("1.00"));   // refused
 * cpa.scoredBy(KeyResult.Scoring.DESCENDING_RATIO).rawProgress();   // 0.888...: target 0.80 ÷ current 0.90
 * KeyResult launch = KeyResult.binary("Launch the VR app", true).withWeight(bd("2"));
 * KeyResult features = KeyResult.milestones("Ship six features", 3, 6);   // 0.5
 * KeyResult attrition = KeyResult.maintained("Keep attrition at 0%", 10, 12);
 * }</pre>
 *
 * <p>Kinds and their raw progress:
 * <ul>
 * <li>{@link Kind#METRIC}: {@code (current − start) / (target − start)}; works the same for decreasing targets
 * (target below start). Start equal to target is refused: there is no way to go, so progress is undefined; the
 * stated rule (after Perdoo's advice) is to use a {@link Kind#MAINTAINED} key result (periods in which the level
 * held) or a {@link Kind#BINARY} one.
 * <li>{@link Kind#BINARY}: 1 when achieved, else 0.
 * <li>{@link Kind#MILESTONES}: milestones reached / milestones planned.
 * <li>{@link Kind#MAINTAINED}: periods in which the level held / periods so far.
 * </ul>
 * {@link #progress()} clamps the raw progress to [0, 1] (over-achievement counts as 1, negative progress as 0, as
 * Perdoo rolls up); {@link #rawProgress()} keeps it (feedback4e's 120 %).
 *
 * <p>A metric key result built on a {@link MetricDefinition} keeps its id and inherits its direction: a target on
 * the wrong side of the start (a cost per acquisition "reduced" to a higher value) is refused naming both.
 *
 * <p>Scoring of a metric key result ({@link Scoring}): {@link Scoring#LINEAR} by default, as above; for a
 * lower-is-better key result, {@link Scoring#DESCENDING_RATIO} scores {@code target ÷ current} instead, so the
 * score does not depend on where the quarter started (a CPA of 0.90 against a target of 0.80 scores 0.889 whatever
 * the start, where the linear rule from a start of 0.95 gives 0.333).
 *
 * <p>Weights are non-negative, 1 by default. Immutable, thread-safe and value-based.
 */
public final class KeyResult {
    /** The kind of key result. */
    public enum Kind {
        /** A metric moved from a start value towards a target. */
        METRIC,
        /** Done or not. */
        BINARY,
        /** A count of milestones reached out of those planned. */
        MILESTONES,
        /** A level held in a count of periods out of those so far. */
        MAINTAINED
    }

    /**
     * How a {@link Kind#METRIC} key result turns start, target and current values into raw progress.
     */
    public enum Scoring {
        /** {@code (current − start) / (target − start)}, for either direction (the default). */
        LINEAR,
        /**
         * {@code target ÷ current}, for a lower-is-better key result with a positive target and current value:
         * 1 on target, above 1 below it. The rule for lower-is-better KPIs of, for example, the KPI achievement
         * rate calculator at https://codingace.net/prod/kpi_achievement_rate.html ("Achievement % = (Target ÷
         * Actual) × 100"); performance-management suites score a reduction target as {@code 2 − actual ÷ target}
         * instead (SAP Strategy Management 7.5, "Reduction" targets), which this library does not offer.
         */
        DESCENDING_RATIO
    }

    private final String name;
    private final Kind kind;
    private final Scoring scoring;
    @Nullable private final String metricId;
    @Nullable private final BigDecimal start;
    @Nullable private final BigDecimal target;
    @Nullable private final BigDecimal current;
    private final BigDecimal raw;
    private final BigDecimal weight;

    private KeyResult(String name, Kind kind, @Nullable String metricId, @Nullable BigDecimal start,
            @Nullable BigDecimal target, @Nullable BigDecimal current, BigDecimal raw, BigDecimal weight) {
        this(name, kind, Scoring.LINEAR, metricId, start, target, current, raw, weight);
    }

    private KeyResult(String name, Kind kind, Scoring scoring, @Nullable String metricId, @Nullable BigDecimal start,
            @Nullable BigDecimal target, @Nullable BigDecimal current, BigDecimal raw, BigDecimal weight) {
        this.name = name;
        this.kind = kind;
        this.scoring = scoring;
        this.metricId = metricId;
        this.start = start;
        this.target = target;
        this.current = current;
        this.raw = raw;
        this.weight = weight;
    }

    /**
     * Returns a metric key result.
     *
     * @throws IllegalArgumentException when {@code start} equals {@code target}
     */
    public static KeyResult metric(String name, BigDecimal start, BigDecimal target, BigDecimal current) {
        Checks.text(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(current, "current");
        Checks.argument(start.compareTo(target) != 0, "start must differ from target in metric key result '%s', both "
                + "were %s; use KeyResult.maintained(...) for a level to hold or KeyResult.binary(...)", name,
                start.toPlainString());
        BigDecimal raw = Num.div(current.subtract(start), target.subtract(start));
        return new KeyResult(name, Kind.METRIC, null, start, target, current, raw, BigDecimal.ONE);
    }

    /**
     * Returns a metric key result on {@code metric}, whose direction it inherits.
     *
     * @throws IllegalArgumentException when {@code start} equals {@code target}, or the target lies on the side of
     *                                  the start the metric's direction calls worse
     */
    public static KeyResult metric(String name, MetricDefinition metric, BigDecimal start, BigDecimal target,
            BigDecimal current) {
        Objects.requireNonNull(metric, "metric");
        KeyResult k = metric(name, start, target, current);
        Direction direction = metric.direction();
        boolean up = target.compareTo(start) > 0;
        Checks.argument(direction == Direction.NEUTRAL || up == (direction == Direction.HIGHER_IS_BETTER),
                "key result '%s' on metric '%s' (%s) must have a target %s its start %s, was %s", name, metric.id(),
                direction, up ? "below" : "above", start.toPlainString(), target.toPlainString());
        return new KeyResult(k.name, k.kind, k.scoring, metric.id(), k.start, k.target, k.current, k.raw, k.weight);
    }

    /** Returns a binary key result: progress 1 when achieved, else 0. */
    public static KeyResult binary(String name, boolean achieved) {
        return new KeyResult(Checks.text(name, "name"), Kind.BINARY, null, null, null, null,
                achieved ? BigDecimal.ONE : BigDecimal.ZERO, BigDecimal.ONE);
    }

    /** Returns a milestone key result: {@code reached / planned}, with {@code 0 <= reached <= planned}. */
    public static KeyResult milestones(String name, int reached, int planned) {
        return counted(name, Kind.MILESTONES, reached, planned, "reached", "planned");
    }

    /**
     * Returns a key result for a level to maintain: {@code periodsHeld / periods}, such as 10 of 12 weeks with 0 %
     * attrition.
     */
    public static KeyResult maintained(String name, int periodsHeld, int periods) {
        return counted(name, Kind.MAINTAINED, periodsHeld, periods, "periodsHeld", "periods");
    }

    private static KeyResult counted(String name, Kind kind, int done, int total, String doneName, String totalName) {
        Checks.text(name, "name");
        Checks.argument(total > 0, "%s must be > 0, was %d", totalName, total);
        Checks.argument(done >= 0 && done <= total, "%s must be in [0, %s = %d], was %d", doneName, totalName, total,
                done);
        BigDecimal raw = Num.div(BigDecimal.valueOf(done), BigDecimal.valueOf(total));
        return new KeyResult(name, kind, null, BigDecimal.ZERO, BigDecimal.valueOf(total), BigDecimal.valueOf(done), raw,
                BigDecimal.ONE);
    }

    /** Returns this key result with another weight, which must be {@code >= 0}. */
    public KeyResult withWeight(BigDecimal weight) {
        return new KeyResult(name, kind, scoring, metricId, start, target, current, raw, Checks.nonNegative(weight,
                "weight"));
    }

    /**
     * Returns this metric key result scored by {@code scoring}.
     *
     * @throws IllegalArgumentException for a key result that is not {@link Kind#METRIC}; for
     *                                  {@link Scoring#DESCENDING_RATIO}, when the target is not below the start (a
     *                                  lower-is-better key result) or the target or current value is not positive
     */
    public KeyResult scoredBy(Scoring scoring) {
        Objects.requireNonNull(scoring, "scoring");
        Checks.argument(kind == Kind.METRIC, "key result '%s' is %s; only METRIC key results have a scoring", name,
                kind);
        BigDecimal s = Objects.requireNonNull(start, "start");
        BigDecimal t = Objects.requireNonNull(target, "target");
        BigDecimal c = Objects.requireNonNull(current, "current");
        BigDecimal r;
        if (scoring == Scoring.LINEAR) {
            r = Num.div(c.subtract(s), t.subtract(s));
        } else {
            Checks.argument(t.compareTo(s) < 0, "key result '%s' scored by DESCENDING_RATIO must be lower-is-better "
                    + "(target below start), was start %s and target %s", name, s.toPlainString(), t.toPlainString());
            Checks.argument(t.signum() > 0, "key result '%s' scored by DESCENDING_RATIO needs a target > 0, was %s",
                    name, t.toPlainString());
            Checks.argument(c.signum() > 0, "key result '%s' scored by DESCENDING_RATIO needs a current value > 0, "
                    + "was %s (target ÷ current is undefined)", name, c.toPlainString());
            r = Num.div(t, c);
        }
        return new KeyResult(name, kind, scoring, metricId, s, t, c, r, weight);
    }

    /** Returns how raw progress is scored from the values: {@link Scoring#LINEAR} unless set. */
    public Scoring scoring() {
        return scoring;
    }

    /** Returns the name. */
    public String name() {
        return name;
    }

    /** Returns the kind. */
    public Kind kind() {
        return kind;
    }

    /** Returns the id of the metric a metric key result was built on, if it was built on a definition. */
    public Optional<String> metricId() {
        return Optional.ofNullable(metricId);
    }

    /** Returns the weight, 1 unless set. */
    public BigDecimal weight() {
        return weight;
    }

    /** Returns the start value (0 for counted kinds); empty for binary key results. */
    public Optional<BigDecimal> start() {
        return Optional.ofNullable(start);
    }

    /** Returns the target value (the planned count for counted kinds); empty for binary key results. */
    public Optional<BigDecimal> target() {
        return Optional.ofNullable(target);
    }

    /** Returns the current value (the count so far for counted kinds); empty for binary key results. */
    public Optional<BigDecimal> current() {
        return Optional.ofNullable(current);
    }

    /** Returns the progress as computed, which may be below 0 or above 1 for metric key results. */
    public BigDecimal rawProgress() {
        return raw;
    }

    /** Returns the progress clamped to [0, 1]. */
    public BigDecimal progress() {
        return Num.clamp01(raw);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof KeyResult k)) {
            return false;
        }
        return name.equals(k.name) && kind == k.kind && scoring == k.scoring && Objects.equals(metricId, k.metricId)
                && Objects.equals(start, k.start)
                && Objects.equals(target, k.target) && Objects.equals(current, k.current) && raw.equals(k.raw)
                && weight.equals(k.weight);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, scoring, metricId, start, target, current, raw, weight);
    }

    /** Returns {@code KeyResult[name, KIND, progress 0.5, weight 1]}. */
    @Override
    public String toString() {
        return "KeyResult[" + name + ", " + kind + (scoring == Scoring.LINEAR ? "" : " " + scoring) + ", progress " + Num.fmt(raw) + ", weight "
                + weight.toPlainString() + "]";
    }
}
