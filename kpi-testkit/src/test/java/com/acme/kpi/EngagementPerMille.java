package com.acme.kpi;

import java.math.BigDecimal;
import java.util.List;

import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.InputValues;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.MetricInfo;
import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.ValueRange;
import org.kpisdk.core.value.Direction;
import org.kpisdk.core.value.Unit;

/** The Java metric of docs/define-your-own-metric.md: engagements per thousand impressions. */
public final class EngagementPerMille implements MetricDefinition {
    private static final Input LIKES = Input.of(StandardMeasures.LIKES);
    private static final Input COMMENTS = Input.of(StandardMeasures.COMMENTS);
    private static final Input IMPRESSIONS = Input.of(StandardMeasures.IMPRESSIONS);
    private static final MetricInfo INFO = new MetricInfo("engagement_per_mille", "Engagements per 1,000 impressions",
            Unit.RATIO, Direction.HIGHER_IS_BETTER, ValueRange.atLeast(BigDecimal.ZERO),
            "Likes and comments per thousand impressions", "Acme social playbook");

    @Override
    public MetricInfo info() {
        return INFO;
    }

    @Override
    public List<Input> inputs() {
        return List.of(LIKES, COMMENTS, IMPRESSIONS);
    }

    @Override
    public MetricValue evaluate(InputValues values) {
        var likes = values.resolve(LIKES);
        var comments = values.resolve(COMMENTS);
        var impressions = values.resolve(IMPRESSIONS);
        for (Input input : inputs()) {
            if (values.resolve(input).isEmpty()) {
                return MetricValue.undefined(Unit.RATIO, values.missingReason(input));   // says which input
            }
        }
        if (impressions.get().signum() == 0) {
            return MetricValue.undefined(Unit.RATIO, "denominator impressions = 0");   // undefined, never NaN
        }
        BigDecimal perMille = likes.get().add(comments.get()).multiply(BigDecimal.valueOf(1000))
                .divide(impressions.get(), MetricValue.CONTEXT);
        return MetricValue.of(Unit.RATIO, perMille);
    }

    @Override
    public String formula() {
        return "1000 * (likes + comments) / impressions";   // lets MetricContract check the text form
    }
}
