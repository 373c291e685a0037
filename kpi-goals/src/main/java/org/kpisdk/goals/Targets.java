package org.kpisdk.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import javax.annotation.Nullable;

import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Direction;

/**
 * The targets of one metric across scopes: a default for every scope ("every channel") and overrides for some
 * scopes, the most specific of which wins. This is how HubSpot goals apply one target to all reps and then let a
 * rep's own target replace it (developers.hubspot.com/docs/api/crm/goals: a goal holds a target per user, "Apply
 * target" fills them), and how ServiceNow Performance Analytics lets a target apply to every element of a breakdown
 * or to a single element (docs "Indicator targets").
 *
 * <pre>{@code
 * Targets cpa = Targets.of(StandardMetrics.CPA, new BigDecimal("25"))
 *         .with(Dimensions.of("channel", "instagram"), new BigDecimal("40"));
 * cpa.targetFor(Dimensions.of("channel", "email"));                        // 25, the default
 * cpa.targetFor(Dimensions.of("channel", "instagram", "region", "UK"));   // 40, the override
 * Scorecard card = Scorecard.builder(asOf, StatusPolicy.attainment()).values(result).targets(cpa).build();
 * }</pre>
 *
 * <p>An override applies to a scope that contains all of its dimension values; the one with the most dimensions
 * wins, and the default applies where none does. Two overrides of equal size that both apply to a scope and give
 * different targets (channel=instagram and region=UK, for Instagram in the UK) are refused when that scope is looked
 * up, naming both: add an override for the combined scope. The direction is the metric's; a
 * {@link Direction#NEUTRAL} metric is refused, since a target of a metric with no better side has no status.
 *
 * <p>Immutable and thread-safe.
 */
public final class Targets {
    private final MetricDefinition metric;
    private final String metricId;
    private final Direction direction;
    private final BigDecimal defaultTarget;
    private final Map<Dimensions, BigDecimal> overrides;

    private Targets(MetricDefinition metric, String metricId, Direction direction, BigDecimal defaultTarget,
            Map<Dimensions, BigDecimal> overrides) {
        this.metric = metric;
        this.metricId = metricId;
        this.direction = direction;
        this.defaultTarget = defaultTarget;
        this.overrides = overrides;
    }

