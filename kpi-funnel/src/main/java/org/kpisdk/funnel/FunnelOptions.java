package org.kpisdk.funnel;

import java.util.Objects;

import org.kpisdk.core.internal.Checks;

/**
 * The named settings of an event funnel; each replaces one of the mode strings of other tools. The examples below
 * use steps {@code A → B → C}, timestamps in the window's unit and a window of 10.
 *
 * <pre>{@code
 * FunnelOptions o = FunnelOptions.defaults()                  // ClickHouse's default windowFunnel semantics
 *         .with(FunnelOptions.EventReuse.ONE_STEP)            // PostHog: steps are actions, not filters
 *         .with(FunnelOptions.Timestamps.STRICTLY_INCREASING);
 * }</pre>
 *
 * <p>Every combination of {@link Anchor}, {@link StepOrder}, {@link EventReuse}, {@link Timestamps} and
 * {@link TieOrder} is defined by <em>chains</em>: an entity's level is the length of the longest valid chain, a
 * chain being events {@code e1 … ek} in the entity's canonical event order (time, then {@link TieOrder}) with
 * {@code ei} satisfying step {@code i} and {@code ts(ek) - ts(e1) <= window} (inclusive, measured from the first
 * step, as ClickHouse's {@code windowFunnel}). {@link RepeatedStep#STOP}, {@link OutOfOrderStep#STOP} and
 * {@link UnmatchedEvent#STOP} instead stop a left-to-right scan and are allowed only with {@link StepOrder#ORDERED}.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @param anchor         which step-1 event may start the window
 * @param stepOrder      what may happen between steps
 * @param eventReuse     whether one event may satisfy several steps of a chain
 * @param timestamps     whether the steps of a chain must have strictly increasing timestamps
 * @param repeatedStep   what an event for an already reached step does
 * @param outOfOrderStep what an event for a step whose predecessor is not reached does
 * @param reentry        what a step-1 event does once step 2 is reached
 * @param unmatchedEvent what an event that satisfies no step does
 * @param tieOrder       how events with equal timestamps are ordered
 */
