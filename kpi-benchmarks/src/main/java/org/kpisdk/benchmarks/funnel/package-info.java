/**
 * JMH benchmarks of kpi-funnel's event funnels against a hand-written columnar baseline and DuckDB SQL (ASOF joins)
 * on the same events, measured in the same run.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.benchmarks.funnel;

import javax.annotation.ParametersAreNonnullByDefault;
