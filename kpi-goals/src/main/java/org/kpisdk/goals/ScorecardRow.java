package org.kpisdk.goals;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.kpisdk.core.metric.FunnelStage;
import org.kpisdk.core.value.Dimensions;

/**
 * One row of a {@link Scorecard}: a KPI in a scope with its value, goal target, reference, status, trend and the
 * sentence that explains them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage       the funnel stage the row is grouped under
 * @param metricId    the metric id
 * @param scope       the dimension values of the row
 * @param value       the current value; empty when there is no data
 * @param goal        the goal for this metric and scope, if any
 * @param reference   the most specific reference that applies, if any
 * @param status      the assessment by the scorecard's policy ({@link Status#NONE} without a goal)
 * @param trend       the change the caller supplied (such as period over period), if any
 * @param explanation the status explanation, the reference comparison and the trend, in one sentence
 */
public record ScorecardRow(FunnelStage stage, String metricId, Dimensions scope, Optional<BigDecimal> value,
        Optional<Goal> goal, Optional<Reference> reference, Assessment status, Optional<BigDecimal> trend,
        String explanation) {
    /** Validates that no part is null. */
    public ScorecardRow {
        Objects.requireNonNull(stage, "stage");
        Checks.metricId(metricId, "metricId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(trend, "trend");
        Checks.text(explanation, "explanation");
    }

    /** Returns the goal's target, if there is a goal with a target. */
    public Optional<BigDecimal> target() {
        return goal.flatMap(Goal::target);
    }
}
