package org.kpisdk.funnel;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Count;

/**
 * How many entities of an event funnel ended at each level {@code 0..N}, the small mergeable state of a funnel:
 * results of logs that share no entity add up ({@link #plus}) to the result of the combined log, in any order, with
 * {@link #empty} as identity.
 *
 * <p>One indexing rule for every funnel type: a <em>step</em> is named by its 0-based index in
 * {@link Funnel#steps()} (as in {@link FunnelCounts#count(int)}, {@link FunnelRun#timeToConvert(int, int)},
 * {@link BreakdownTouch#step(int)} and {@link Funnel.Exclusion}), and a <em>level</em> is a number of steps done,
 * {@code 0..N} (level {@code k}: steps {@code 0..k-1} done, as ClickHouse's {@code windowFunnel} returns it). So
 * {@link #reachedStep(int) reachedStep(k)} counts the entities at levels {@code k+1..N}, and
 * {@code counts().count(k)} equals {@code reachedStep(k)}.
 *
 * <pre>{@code
 * FunnelResult r = funnel.count(log);   // steps view, cart, buy
 * r.entities();                         // every entity with at least one event in the log
 * r.atLevel(2);                         // entities that did view and cart, and not buy (level 2)
 * r.reachedStep(2);                     // entities that did view, cart and buy (step index 2) = atLevel(3)
 * r.counts().stepConversion(2);         // reachedStep(2) / reachedStep(1), a Ratio
 * FunnelResult all = partA.plus(partB);
 * }</pre>
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class FunnelResult {
    private final List<String> steps;
    private final long[] atLevel;

    private FunnelResult(List<String> steps, long[] atLevel) {
        this.steps = steps;
        this.atLevel = atLevel;
    }

    /**
     * Returns the result for the named steps from the number of entities at each level {@code 0..N}.
     *
     * @throws IllegalArgumentException if there is not one count per level {@code 0..N} or a count is negative
     */
    public static FunnelResult of(List<String> steps, long... entitiesAtLevel) {
        List<String> names = FunnelCounts.zero(steps).names();
        Objects.requireNonNull(entitiesAtLevel, "entitiesAtLevel");
        Checks.argument(entitiesAtLevel.length == names.size() + 1,
                "entitiesAtLevel must have one count per level 0..%d (%d values), had %d", names.size(),
                names.size() + 1, entitiesAtLevel.length);
        for (int k = 0; k < entitiesAtLevel.length; k++) {
            Checks.argument(entitiesAtLevel[k] >= 0, "entitiesAtLevel[%d] must be >= 0, was %d", k,
                    entitiesAtLevel[k]);
        }
        return new FunnelResult(names, entitiesAtLevel.clone());
    }

    /** Returns the result with no entity: the identity of {@link #plus}. */
    public static FunnelResult empty(List<String> steps) {
        return of(steps, new long[steps.size() + 1]);
    }

    static FunnelResult trusted(List<String> steps, long[] atLevel) {
        return new FunnelResult(steps, atLevel);
    }

    /** Returns the step names in funnel order. */
    public List<String> steps() {
        return steps;
    }

    /** Returns the number of entities in the log, whatever their level. */
    public Count entities() {
        long sum = 0;
        for (long c : atLevel) {
            sum = Math.addExact(sum, c);
        }
        return Count.of(sum);
    }

    /**
     * Returns the number of entities whose level is exactly {@code level}: that did steps {@code 0..level-1} and
     * not step {@code level}.
     *
     * @throws IllegalArgumentException if {@code level} is not in {@code [0, N]}
     */
    public Count atLevel(int level) {
        Checks.argument(level >= 0 && level < atLevel.length, "level must be in [0, %d], was %d",
                atLevel.length - 1, level);
        return Count.of(atLevel[level]);
    }

    /**
     * Returns the number of entities that did step {@code step} (0-based index) and every step before it: the
     * entities at levels {@code step+1..N}.
     *
     * @throws IllegalArgumentException if {@code step} is not in {@code [0, N-1]}
     */
    public Count reachedStep(int step) {
        Checks.argument(step >= 0 && step < steps.size(), "step must be in [0, %d], was %d", steps.size() - 1, step);
        long sum = 0;
        for (int k = step + 1; k < atLevel.length; k++) {
            sum = Math.addExact(sum, atLevel[k]);
        }
        return Count.of(sum);
    }

    /**
     * Returns {@link #reachedStep} per step as {@link FunnelCounts} (index {@code k} is step {@code k}), for step
     * and overall conversion and drop-off.
     */
    public FunnelCounts counts() {
        long[] c = new long[steps.size()];
        for (int k = 0; k < c.length; k++) {
            c[k] = reachedStep(k).value();
        }
        return FunnelCounts.of(steps, c);
    }

    /**
     * Returns the level-by-level sum: the result of two logs with disjoint entities, combined.
     *
     * @throws IllegalArgumentException if the steps differ
     * @throws ArithmeticException      if a count overflows
     */
    public FunnelResult plus(FunnelResult other) {
        Checks.argument(steps.equals(other.steps), "steps must agree: %s vs %s", steps, other.steps);
        long[] sum = new long[atLevel.length];
        for (int k = 0; k < sum.length; k++) {
            sum[k] = Math.addExact(atLevel[k], other.atLevel[k]);
        }
        return new FunnelResult(steps, sum);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof FunnelResult funnelResult && funnelResult.steps.equals(steps)
                && Arrays.equals(funnelResult.atLevel, atLevel);
    }

    @Override
    public int hashCode() {
        return 31 * steps.hashCode() + Arrays.hashCode(atLevel);
    }

    /** Returns the steps and the entities per level, such as {@code FunnelResult[view, buy; levels 5, 3, 2]}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("FunnelResult[").append(String.join(", ", steps)).append("; levels");
        for (int k = 0; k < atLevel.length; k++) {
            b.append(k == 0 ? " " : ", ").append(atLevel[k]);
        }
        return b.append(']').toString();
    }
}
