/**
 * The library's KPI queries, event funnels and attribution inside Apache Spark: a {@link org.kpisdk.spark.SparkQuery}
 * runs a kpi-core {@link org.kpisdk.core.aggregate.Query} over a {@code Dataset<Row>} through a Spark
 * {@code Aggregator} whose state is the library's own mergeable partial aggregate (shipped as bytes, so no Kryo and
 * no {@code --add-opens}); {@link org.kpisdk.spark.SparkFunnel} runs the funnel engine per entity and adds the level
 * counts; {@link org.kpisdk.spark.SparkAttribution} aggregates journeys to paths in Spark and attributes them on the
 * driver. Every result is the type, and the value, the in-process engine returns for the same rows. Spark itself is
 * the user's dependency (provided scope).
 */
@javax.annotation.ParametersAreNonnullByDefault
package org.kpisdk.spark;
