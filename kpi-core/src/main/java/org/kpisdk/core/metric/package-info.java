/**
 * Metric definitions: the {@link org.kpisdk.core.metric.BaseMeasure base measures} that observations carry, with
 * their additivity, and {@link org.kpisdk.core.metric.MetricDefinition}, the small interface that says how a KPI
 * follows from a group's aggregated {@link org.kpisdk.core.metric.Input inputs}. Metrics are always evaluated from
 * sums (ratio of sums); an undefined value is a {@link org.kpisdk.core.metric.MetricValue} that says so.
 * {@link org.kpisdk.core.metric.StandardMetrics} is the catalog of standard marketing KPIs; teams add their own
 * from a formula ({@link org.kpisdk.core.metric.MetricDefinition.Builder#expression}) or in Java, register them in a
 * {@link org.kpisdk.core.metric.MetricCatalog} (or ship a {@link org.kpisdk.core.metric.MetricProvider}), and test
 * them with kpi-testkit's {@code MetricContract} (see {@code docs/define-your-own-metric.md}).
 */
@ParametersAreNonnullByDefault
package org.kpisdk.core.metric;

import javax.annotation.ParametersAreNonnullByDefault;
