package org.kpisdk.core.metric;

/**
 * What an input of a metric means when no row of a group carries it: absent (the metric is undefined) or zero.
 * The policy propagates through derived expressions: a derived metric is undefined whenever one of its
 * {@link #ABSENT} inputs is missing.
 *
 * <pre>{@code
 * // days with visits but no leads: leads count as 0, the conversion rate is 0/visits, not undefined
 * MetricDefinition.builder("lead_rate").ratio(Input.of(LEADS).withNullPolicy(NullPolicy.ZERO), Input.of(SESSIONS));
 * MetricDefinition.builder("lead_rate").expression("coalesce(leads, 0) / sessions", catalog);   // the same
 * }</pre>
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum NullPolicy {
    /** A missing input makes the value undefined (the default). */
    ABSENT,
    /** A missing input counts as zero. */
    ZERO
}
