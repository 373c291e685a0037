/**
 * The runnable demonstration of the KPI SDK: {@link org.kpisdk.examples.Demo} runs the library's metric, aggregate,
 * analysis, ROI, funnel, attribution and goal APIs on the fixed-seed "Aurora Coffee" sample of
 * {@link org.kpisdk.examples.SampleData}, prints the results and writes a self-contained HTML report. Not published.
 */
@javax.annotation.ParametersAreNonnullByDefault
package org.kpisdk.examples;
