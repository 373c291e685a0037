/**
 * JMH benchmarks of multi-touch attribution: the exact Markov removal-effect model on a million journeys, with a
 * first-touch baseline measured in the same run.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.benchmarks.attribution;

import javax.annotation.ParametersAreNonnullByDefault;
