package org.kpisdk.funnel;

/**
 * Which event of an entity's winning chain gives the value of a breakdown property (PostHog's breakdown
 * attribution): the step-1 event, the event of the last step reached, or the event of a chosen step.
 *
 * <pre>{@code
 * // entity 1: view{ch=ads}@0 cart{ch=mail}@1; steps view → cart → buy
 * funnel.breakdown(log, "ch", BreakdownTouch.firstTouch());  // entity 1 under "ads", at level 2
 * funnel.breakdown(log, "ch", BreakdownTouch.lastTouch());   // under "mail"
 * funnel.breakdown(log, "ch", BreakdownTouch.step(2));       // left out: it did not reach buy
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class BreakdownTouch {
    private static final int FIRST = -1;
    private static final int LAST = -2;
    private static final BreakdownTouch FIRST_TOUCH = new BreakdownTouch(FIRST);
    private static final BreakdownTouch LAST_TOUCH = new BreakdownTouch(LAST);

    private final int step;

    private BreakdownTouch(int step) {
        this.step = step;
    }

    /** Returns the attribution to the chain's step-1 event. */
    public static BreakdownTouch firstTouch() {
        return FIRST_TOUCH;
    }

    /** Returns the attribution to the event of the last step the chain reached. */
    public static BreakdownTouch lastTouch() {
        return LAST_TOUCH;
    }

    /**
     * Returns the attribution to the chain's event for step {@code step} (0-based); entities that did not do that
     * step are left out of the breakdown.
     *
     * @throws IllegalArgumentException if {@code step < 0}
     */
    public static BreakdownTouch step(int step) {
        org.kpisdk.core.internal.Checks.argument(step >= 0, "step must be >= 0, was %d", step);
        return new BreakdownTouch(step);
    }

    boolean isFirst() {
        return step == FIRST;
    }

    boolean isLast() {
        return step == LAST;
    }

    /** Returns the chosen step (0-based), or -1 for first touch and -2 for last touch. */
    public int step() {
        return step;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BreakdownTouch breakdownTouch && breakdownTouch.step == step;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(step);
    }

    @Override
    public String toString() {
        return isFirst() ? "firstTouch" : isLast() ? "lastTouch" : "step(" + step + ")";
    }
}
