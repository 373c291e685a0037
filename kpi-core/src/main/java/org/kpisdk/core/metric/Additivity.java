package org.kpisdk.core.metric;

/**
 * How the values of a {@link BaseMeasure} may be combined across rows: the rule that decides what merging a partial
 * aggregate means.
 *
 * <pre>{@code
 * StandardMeasures.IMPRESSIONS.additivity();   // ADDITIVE
 * StandardMeasures.FOLLOWERS.additivity();     // SEMI_ADDITIVE: a gauge, not summed over time
 * StandardMeasures.REACH.additivity();         // NON_ADDITIVE: a distinct count
 * }</pre>
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Additivity {
    /** Sums over time and across every dimension (impressions, clicks, cost). */
    ADDITIVE,
    /**
     * A gauge: within one series its value over a period is the first, last or average value of the period (see
     * {@link GaugeReduction}); across series (channels, regions) it adds up. Followers, reps on duty.
     */
    SEMI_ADDITIVE,
    /**
     * A distinct count (reach, unique users): exact only at the grain it was reported at. Re-aggregating several
     * rows is refused with an error unless the caller opts into an explicit approximation.
     */
    NON_ADDITIVE
}
