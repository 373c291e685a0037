package org.kpisdk.core.metric;

/**
 * How a {@link Additivity#SEMI_ADDITIVE semi-additive} measure (a gauge) is reduced to one value per period within
 * one series, before the series are added up.
 *
 * <pre>{@code
 * Input.of(StandardMeasures.FOLLOWERS, GaugeReduction.FIRST);   // followers at the start of each period
 * }</pre>
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum GaugeReduction {
    /** The value on the earliest day of the period that has one. */
    FIRST,
    /** The value on the latest day of the period that has one: the natural reading of a level (the default). */
    LAST,
    /** The mean of the daily values in the period that have one. */
    AVERAGE,
    /**
     * The sum over days of the daily values ("follower-days"): the denominator of a daily rate such as
     * {@code engagements / (days × followers)}.
     */
    SUM_OVER_TIME
}
