package org.kpisdk.core.value;

/**
 * The unit a metric value is expressed in; it travels with every metric definition and decides how values may be
 * combined (money plus a count is refused; money over a count is money; a count over a count is a ratio unless the
 * metric declares it {@link #PER_UNIT}).
 *
 * <pre>{@code
 * Unit unit = Unit.RATIO;    // engagements / impressions: a share, 0.01 is 1 %
 * StandardMetrics.AMPLIFICATION_PER_POST.unit();   // PER_UNIT: 2.5 shares per post, not 250 %
 * }</pre>
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Unit {
    /** A non-negative number of things: impressions, clicks, followers. */
    COUNT,
    /** A dimensionless quotient of two counts, kept as a fraction (0.01 is 1%). */
    RATIO,
    /**
     * An average count of one thing per another thing: a count over a count that is not a share, such as shares per
     * post, engaged sessions per user or requests per rep. Shown as a plain number (2.5 shares per post), never as
     * a percentage; the metric's name says what is counted per what. Formulas infer {@link #RATIO} for a count
     * over a count, so a metric declares this unit.
     */
    PER_UNIT,
    /** A dimensionless quotient presented times 100 (ROI in %, CSAT in %). */
    PERCENT,
    /** An amount in one currency. */
    MONEY,
    /** A length of time, in seconds. */
    DURATION,
    /** A bounded score on its own scale, such as NPS on -100 … +100. */
    SCORE
}
