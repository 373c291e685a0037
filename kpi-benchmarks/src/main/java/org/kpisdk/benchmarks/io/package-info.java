/**
 * JMH benchmark of kpi-io's CSV import of a million observation rows against plain readers of the same file
 * measured in the same run.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.benchmarks.io;

import javax.annotation.ParametersAreNonnullByDefault;
