package com.acme.kpi;

import java.util.List;

import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.MetricCatalog;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.MetricProvider;
import org.kpisdk.core.metric.ValueRange;
import org.kpisdk.core.value.Direction;
import org.kpisdk.core.value.Unit;

/** The provider of docs/define-your-own-metric.md, registered in META-INF/services. */
public final class AcmeMetrics implements MetricProvider {
    /** Replies to stories: a measure the standard set does not have. */
    public static final BaseMeasure STORY_REPLIES = BaseMeasure.additive("story_replies", Unit.COUNT);

    /** Returns the expression metric of the guide, resolved against {@code catalog}. */
    public static MetricDefinition saveRate(MetricCatalog catalog) {
        return MetricDefinition.builder("save_rate")
                .name("Save rate")
                .direction(Direction.HIGHER_IS_BETTER)
                .range(ValueRange.between(0, 1))
                .source("Acme social playbook, 2026")
                .expression("(saves + coalesce(story_replies, 0)) / impressions", catalog);
    }

    @Override
    public List<BaseMeasure> measures() {
        return List.of(STORY_REPLIES);
    }

    @Override
    public List<MetricDefinition> metrics(MetricCatalog available) {
        return List.of(saveRate(available), new EngagementPerMille());
    }
}
