/**
 * Grouped KPI queries over an {@link org.kpisdk.core.data.ObservationTable}: a
 * {@link org.kpisdk.core.aggregate.Query} names metrics, grouping dimensions, a time grain and filters; the engine
 * sums the base measures of every group in primitive arrays and evaluates each metric from the sums (ratio of
 * sums, never mean of ratios). Partial results ({@link org.kpisdk.core.aggregate.PartialAggregate}) merge exactly,
 * which serves both parallel execution and combiners in a distributed engine.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.core.aggregate;

import javax.annotation.ParametersAreNonnullByDefault;
