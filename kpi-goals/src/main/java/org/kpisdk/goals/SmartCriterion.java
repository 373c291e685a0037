package org.kpisdk.goals;

/**
 * The five SMART criteria (Doran 1981, in the common modern reading), each checked independently by the
 * {@link SmartValidator}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum SmartCriterion {
    /** A metric, a scope and a numeric target. */
    SPECIFIC,
    /** The metric exists in the catalog, has data in the scope, and the goal has a baseline. */
    MEASURABLE,
    /** The growth rate needed from baseline to target by the deadline is within the metric's own history. */
    ACHIEVABLE,
    /** Linked to an objective whose key metrics include this one, or explicitly justified. */
    RELEVANT,
    /** A deadline after the baseline date and after today. */
    TIME_BOUND
}
