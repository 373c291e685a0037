/**
 * Metric definitions: the {@link org.kpisdk.core.metric.BaseMeasure base measures} that observations carry, with
 * their additivity, and {@link org.kpisdk.core.metric.MetricDefinition}, the small interface that says how a KPI
 * follows from a group's aggregated {@link org.kpisdk.core.metric.Input inputs}. Metrics are always evaluated from
 * sums (ratio of sums); an undefined value is a {@link org.kpisdk.core.metric.MetricValue} that says so.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.core.metric;

import javax.annotation.ParametersAreNonnullByDefault;
