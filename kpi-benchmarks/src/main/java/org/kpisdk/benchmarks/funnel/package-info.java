/**
 * JMH benchmarks of kpi-funnel's event funnels against a hand-written columnar baseline measured in the same run.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.benchmarks.funnel;

import javax.annotation.ParametersAreNonnullByDefault;
