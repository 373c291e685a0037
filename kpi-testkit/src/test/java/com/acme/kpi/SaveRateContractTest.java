package com.acme.kpi;

import org.kpisdk.core.metric.MetricCatalog;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.testkit.MetricContract;

/** The contract test of docs/define-your-own-metric.md. */
final class SaveRateContractTest extends MetricContract {
    private static final MetricCatalog CATALOG = StandardMetrics.catalog().with(AcmeMetrics.STORY_REPLIES);

    @Override
    protected MetricDefinition metric() {
        return AcmeMetrics.saveRate(CATALOG);
    }

    @Override
    protected MetricCatalog catalog() {
        return CATALOG;
    }
}
