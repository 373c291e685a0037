/**
 * Goals for marketing KPIs: a {@link org.kpisdk.goals.Goal} (metric, scope, baseline, target, deadline, the
 * business objective it serves) checked by a {@link org.kpisdk.goals.SmartValidator} into a report of explainable
 * findings; the ten social-media {@link org.kpisdk.goals.GoalType goal types} with their key metrics and a lint for
 * KPI selection per {@link org.kpisdk.core.metric.FunnelStage funnel stage}; OKRs ({@link org.kpisdk.goals.Objective},
 * {@link org.kpisdk.goals.KeyResult}) scored as Google and the OKR tools do; progress, pace and a configurable
 * traffic-light {@link org.kpisdk.goals.StatusPolicy} with presets for the dashboards users know; competitor and
 * industry {@link org.kpisdk.goals.Reference references}; and the {@link org.kpisdk.goals.Scorecard} that puts
 * value, target, reference, status and trend side by side. Every type is immutable and thread-safe unless it says
 * it is a builder; numbers are exact {@link java.math.BigDecimal}s and undefined results are empty optionals or a
 * status of {@link org.kpisdk.goals.Status#NONE}, never NaN. The seams to the rest of the SDK have factories for
 * kpi-core's types: {@link org.kpisdk.goals.MetricLookup#of(org.kpisdk.core.metric.MetricCatalog,
 * org.kpisdk.core.data.ObservationTable) a catalog and a table}, histories and forecasts from analysis series or a
 * query result, and {@link org.kpisdk.goals.Scorecard#of a scorecard of a query result}.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.goals;

import javax.annotation.ParametersAreNonnullByDefault;
