package org.kpisdk.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.annotation.Nullable;

import org.kpisdk.core.metric.MetricCatalog;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Direction;

/**
 * A goal for one KPI: the metric and its scope, a baseline (value and date), a target, a deadline, optional
 * milestones, the business objective it serves and an owner.
 *
 * <pre>{@code
 * Goal goal = Goal.builder("Instagram UK engagement to 5%")
 *         .metric(StandardMetrics.ENGAGEMENT_RATE)        // higher is better, a ratio, family engagement_rate
 *         .scope(Dimensions.of("channel", "instagram", "region", "UK"))
 *         .baseline(new BigDecimal("0.030"), LocalDate.of(2026, 1, 1))
 *         .target(new BigDecimal("0.050"))
 *         .deadline(LocalDate.of(2026, 12, 31))
 *         .goalType(GoalType.COMMUNITY_ENGAGEMENT)
 *         .owner("social team")
 *         .build();
 * goal.expectedAt(LocalDate.of(2026, 7, 2));   // Optional[0.04...]: the straight-line pace
 *
 * Goal growth = Goal.builder("Engagement +20% by June").metric(StandardMetrics.ENGAGEMENT_RATE)
 *         .baseline(new BigDecimal("0.030"), LocalDate.of(2026, 1, 1))
 *         .targetChange(new BigDecimal("0.20"))              // a relative target: +20 % from the baseline
 *         .deadline(LocalDate.of(2026, 6, 30)).build();
 * growth.target();                               // Optional[0.03600]: baseline × 1.20, exact
 *
 * Goal cpa = Goal.builder("CPA to 25").metric("cpa").target(new BigDecimal("25")).build();
 * cpa.direction();                               // Optional[LOWER_IS_BETTER], from the catalog
 * Goal.builder("CPA up").metric("cpa").direction(Direction.HIGHER_IS_BETTER).build();   // refused
 * }</pre>
 *
 * <p>Everything but the name is optional, so that an incomplete goal can be built and judged by the
 * {@link SmartValidator}; a goal without what a computation needs yields an empty optional or a status of
 * {@link Status#NONE}, never an exception. Malformed parts still throw: a metric id that is not snake case, a blank
 * text, a {@link Direction#NEUTRAL} direction, two milestones on one date, an explicit direction that contradicts
 * the metric's, or no direction for a metric whose direction is {@link Direction#NEUTRAL}.
 *
 * <p>Identity: a goal's metric is a {@link MetricDefinition}, given directly or as an id resolved in a
 * {@link MetricCatalog} ({@link StandardMetrics#catalog()} by default), and the goal inherits its direction, unit,
 * family and funnel stage. An id the catalog lacks is kept as an id with no identity (the {@link SmartValidator}
 * reports it as not measurable).
 *
 * <p>Direction: {@link #direction()} is the one set explicitly, else the metric's; it never follows from the
 * baseline and target, because a baseline set for another reason would flip it. A goal whose metric is unknown
 * and whose direction is not set has none, and a status policy gives it no status.
 *
 * <p>Relative targets: {@link Builder#targetChange} states the target as a change from the baseline (seed 002's
 * "percentage improvement within a set period"); {@link #target()} is then {@code baseline × (1 + change)}, computed
 * exactly, so progress, pace, SMART validation and status read it like an absolute target. The baseline must be
 * positive (a percentage of zero or of a negative number says nothing); without a baseline the goal has no target,
 * and the {@link SmartValidator} says why.
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class Goal {
    private final String name;
    @Nullable private final String metricId;
    @Nullable private final MetricDefinition metric;
    private final Dimensions scope;
    @Nullable private final BigDecimal baseline;
    @Nullable private final LocalDate baselineDate;
    @Nullable private final BigDecimal target;
    @Nullable private final BigDecimal targetChange;
    @Nullable private final LocalDate deadline;
    private final List<Milestone> milestones;
    @Nullable private final GoalType goalType;
    @Nullable private final String justification;
    @Nullable private final String owner;
    @Nullable private final Direction direction;

    private Goal(Builder b) {
        this.name = b.name;
        this.metricId = b.metricId;
        this.metric = b.metric;
        this.scope = b.scope;
        this.baseline = b.baseline;
        this.baselineDate = b.baselineDate;
        this.targetChange = b.targetChange;
        if (b.targetChange != null) {
            Checks.argument(b.target == null, "goal '%s' must set a target or a target change, not both, was target "
                    + "%s and change %s", name, b.target == null ? "" : b.target.toPlainString(),
                    b.targetChange.toPlainString());
            Checks.argument(b.baseline == null || b.baseline.signum() > 0, "goal '%s' with a target change (%s) "
                    + "needs a baseline > 0, was %s", name, percent(b.targetChange),
                    b.baseline == null ? "" : b.baseline.toPlainString());
            this.target = b.baseline == null ? null : b.baseline.multiply(BigDecimal.ONE.add(b.targetChange));
        } else {
            this.target = b.target;
        }
        this.deadline = b.deadline;
        List<Milestone> sorted = new ArrayList<>(b.milestones);
        sorted.sort(Comparator.comparing(Milestone::date));
        for (int i = 1; i < sorted.size(); i++) {
            Checks.argument(!sorted.get(i).date().equals(sorted.get(i - 1).date()),
                    "milestones must have distinct dates, %s appears twice", sorted.get(i).date());
        }
        this.milestones = List.copyOf(sorted);
        this.goalType = b.goalType;
        this.justification = b.justification;
        this.owner = b.owner;
        this.direction = b.direction;
        if (metric != null) {
            Direction inherent = metric.direction();
            if (inherent == Direction.NEUTRAL) {
                Checks.argument(direction != null, "goal '%s' must set its direction: metric '%s' has direction "
                        + "NEUTRAL, so neither way is better by itself", name, metric.id());
            } else {
                Checks.argument(direction == null || direction == inherent, "direction of goal '%s' must agree with "
                        + "metric '%s', which is %s, was %s", name, metric.id(), inherent, direction);
            }
        }
    }

    /** Returns a builder for a goal with the given human-readable name. */
    public static Builder builder(String name) {
        return new Builder(Checks.text(name, "name"));
    }

    /** Returns a builder that starts with every part of this goal. */
    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.metricId = metricId;
        b.metric = metric;
        b.scope = scope;
        b.baseline = baseline;
        b.baselineDate = baselineDate;
        b.target = targetChange == null ? target : null;
        b.targetChange = targetChange;
        b.deadline = deadline;
        b.milestones.addAll(milestones);
        b.goalType = goalType;
        b.justification = justification;
        b.owner = owner;
        b.direction = direction;
        return b;
    }

    /** Returns the human-readable name. */
    public String name() {
        return name;
    }

    /** Returns the id of the metric the goal moves, such as {@code engagement_rate}. */
    public Optional<String> metricId() {
        return Optional.ofNullable(metricId);
    }

    /**
     * Returns the definition of the goal's metric, whose direction, unit, family and stage the goal inherits; empty
     * without a metric or when its id is in no catalog the goal was built with.
     */
    public Optional<MetricDefinition> metric() {
        return Optional.ofNullable(metric);
    }

    /** Returns the dimension filters the goal applies to; empty means the whole business. */
    public Dimensions scope() {
        return scope;
    }

    /** Returns the value at the start (from the audit). */
    public Optional<BigDecimal> baseline() {
        return Optional.ofNullable(baseline);
    }

    /** Returns the date the baseline was measured. */
    public Optional<LocalDate> baselineDate() {
        return Optional.ofNullable(baselineDate);
    }

    /** Returns the value to reach. */
    public Optional<BigDecimal> target() {
        return Optional.ofNullable(target);
    }

    /**
     * Returns the target as stated relative to the baseline ({@code 0.20} for +20 %), when the goal was built with
     * {@link Builder#targetChange}; empty for an absolute target.
     */
    public Optional<BigDecimal> targetChange() {
        return Optional.ofNullable(targetChange);
    }

    /** Returns the date by which the target is due. */
    public Optional<LocalDate> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** Returns the milestones in date order. */
    public List<Milestone> milestones() {
        return milestones;
    }

    /** Returns the business objective the goal serves; empty for a custom objective. */
    public Optional<GoalType> goalType() {
        return Optional.ofNullable(goalType);
    }

    /** Returns the stated reason the metric matters to the business, if any. */
    public Optional<String> justification() {
        return Optional.ofNullable(justification);
    }

    /** Returns the person or team accountable for the goal. */
    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    /**
     * Returns the direction set explicitly, else the metric's ({@code cpa}: lower is better); empty when neither is
     * known (a metric id in no catalog and no explicit direction).
     */
    public Optional<Direction> direction() {
        if (direction != null) {
            return Optional.of(direction);
        }
        return metric == null ? Optional.empty() : Optional.of(metric.direction());
    }

    /**
     * Returns the raw progress {@code (current − baseline) / (target − baseline)}: 0 at the baseline, 1 at the
     * target, above 1 when exceeded, below 0 when moving away; empty without a baseline or target, or when they are
     * equal.
     */
    public Optional<BigDecimal> progress(BigDecimal current) {
        Objects.requireNonNull(current, "current");
        if (baseline == null || target == null || target.compareTo(baseline) == 0) {
            return Optional.empty();
        }
        return Optional.of(Num.div(current.subtract(baseline), target.subtract(baseline)));
    }

    /**
     * Returns the share of the period from the baseline date to the deadline that has elapsed on {@code date},
     * clamped to [0, 1]; empty without both dates or when the deadline is not after the baseline date.
     */
    public Optional<BigDecimal> elapsedFraction(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (baselineDate == null || deadline == null || !deadline.isAfter(baselineDate)) {
            return Optional.empty();
        }
        long total = ChronoUnit.DAYS.between(baselineDate, deadline);
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(baselineDate, date)));
        return Optional.of(Num.div(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(total)));
    }

    /**
     * Returns the pace: where the value should be on {@code date} on a straight line from the baseline (on its date)
     * to the target (on the deadline), {@code baseline + (target − baseline) × elapsed / total}; the baseline before
     * the baseline date and the target after the deadline. Empty without baseline, target and both dates.
     */
    public Optional<BigDecimal> expectedAt(LocalDate date) {
        if (baseline == null || target == null) {
            return Optional.empty();
        }
        return elapsedFraction(date).map(f -> baseline.add(target.subtract(baseline).multiply(f), Num.MC));
    }

    /**
     * Returns whether {@code current} meets or beats the target in the goal's {@link #direction()}; false without a
     * target or a direction.
     */
    public boolean isAchievedBy(BigDecimal current) {
        Objects.requireNonNull(current, "current");
        Optional<Direction> dir = direction();
        if (target == null || dir.isEmpty()) {
            return false;
        }
        int c = current.compareTo(target);
        return dir.get() == Direction.LOWER_IS_BETTER ? c <= 0 : c >= 0;
    }

    /**
     * Returns whether {@code o} is a goal with the same parts; numbers compare by value, so {@code 0.03} equals
     * {@code 0.030}; metrics compare by id.
     */
    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Goal g)) {
            return false;
        }
        if (milestones.size() != g.milestones.size()) {
            return false;
        }
        for (int i = 0; i < milestones.size(); i++) {
            Milestone a = milestones.get(i);
            Milestone b = g.milestones.get(i);
            if (!a.date().equals(b.date()) || a.value().compareTo(b.value()) != 0) {
                return false;
            }
        }
        return name.equals(g.name) && Objects.equals(metricId, g.metricId) && scope.equals(g.scope)
                && same(baseline, g.baseline) && Objects.equals(baselineDate, g.baselineDate)
                && same(target, g.target) && same(targetChange, g.targetChange)
                && Objects.equals(deadline, g.deadline) && goalType == g.goalType
                && Objects.equals(justification, g.justification) && Objects.equals(owner, g.owner)
                && direction == g.direction;
    }

    private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Nullable
    private static BigDecimal canonical(@Nullable BigDecimal x) {
        return x == null ? null : x.stripTrailingZeros();
    }

    @Override
    public int hashCode() {
        List<Object> ms = new ArrayList<>();
        for (Milestone m : milestones) {
            ms.add(m.date());
            ms.add(canonical(m.value()));
        }
        return Objects.hash(name, metricId, scope, canonical(baseline), baselineDate, canonical(target),
                canonical(targetChange), deadline, ms, goalType, justification, owner, direction);
    }

    /** Returns a one-line summary such as {@code Goal[name, metric {scope}: 0.03 (2026-01-01) -> 0.05 by ...]}. */
    @Override
    public String toString() {
        return "Goal[" + name + ", " + (metricId == null ? "no metric" : metricId) + " " + scope + ": "
                + (baseline == null ? "?" : baseline.toPlainString()) + " (" + (baselineDate == null ? "?"
                : baselineDate) + ") -> " + (targetChange == null ? "" : percent(targetChange) + " = ")
                + (target == null ? "?" : target.toPlainString()) + " by "
                + (deadline == null ? "?" : deadline) + "]";
    }

    /** Returns a change such as 0.2 as {@code +20%}. */
    static String percent(BigDecimal change) {
        BigDecimal p = change.movePointRight(2).stripTrailingZeros();
        return (p.signum() >= 0 ? "+" : "") + p.toPlainString() + "%";
    }

    /**
     * A single-threaded builder of {@link Goal}s; only the name is required.
     */
    public static final class Builder {
        private final String name;
        @Nullable private String metricId;
        @Nullable private MetricDefinition metric;
        private Dimensions scope = Dimensions.empty();
        @Nullable private BigDecimal baseline;
        @Nullable private LocalDate baselineDate;
        @Nullable private BigDecimal target;
        @Nullable private BigDecimal targetChange;
        @Nullable private LocalDate deadline;
        private final List<Milestone> milestones = new ArrayList<>();
        @Nullable private GoalType goalType;
        @Nullable private String justification;
        @Nullable private String owner;
        @Nullable private Direction direction;

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Sets the metric by id (lowercase snake case), resolved in {@link StandardMetrics#catalog()}: a standard
         * metric gives the goal its direction, unit, family and stage; another id is kept with no identity, so set
         * the direction explicitly or use {@link #metric(String, MetricCatalog)} for a custom catalog.
         */
        public Builder metric(String metricId) {
            this.metricId = Checks.metricId(metricId, "metricId");
            this.metric = StandardMetrics.catalog().metric(metricId).orElse(null);
            return this;
        }

        /**
         * Sets the metric by id, resolved in {@code catalog}.
         *
         * @throws IllegalArgumentException naming the id when the catalog has no such metric
         */
        public Builder metric(String metricId, MetricCatalog catalog) {
            Checks.metricId(metricId, "metricId");
            return metric(Objects.requireNonNull(catalog, "catalog").require(metricId));
        }

        /** Sets the metric, whose direction, unit, family and stage the goal inherits. */
        public Builder metric(MetricDefinition metric) {
            this.metric = Objects.requireNonNull(metric, "metric");
            this.metricId = metric.id();
            return this;
        }

        /** Sets the dimension filters, such as {@code {channel=instagram, region=UK}}. */
        public Builder scope(Dimensions scope) {
            this.scope = Objects.requireNonNull(scope, "scope");
            return this;
        }

        /** Sets the baseline value and the date it was measured. */
        public Builder baseline(BigDecimal value, LocalDate date) {
            this.baseline = Objects.requireNonNull(value, "baseline value");
            this.baselineDate = Objects.requireNonNull(date, "baseline date");
            return this;
        }

        /** Sets the value to reach. */
        public Builder target(BigDecimal target) {
            this.target = Objects.requireNonNull(target, "target");
            return this;
        }

        /**
         * Sets the target as a change relative to the baseline: {@code 0.20} is +20 %, {@code -0.15} is −15 % (a
         * reduction, for a lower-is-better metric); the target is {@code baseline × (1 + change)}.
         *
         * @throws IllegalArgumentException if {@code change} is below −1 (−100 %); {@link #build()} refuses a goal
         *                                  that also sets an absolute target, or whose baseline is not positive
         */
        public Builder targetChange(BigDecimal change) {
            Objects.requireNonNull(change, "change");
            Checks.argument(change.compareTo(BigDecimal.ONE.negate()) >= 0,
                    "target change must be >= -1 (-100%%), was %s", change.toPlainString());
            this.targetChange = change;
            return this;
        }

        /** Sets the date by which the target is due. */
        public Builder deadline(LocalDate deadline) {
            this.deadline = Objects.requireNonNull(deadline, "deadline");
            return this;
        }

        /** Adds a milestone. */
        public Builder milestone(LocalDate date, BigDecimal value) {
            milestones.add(new Milestone(date, value));
            return this;
        }

        /** Sets the business objective the goal serves. */
        public Builder goalType(GoalType goalType) {
            this.goalType = Objects.requireNonNull(goalType, "goalType");
            return this;
        }

        /** States why the metric matters to the business (makes a goal relevant without a matching goal type). */
        public Builder justification(String justification) {
            this.justification = Checks.text(justification, "justification");
            return this;
        }

        /** Sets the person or team accountable. */
        public Builder owner(String owner) {
            this.owner = Checks.text(owner, "owner");
            return this;
        }

        /**
         * Sets the direction explicitly: needed for a metric whose direction is {@link Direction#NEUTRAL} or unknown,
         * refused when it contradicts the metric's; {@link Direction#NEUTRAL} is refused, a goal always has a way to
         * go.
         */
        public Builder direction(Direction direction) {
            Objects.requireNonNull(direction, "direction");
            Checks.argument(direction != Direction.NEUTRAL,
                    "direction of a goal must be HIGHER_IS_BETTER or LOWER_IS_BETTER, was %s", direction);
            this.direction = direction;
            return this;
        }

        /**
         * Builds the goal.
         *
         * @throws IllegalArgumentException when the explicit direction contradicts the metric's, or the metric's
         *                                  direction is NEUTRAL and none is set
         */
        public Goal build() {
            return new Goal(this);
        }
    }
}