public record FunnelOptions(Anchor anchor, StepOrder stepOrder, EventReuse eventReuse, Timestamps timestamps,
        RepeatedStep repeatedStep, OutOfOrderStep outOfOrderStep, Reentry reentry, UnmatchedEvent unmatchedEvent,
        TieOrder tieOrder) {
    private static final FunnelOptions DEFAULTS = new FunnelOptions(Anchor.LATEST, StepOrder.ORDERED,
            EventReuse.MANY_STEPS, Timestamps.NON_DECREASING, RepeatedStep.IGNORE, OutOfOrderStep.IGNORE,
            Reentry.RESTART, UnmatchedEvent.IGNORE, TieOrder.BY_STEP_INDEX);

    /**
     * Validates the combination.
     *
     * @throws IllegalArgumentException if a stopping option is combined with a step order other than
     *                                  {@link StepOrder#ORDERED}
     */
    public FunnelOptions {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(stepOrder, "stepOrder");
        Objects.requireNonNull(eventReuse, "eventReuse");
        Objects.requireNonNull(timestamps, "timestamps");
        Objects.requireNonNull(repeatedStep, "repeatedStep");
        Objects.requireNonNull(outOfOrderStep, "outOfOrderStep");
        Objects.requireNonNull(reentry, "reentry");
        Objects.requireNonNull(unmatchedEvent, "unmatchedEvent");
        Objects.requireNonNull(tieOrder, "tieOrder");
        Checks.argument(stepOrder == StepOrder.ORDERED || !stops(repeatedStep, outOfOrderStep, reentry,
                unmatchedEvent), "stepOrder must be ORDERED when an option stops the scan, was %s (repeatedStep %s, "
                        + "outOfOrderStep %s, reentry %s, unmatchedEvent %s)", stepOrder, repeatedStep, outOfOrderStep,
                reentry, unmatchedEvent);
    }

    /**
     * Returns the defaults, ClickHouse's {@code windowFunnel} without modes: latest anchor, ordered, one event may
     * satisfy several steps, equal timestamps allowed, nothing stops, ties by step index.
     */
    public static FunnelOptions defaults() {
        return DEFAULTS;
    }

    /** Returns whether the level is defined by chains (no option stops the scan). */
    public boolean isChainDefined() {
        return !stops(repeatedStep, outOfOrderStep, reentry, unmatchedEvent);
    }

    private static boolean stops(RepeatedStep r, OutOfOrderStep o, Reentry e, UnmatchedEvent u) {
        return r == RepeatedStep.STOP || o == OutOfOrderStep.STOP || e == Reentry.STOP || u == UnmatchedEvent.STOP;
    }

    /** Returns a copy with the given anchor. */
    public FunnelOptions with(Anchor value) {
        return new FunnelOptions(value, stepOrder, eventReuse, timestamps, repeatedStep, outOfOrderStep, reentry, unmatchedEvent, tieOrder);
    }

    /** Returns a copy with the given step order. */
    public FunnelOptions with(StepOrder value) {
        return new FunnelOptions(anchor, value, eventReuse, timestamps, repeatedStep, outOfOrderStep, reentry, unmatchedEvent, tieOrder);
    }

    /** Returns a copy with the given event reuse. */
    public FunnelOptions with(EventReuse value) {
        return new FunnelOptions(anchor, stepOrder, value, timestamps, repeatedStep, outOfOrderStep, reentry, unmatchedEvent, tieOrder);
    }

    /** Returns a copy with the given timestamp rule. */
    public FunnelOptions with(Timestamps value) {
        return new FunnelOptions(anchor, stepOrder, eventReuse, value, repeatedStep, outOfOrderStep, reentry, unmatchedEvent, tieOrder);
    }

    /** Returns a copy with the given repeated-step rule. */
    public FunnelOptions with(RepeatedStep value) {
        return new FunnelOptions(anchor, stepOrder, eventReuse, timestamps, value, outOfOrderStep, reentry, unmatchedEvent, tieOrder);
    }

    /** Returns a copy with the given out-of-order rule. */
    public FunnelOptions with(OutOfOrderStep value) {
        return new FunnelOptions(anchor, stepOrder, eventReuse, timestamps, repeatedStep, value, reentry, unmatchedEvent, tieOrder);
    }

    /** Returns a copy with the given re-entry rule. */
    public FunnelOptions with(Reentry value) {
        return new FunnelOptions(anchor, stepOrder, eventReuse, timestamps, repeatedStep, outOfOrderStep, value, unmatchedEvent, tieOrder);
    }

    /** Returns a copy with the given unmatched-event rule. */
    public FunnelOptions with(UnmatchedEvent value) {
        return new FunnelOptions(anchor, stepOrder, eventReuse, timestamps, repeatedStep, outOfOrderStep, reentry, value, tieOrder);
    }

    /** Returns a copy with the given tie order. */
    public FunnelOptions with(TieOrder value) {
        return new FunnelOptions(anchor, stepOrder, eventReuse, timestamps, repeatedStep, outOfOrderStep, reentry, unmatchedEvent, value);
    }

    /**
     * Which step-1 event starts the window.
     *
     * <p>Log {@code A@0, A@8, B@12}: {@code LATEST} gives 2 (the chain {@code A@8 → B@12}), {@code FIRST} gives 1
     * ({@code B@12} is 12 after the first {@code A}).
     */
    public enum Anchor {
        /** Any step-1 event may start an attempt, the most recent one counts (ClickHouse); level = best attempt. */
        LATEST,
        /** Only the entity's first step-1 event starts the window; later ones do not reset it (Mixpanel). */
        FIRST
    }

    /**
     * What may happen between the steps of a chain.
     *
     * <p>Log {@code A@0, X@1, B@2, C@3}: {@code ORDERED} gives 3, {@code STRICT} gives 1 ({@code X} breaks
     * {@code A → B}; {@code B → C} does not start with {@code A}). Log {@code B@0, A@1}: {@code ANY} gives 2.
     */
    public enum StepOrder {
        /** Steps in order, anything may happen in between (PostHog "sequential", ClickHouse). */
        ORDERED,
        /** Steps in order with no event of the entity in between (PostHog "strict order"). */
        STRICT,
        /** Steps in any order: the level is the number of distinct steps done within one window. */
        ANY
    }

    /**
     * Whether one event may satisfy several steps of the same chain (when their event types overlap).
     *
     * <p>Steps {@code view → view}, log {@code view@0}: {@code MANY_STEPS} gives 2, {@code ONE_STEP} gives 1.
     */
    public enum EventReuse {
        /** One event may satisfy several consecutive steps (ClickHouse default). */
        MANY_STEPS,
        /** Each event satisfies at most one step of a chain (PostHog; ClickHouse {@code strict_once}). */
        ONE_STEP
    }

    /**
     * Whether the steps of a chain may share a timestamp.
     *
     * <p>Log {@code A@5, B@5}: {@code NON_DECREASING} gives 2, {@code STRICTLY_INCREASING} gives 1.
     */
    public enum Timestamps {
        /** Each step at or after the previous one. */
        NON_DECREASING,
        /** Each step strictly after the previous one (ClickHouse {@code strict_increase}, without its defect). */
        STRICTLY_INCREASING
    }

    /**
     * What an event for a step {@code k >= 2} that is already reached does.
     *
     * <p>Log {@code A@0, B@1, B@2, C@3}: {@code IGNORE} gives 3, {@code STOP} gives 2.
     */
    public enum RepeatedStep {
        /** Nothing special: it may extend other attempts. */
        IGNORE,
        /** Stops the scan; the level is what was reached (ClickHouse {@code strict_deduplication}). */
        STOP
    }

    /**
     * What an event for a step {@code k >= 2} whose predecessor is not reached does, after the first step-1 event.
     *
     * <p>Log {@code A@0, C@1, B@2, C@3}: {@code IGNORE} gives 3, {@code STOP} gives 1.
     */
    public enum OutOfOrderStep {
        /** It is skipped (ClickHouse default). */
        IGNORE,
        /** Stops the scan (ClickHouse {@code strict_order}). */
        STOP
    }

    /**
     * What a step-1 event does once step 2 has been reached.
     *
     * <p>Log {@code A@0, B@1, A@2, C@3}: {@code RESTART} gives 3, {@code STOP} gives 2.
     */
    public enum Reentry {
        /** It anchors a new attempt; levels already reached stay reached (ClickHouse default, {@code allow_reentry}). */
        RESTART,
        /** Stops the scan (ClickHouse {@code strict_order} without {@code allow_reentry}). */
        STOP
    }

    /**
     * What an event that satisfies no step does, after the first step-1 event.
     *
     * <p>Log {@code A@0, X@1, B@2}: {@code IGNORE} gives 2, {@code STOP} gives 1.
     */
    public enum UnmatchedEvent {
        /** It is ignored. */
        IGNORE,
        /** Stops the scan (ClickHouse {@code strict_order}). */
        STOP
    }

    /**
     * How events with equal timestamps are ordered.
     *
     * <p>Log {@code B@5, A@5} (in that input order): {@code BY_STEP_INDEX} gives 2, {@code BY_INPUT_ORDER} gives 1.
     */
    public enum TieOrder {
        /**
         * By the lowest step the event satisfies, events satisfying no step first (ClickHouse sorts by timestamp
         * and condition index); the result does not depend on the input order.
         */
        BY_STEP_INDEX,
        /** By the order of the rows in the log. */
        BY_INPUT_ORDER
    }
}
