package org.kpisdk.core.metric;

import java.util.List;

import org.kpisdk.core.value.Unit;

/** A test provider registered in META-INF/services: one measure, one metric. */
public final class AlphaTestProvider implements MetricProvider {
    static final BaseMeasure SIGNUPS = BaseMeasure.additive("signups", Unit.COUNT);

    @Override
    public List<BaseMeasure> measures() {
        return List.of(SIGNUPS);
    }

    @Override
    public List<MetricDefinition> metrics(MetricCatalog available) {
        return List.of(MetricDefinition.builder("signup_rate").expression("signups / sessions", available));
    }
}
