package org.kpisdk.core.metric;

import java.util.List;

/** A test provider listed first in META-INF/services but sorted after Alpha: it refers to Alpha's metric. */
public final class ZetaTestProvider implements MetricProvider {
    @Override
    public List<MetricDefinition> metrics(MetricCatalog available) {
        return List.of(MetricDefinition.builder("signup_rate_pct").expression("signup_rate * 100", available));
    }
}
