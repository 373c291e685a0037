/**
 * Analysis of KPI time series: the {@link org.kpisdk.core.analysis.KpiSeries} type (one value, possibly undefined,
 * per period of a {@link org.kpisdk.core.value.TimeGrain}), period-over-period change, simple and exponentially
 * weighted moving averages, least-squares trend and Holt's linear exponential smoothing behind one {@link
 * org.kpisdk.core.analysis.Forecaster} interface, Wilson score intervals and two-proportion tests for rates,
 * anomaly flags by median absolute deviation, the growth a goal requires compared with the series' own history,
 * and the normal and Student t distributions they rest on, all written against the JDK alone. Every result is
 * immutable; a value that cannot be computed (an undefined period, a series too short, no variation) is reported
 * as an empty optional, a named verdict or an {@link java.lang.IllegalArgumentException} naming the rule — never
 * NaN or infinity.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.core.analysis;

import javax.annotation.ParametersAreNonnullByDefault;