    /**
     * Returns the targets of {@code metric} with {@code defaultTarget} for every scope.
     *
     * @throws IllegalArgumentException when the metric's direction is {@link Direction#NEUTRAL}
     */
    public static Targets of(MetricDefinition metric, BigDecimal defaultTarget) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(defaultTarget, "defaultTarget");
        Direction direction = Objects.requireNonNull(metric.direction(), "metric.direction()");
        Checks.argument(direction != Direction.NEUTRAL,
                "metric '%s' must be HIGHER_IS_BETTER or LOWER_IS_BETTER to have targets, was %s", metric.id(),
                direction);
        return new Targets(metric, Checks.metricId(metric.id(), "metric.id()"), direction, defaultTarget,
                Collections.emptyMap());
    }

    /**
     * Returns these targets with {@code target} for {@code scope} and every scope that contains it; an earlier
     * override of the same scope is replaced.
     *
     * @throws IllegalArgumentException when the scope is empty (the default covers every scope: use
     *                                  {@link #withDefault})
     */
    public Targets with(Dimensions scope, BigDecimal target) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(target, "target");
        Checks.argument(!scope.isEmpty(), "scope of an override of %s must not be empty, was %s; the default "
                + "target covers every scope", metricId, scope);
        Map<Dimensions, BigDecimal> copy = new TreeMap<>(Targets::compare);
        copy.putAll(overrides);
        copy.put(scope, target);
        return new Targets(metric, metricId, direction, defaultTarget, Collections.unmodifiableMap(copy));
    }

    /** Returns these targets with {@code target} as the default for every scope no override covers. */
    public Targets withDefault(BigDecimal target) {
        return new Targets(metric, metricId, direction, Objects.requireNonNull(target, "target"), overrides);
    }

    /** Returns the metric the targets are for. */
    public MetricDefinition metric() {
        return metric;
    }

    /** Returns the metric id. */
    public String metricId() {
        return metricId;
    }

    /** Returns the metric's direction: {@link Direction#HIGHER_IS_BETTER} or {@link Direction#LOWER_IS_BETTER}. */
    public Direction direction() {
        return direction;
    }

    /** Returns the target of every scope no override covers. */
    public BigDecimal defaultTarget() {
        return defaultTarget;
    }

    /** Returns the overrides by scope, fewer dimensions first, then by scope text. */
    public Map<Dimensions, BigDecimal> overrides() {
        return overrides;
    }

    /**
     * Returns the scope of the override that applies to {@code scope}, empty when the default does.
     *
     * @throws IllegalArgumentException when two equally specific overrides with different targets apply
     */
    public Optional<Dimensions> overrideFor(Dimensions scope) {
        Objects.requireNonNull(scope, "scope");
        @Nullable Dimensions best = null;
        List<Dimensions> ties = new ArrayList<>();
        for (Dimensions o : overrides.keySet()) {
            if (!scope.containsAll(o)) {
                continue;
            }
            if (best == null || o.size() > best.size()) {
                best = o;
                ties.clear();
            } else if (o.size() == best.size() && overrides.get(o).compareTo(overrides.get(best)) != 0) {
                ties.add(o);
            }
        }
        if (!ties.isEmpty()) {
            Dimensions other = ties.get(0);
            throw new IllegalArgumentException(Checks.format("targets of %s for %s are ambiguous: overrides %s (%s) "
                    + "and %s (%s) both apply and neither is more specific; add an override for %s", metricId, scope,
                    best, overrides.get(best).toPlainString(), other, overrides.get(other).toPlainString(),
                    best.and(other)));
        }
        return Optional.ofNullable(best);
    }

    /**
     * Returns the target of {@code scope}: the most specific override that applies, else the default.
     *
     * @throws IllegalArgumentException when two equally specific overrides with different targets apply
     */
    public BigDecimal targetFor(Dimensions scope) {
        return overrideFor(scope).map(overrides::get).orElse(defaultTarget);
    }

    /**
     * Returns a target-only goal for {@code scope}: the metric, the scope, {@link #targetFor its target} and the
     * metric's direction, named {@code "<metric> target <scope>"}; no baseline or deadline, so a policy that needs
     * them gives no status, and {@link StatusPolicy#attainment()} or {@link StatusPolicy#powerBiKpi()} do.
     */
    public Goal goalFor(Dimensions scope) {
        Objects.requireNonNull(scope, "scope");
        return Goal.builder(metricId + " target " + scope).metric(metric).scope(scope).target(targetFor(scope))
                .build();
    }

    /** Returns where {@code scope}'s target comes from, for explanations. */
    String sourceFor(Dimensions scope) {
        Optional<Dimensions> o = overrideFor(scope);
        return "target " + Num.plain(targetFor(scope)) + (o.isPresent() ? " from the override for " + o.get()
                : " from the default for every scope");
    }

    private static int compare(Dimensions a, Dimensions b) {
        int c = Integer.compare(a.size(), b.size());
        return c != 0 ? c : a.toString().compareTo(b.toString());
    }

    /** Returns {@code Targets[cpa, LOWER_IS_BETTER, default 25, {channel=instagram}=40]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Targets[").append(metricId).append(", ").append(direction)
                .append(", default ").append(defaultTarget.toPlainString());
        overrides.forEach((s, t) -> sb.append(", ").append(s).append('=').append(t.toPlainString()));
        return sb.append(']').toString();
    }

    /** Two targets are equal when metric, direction, default and overrides are equal (targets by value). */
    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof Targets t) || !t.metricId.equals(metricId) || t.direction != direction
                || t.defaultTarget.compareTo(defaultTarget) != 0 || t.overrides.size() != overrides.size()) {
            return false;
        }
        for (Map.Entry<Dimensions, BigDecimal> e : overrides.entrySet()) {
            BigDecimal other = t.overrides.get(e.getKey());
            if (other == null || other.compareTo(e.getValue()) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = metricId.hashCode() * 31 + direction.hashCode();
        h = h * 31 + defaultTarget.stripTrailingZeros().hashCode();
        for (Map.Entry<Dimensions, BigDecimal> e : overrides.entrySet()) {
            h = h * 31 + e.getKey().hashCode() * 17 + e.getValue().stripTrailingZeros().hashCode();
        }
        return h;
    }
}
