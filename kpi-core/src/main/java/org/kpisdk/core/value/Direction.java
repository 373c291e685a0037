package org.kpisdk.core.value;

/**
 * Which way a metric should move: the basis of every traffic-light status and of "improved" in comparisons.
 *
 * <pre>{@code
 * Direction.LOWER_IS_BETTER.isBetter(0.8, 1.2);   // true: a cost per lead that fell
 * }</pre>
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Direction {
    /** Higher values are better (engagement rate, revenue). */
    HIGHER_IS_BETTER,
    /** Lower values are better (cost per acquisition, bounce rate). */
    LOWER_IS_BETTER,
    /** Neither direction is better in itself (brand mentions, average session duration). */
    NEUTRAL;

    /**
     * Returns whether {@code candidate} is strictly better than {@code reference} in this direction; always false
     * for {@link #NEUTRAL}.
     */
    public boolean isBetter(double candidate, double reference) {
        return switch (this) {
            case HIGHER_IS_BETTER -> candidate > reference;
            case LOWER_IS_BETTER -> candidate < reference;
            default -> false;
        };
    }
}
