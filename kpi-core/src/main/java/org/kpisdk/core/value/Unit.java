package org.kpisdk.core.value;

/**
 * The unit a metric value is expressed in; it travels with every metric definition and decides how values may be
 * combined (money plus a count is refused; money over a count is money; a count over a count is a ratio).
 *
 * <pre>{@code
 * Unit unit = Unit.RATIO;    // engagements / impressions: a count over a count
 * }</pre>
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Unit {
    /** A non-negative number of things: impressions, clicks, followers. */
    COUNT,
    /** A dimensionless quotient of two counts, kept as a fraction (0.01 is 1%). */
    RATIO,
    /** A dimensionless quotient presented times 100 (ROI in %, CSAT in %). */
    PERCENT,
    /** An amount in one currency. */
    MONEY,
    /** A length of time, in seconds. */
    DURATION,
    /** A bounded score on its own scale, such as NPS on -100 … +100. */
    SCORE
}
