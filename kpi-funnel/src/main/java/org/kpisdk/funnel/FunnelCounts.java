package org.kpisdk.funnel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Count;
import org.kpisdk.core.value.Ratio;

/**
 * How many entities (users, leads, sessions) were counted at each stage or step of a funnel, with the
 * stage-to-stage metrics derived from the counts: step conversion {@code n[k] / n[k-1]}, overall conversion
 * {@code n[k] / n[0]}, drop-off {@code n[k-1] - n[k]} and its rate, and the bottleneck.
 *
 * <pre>{@code
 * FunnelCounts c = FunnelCounts.of(List.of("visit", "cart", "buy"), 1000, 200, 50);
 * c.stepConversion(1);        // 200/1000
 * c.overallConversion(2);     // 50/1000
 * c.dropOff(1);               // 800
 * c.lowestStepConversion();   // OptionalInt[1]: visit → cart converts 20%, cart → buy 25%
 * c.largestDropOff();         // OptionalInt[1]: 800 lost, against 150
 * }</pre>
 *
 * <p>Stage counts given directly (from separate measurements) need not decrease; an event funnel's counts always
 * do. Ratios whose denominator is 0 are undefined ({@link Ratio#isDefined()} false), never NaN. Merging adds the
 * counts stage by stage, which keeps every ratio a ratio of sums.
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class FunnelCounts {
    private final List<String> names;
    private final long[] counts;

    private FunnelCounts(List<String> names, long[] counts) {
        this.names = names;
        this.counts = counts;
    }

    /**
     * Returns the counts of the named stages, in funnel order.
     *
     * @throws NullPointerException     if {@code names} or {@code counts} is null, or a name is null (naming its
     *                                  index)
     * @throws IllegalArgumentException if there are no stages, the names are blank or repeated, the number of
     *                                  counts differs from the number of names, or a count is negative
     */
    public static FunnelCounts of(List<String> names, long... counts) {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(counts, "counts");
        int index = 0;
        for (String name : names) {
            if (name == null) {
                throw new NullPointerException(Checks.format("names[%d] must not be null", index));
            }
            index++;
        }
        List<String> copy = List.copyOf(names);
        Checks.argument(!copy.isEmpty(), "names must not be empty, was []");
        Checks.argument(copy.size() == counts.length, "counts must have one value per stage (%d), had %d",
                copy.size(), counts.length);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < copy.size(); i++) {
            String n = copy.get(i);
            Checks.argument(!n.isBlank(), "names[%d] must not be blank, was '%s'", i, n);
            Checks.argument(seen.add(n), "names must be distinct, '%s' appears twice", n);
            Checks.argument(counts[i] >= 0, "counts[%d] (%s) must be >= 0, was %d", i, n, counts[i]);
        }
        return new FunnelCounts(copy, counts.clone());
    }

    /** Returns zero counts for the named stages: the identity of {@link #plus}. */
    public static FunnelCounts zero(List<String> names) {
        return of(names, new long[names.size()]);
    }

    /** Returns the stage names in funnel order. */
    public List<String> names() {
        return names;
    }

    /** Returns the number of stages. */
    public int size() {
        return counts.length;
    }

    /** Returns the count at stage {@code k} (0-based). */
    public Count count(int k) {
        return Count.of(counts[index(k, 0)]);
    }

    /** Returns the count of the stage called {@code name}. */
    public Count count(String name) {
        int k = names.indexOf(Objects.requireNonNull(name, "name"));
        Checks.argument(k >= 0, "name must be one of %s, was '%s'", names, name);
        return Count.of(counts[k]);
    }

    /** Returns all counts in funnel order, as a fresh array. */
    public long[] toArray() {
        return counts.clone();
    }

    /** Returns the step conversion {@code n[k] / n[k-1]} into stage {@code k >= 1}. */
    public Ratio stepConversion(int k) {
        int i = index(k, 1);
        return Ratio.of(counts[i], counts[i - 1]);
    }

    /** Returns the overall conversion {@code n[k] / n[0]} from the first stage to stage {@code k}. */
    public Ratio overallConversion(int k) {
        return Ratio.of(counts[index(k, 0)], counts[0]);
    }

    /**
     * Returns the drop-off {@code n[k-1] - n[k]} into stage {@code k >= 1}; negative when stage {@code k} counts
     * more than the stage before it (possible only for counts measured separately).
     */
    public long dropOff(int k) {
        int i = index(k, 1);
        return Math.subtractExact(counts[i - 1], counts[i]);
    }

    /** Returns the drop-off rate {@code (n[k-1] - n[k]) / n[k-1]} into stage {@code k >= 1}. */
    public Ratio dropOffRate(int k) {
        int i = index(k, 1);
        return Ratio.of(dropOff(i), counts[i - 1]);
    }

    /**
     * Returns the stage {@code k >= 1} with the lowest defined step conversion (the first on ties), or empty when
     * there is a single stage or no step conversion is defined.
     */
    public OptionalInt lowestStepConversion() {
        int best = -1;
        for (int k = 1; k < counts.length; k++) {
            Ratio r = stepConversion(k);
            if (r.isDefined() && (best < 0 || r.compareTo(stepConversion(best)) < 0)) {
                best = k;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /**
     * Returns the stage {@code k >= 1} with the largest absolute drop-off (the first on ties), or empty when there
     * is a single stage.
     */
    public OptionalInt largestDropOff() {
        int best = -1;
        for (int k = 1; k < counts.length; k++) {
            if (best < 0 || dropOff(k) > dropOff(best)) {
                best = k;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** Returns whether every stage counts no more than the stage before it. */
    public boolean isNonIncreasing() {
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[k - 1]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the stage-by-stage sum of both counts: the counts of the combined population.
     *
     * @throws IllegalArgumentException if the stage names differ
     * @throws ArithmeticException      if a sum overflows
     */
    public FunnelCounts plus(FunnelCounts other) {
        Checks.argument(names.equals(other.names), "stage names must agree: %s vs %s", names, other.names);
        long[] sum = new long[counts.length];
        for (int k = 0; k < sum.length; k++) {
            sum[k] = Math.addExact(counts[k], other.counts[k]);
        }
        return new FunnelCounts(names, sum);
    }

    private int index(int k, int min) {
        if (k < min || k >= counts.length) {
            throw new IndexOutOfBoundsException(
                    Checks.format("stage index must be in [%d, %d], was %d", min, counts.length - 1, k));
        }
        return k;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof FunnelCounts funnelCounts && funnelCounts.names.equals(names)
                && Arrays.equals(funnelCounts.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * names.hashCode() + Arrays.hashCode(counts);
    }

    /** Returns {@code name=count} pairs in funnel order, such as {@code {visit=1000, cart=200}}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>(counts.length);
        for (int k = 0; k < counts.length; k++) {
            parts.add(names.get(k) + "=" + counts[k]);
        }
        return "{" + String.join(", ", parts) + "}";
    }
}
