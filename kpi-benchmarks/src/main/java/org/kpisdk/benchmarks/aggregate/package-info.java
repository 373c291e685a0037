/**
 * JMH benchmarks of the aggregation hot path: a grouped query of the library against a hand-written columnar
 * loop, an idiomatic Java streams pipeline and DuckDB, all over the same generated rows.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.benchmarks.aggregate;

import javax.annotation.ParametersAreNonnullByDefault;
