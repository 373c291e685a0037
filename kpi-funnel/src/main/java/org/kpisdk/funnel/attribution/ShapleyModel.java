package org.kpisdk.funnel.attribution;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import org.kpisdk.core.internal.Checks;

/**
 * Shapley-value attribution with an explicit value function: exact over all coalitions for up to
 * {@link #exactLimit()} channels (default {@value #DEFAULT_EXACT_LIMIT}), Monte Carlo over seeded random
 * permutations above that.
 *
 * <pre>{@code
 * ShapleyModel zhao = ShapleyModel.of(ShapleyModel.ValueFunction.SUBSET_CONVERSIONS);
 * Map<String, Double> phi = zhao.values(journeys);    // Shapley values φ, summing to v(all channels)
 * AttributionResult r = zhao.attribute(journeys);
 * ShapleyModel big = ShapleyModel.of(ShapleyModel.ValueFunction.CONVERSION_RATE).withSamples(20_000).withSeed(7);
 * }</pre>
 *
 * <p>φ_i = Σ_{S ⊆ N∖{i}} |S|!·(n−|S|−1)!/n! · (v(S ∪ {i}) − v(S)), where N is the set of channels in the journeys.
 * The two value functions give very different credit on the same data; see {@link ValueFunction}. Negative Shapley
 * values (possible with conversion rates) count as zero weight. Under {@link CreditAllocation#TOTAL} (the default)
 * every conversion is split by the normalised values, so with {@link ValueFunction#SUBSET_CONVERSIONS} a channel's
 * credited conversions equal its Shapley value; under {@link CreditAllocation#PATH} each conversion is split among
 * its own channels in proportion to their values. Values are computed in {@code double}; a Monte Carlo estimate sets
 * {@link AttributionResult.Warning#MONTE_CARLO_ESTIMATE}. At most 64 channels.
 *
 * <p>Immutable and thread-safe.
 */
public final class ShapleyModel implements AttributionModel {
    /** The default largest number of channels computed exactly. */
    public static final int DEFAULT_EXACT_LIMIT = 15;
    /** The largest exact limit accepted (2^24 coalitions). */
    public static final int MAX_EXACT_LIMIT = 24;
    /** The default number of sampled permutations above the exact limit. */
    public static final int DEFAULT_SAMPLES = 10_000;
    /** The most permutations {@link #withSamples} accepts: bounds the Monte Carlo time per channel. */
    public static final int MAX_SAMPLES = 10_000_000;
    /** The default seed of the Monte Carlo estimate. */
    public static final long DEFAULT_SEED = 0x5EED_5AA9L;

    /** The worth v(S) of a coalition S of channels. */
    public enum ValueFunction {
        /**
         * Zhao et al. (2018): v(S) = conversions of journeys whose set of channels is a subset of S. Then
         * φ_j = Σ_{T ∋ j} R(T) / |T| (R(T): conversions of journeys whose channel set is exactly T): every conversion
         * is split equally among the distinct channels of its path. Non-conversions do not matter.
         */
        SUBSET_CONVERSIONS,
        /**
         * Dalessandro et al. (2012): v(S) = conversion rate of the journeys whose channel set is exactly S
         * (conversions over conversions plus non-conversions); zero for a coalition never observed and for the empty
         * one. Needs non-converting journeys to mean anything.
         */
        CONVERSION_RATE
    }

    private final ValueFunction valueFunction;
    private final int exactLimit;
    private final int samples;
    private final long seed;
    private final CreditAllocation allocation;

    private ShapleyModel(ValueFunction valueFunction, int exactLimit, int samples, long seed,
            CreditAllocation allocation) {
        this.valueFunction = Objects.requireNonNull(valueFunction, "valueFunction");
        Checks.argument(exactLimit >= 0 && exactLimit <= MAX_EXACT_LIMIT, "exactLimit must be in [0, %d], was %d",
                MAX_EXACT_LIMIT, exactLimit);
        Checks.argument(samples >= 1 && samples <= MAX_SAMPLES, "samples must be in [1, %d], was %d", MAX_SAMPLES,
                samples);
        this.exactLimit = exactLimit;
        this.samples = samples;
        this.seed = seed;
        this.allocation = Objects.requireNonNull(allocation, "allocation");
    }

    /** Returns the model with {@code valueFunction}, the default exact limit, samples, seed and TOTAL allocation. */
    public static ShapleyModel of(ValueFunction valueFunction) {
        return new ShapleyModel(valueFunction, DEFAULT_EXACT_LIMIT, DEFAULT_SAMPLES, DEFAULT_SEED,
                CreditAllocation.TOTAL);
    }

    /**
     * Returns this model computing exactly up to {@code limit} channels.
     *
     * @throws IllegalArgumentException if the limit is outside {@code [0, 24]}
     */
    public ShapleyModel withExactLimit(int limit) {
        return new ShapleyModel(valueFunction, limit, samples, seed, allocation);
    }

    /**
     * Returns this model sampling {@code samples} permutations above the exact limit.
     *
     * @throws IllegalArgumentException if samples is below 1 or above {@value #MAX_SAMPLES}
     */
    public ShapleyModel withSamples(int samples) {
        return new ShapleyModel(valueFunction, exactLimit, samples, seed, allocation);
    }

    /** Returns this model with the Monte Carlo seed {@code seed}. */
    public ShapleyModel withSeed(long seed) {
        return new ShapleyModel(valueFunction, exactLimit, samples, seed, allocation);
    }

    /** Returns this model with another allocation of credit. */
    public ShapleyModel withAllocation(CreditAllocation allocation) {
        return new ShapleyModel(valueFunction, exactLimit, samples, seed, allocation);
    }

    /** Returns the value function. */
    public ValueFunction valueFunction() {
        return valueFunction;
    }

    /** Returns the largest number of channels computed exactly. */
    public int exactLimit() {
        return exactLimit;
    }

    /** Returns whether {@code journeys} has too many channels for the exact computation. */
    public boolean isEstimated(JourneySet journeys) {
        return journeys.channels().size() > exactLimit;
    }

    /**
     * Returns the Shapley value of every channel (sorted by channel), exact or estimated as {@link #isEstimated}
     * says.
     *
     * @throws IllegalArgumentException if there are more than 64 channels
     */
    public Map<String, Double> values(JourneySet journeys) {
        double[] phi = compute(journeys);
        Map<String, Double> map = new LinkedHashMap<>();
        List<String> channels = journeys.channels();
        for (int i = 0; i < phi.length; i++) {
            map.put(channels.get(i), phi[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public String name() {
        return "shapley(" + valueFunction.name().toLowerCase(Locale.ROOT)
                + (allocation == CreditAllocation.TOTAL ? "" : ", " + allocation) + ")";
    }

    @Override
    public AttributionResult attribute(JourneySet journeys) {
        double[] phi = compute(journeys);
        EnumSet<AttributionResult.Warning> warnings = EnumSet.noneOf(AttributionResult.Warning.class);
        if (isEstimated(journeys)) {
            warnings.add(AttributionResult.Warning.MONTE_CARLO_ESTIMATE);
        }
        if (valueFunction == ValueFunction.CONVERSION_RATE && journeys.totalNonConversions() == 0
                && journeys.totalConversions() > 0) {
            warnings.add(AttributionResult.Warning.NO_NON_CONVERTING_PATHS);
        }
        return AttributionResult.compute(name(), journeys, WeightSplitter.of(phi, allocation), warnings);
    }

    private double[] compute(JourneySet set) {
        Objects.requireNonNull(set, "journeys");
        int n = set.channels().size();
        Checks.argument(n <= 64, "Shapley attribution supports at most 64 channels, was %d", n);
        // R(T) and non-conversions per exact channel set T (bit mask).
        Map<Long, long[]> bySet = new HashMap<>();
        for (int row = 0; row < set.size(); row++) {
            long mask = 0;
            for (int i = set.start(row); i < set.end(row); i++) {
                mask |= 1L << set.touch(i);
            }
            long[] c = bySet.computeIfAbsent(mask, k -> new long[2]);
            c[0] = Math.addExact(c[0], set.conv(row));
            c[1] = Math.addExact(c[1], set.nonConv(row));
        }
        return n <= exactLimit ? exact(n, bySet) : monteCarlo(n, bySet);
    }

    private double[] exact(int n, Map<Long, long[]> bySet) {
        int size = 1 << n;
        double[] v = new double[size];
        for (Map.Entry<Long, long[]> e : bySet.entrySet()) {
            int mask = (int) (long) e.getKey();
            long conv = e.getValue()[0];
            if (valueFunction == ValueFunction.SUBSET_CONVERSIONS) {
                v[mask] += conv;
            } else if (mask != 0) {
                v[mask] = rate(conv, e.getValue()[1]);
            }
        }
        if (valueFunction == ValueFunction.SUBSET_CONVERSIONS) {
            // Sum over subsets (zeta transform): v(S) = Σ_{T ⊆ S} R(T).
            for (int bit = 0; bit < n; bit++) {
                for (int s = 0; s < size; s++) {
                    if ((s & (1 << bit)) != 0) {
                        v[s] += v[s ^ (1 << bit)];
                    }
                }
            }
        }
        // weight[k] = k!·(n−k−1)!/n!, built as a product to stay in range.
        double[] weight = new double[Math.max(n, 1)];
        for (int k = 0; k < n; k++) {
            double w = 1.0 / n;
            for (int j = 1; j <= k; j++) {
                w *= (double) j / (n - j);
            }
            weight[k] = w;
        }
        double[] phi = new double[n];
        for (int s = 0; s < size; s++) {
            int k = Integer.bitCount(s);
            for (int i = 0; i < n; i++) {
                if ((s & (1 << i)) == 0) {
                    phi[i] += weight[k] * (v[s | (1 << i)] - v[s]);
                }
            }
        }
        return phi;
    }

    private double[] monteCarlo(int n, Map<Long, long[]> bySet) {
        long[] masks = new long[bySet.size()];
        double[] values = new double[bySet.size()];
        int k = 0;
        for (Map.Entry<Long, long[]> e : bySet.entrySet()) {
            masks[k] = e.getKey();
            long conv = e.getValue()[0];
            values[k] = valueFunction == ValueFunction.SUBSET_CONVERSIONS ? conv : rate(conv, e.getValue()[1]);
            k++;
        }
        sortByMask(masks, values);
        SplittableRandom random = new SplittableRandom(seed);
        int[] perm = new int[n];
        double[] phi = new double[n];
        for (int t = 0; t < samples; t++) {
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = perm[i];
                perm[i] = perm[j];
                perm[j] = tmp;
            }
            long coalition = 0;
            double before = value(0, masks, values);
            for (int i : perm) {
                coalition |= 1L << i;
                double after = value(coalition, masks, values);
                phi[i] += after - before;
                before = after;
            }
        }
        for (int i = 0; i < n; i++) {
            phi[i] /= samples;
        }
        return phi;
    }

    /**
     * Returns {@code conversions / (conversions + nonConversions)}, or 0 when both are 0. The sum is taken in
     * {@code double}: each count fits a {@code long} but their sum may not (both near 2^62), and the quotient is a
     * {@code double} anyway, so nothing is lost that the division would have kept.
     */
    static double rate(long conversions, long nonConversions) {
        if (conversions == 0) {
            return 0;
        }
        return conversions / ((double) conversions + (double) nonConversions);
    }

    private double value(long coalition, long[] masks, double[] values) {
        if (valueFunction == ValueFunction.SUBSET_CONVERSIONS) {
            double v = 0;
            for (int k = 0; k < masks.length; k++) {
                if ((masks[k] & ~coalition) == 0) {
                    v += values[k];
                }
            }
            return v;
        }
        if (coalition == 0) {
            return 0;
        }
        int k = Arrays.binarySearch(masks, coalition);
        return k >= 0 ? values[k] : 0;
    }

    /** Sorts masks ascending (with their values) so that lookups and sums do not depend on hash order. */
    private static void sortByMask(long[] masks, double[] values) {
        Integer[] order = new Integer[masks.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(masks[a], masks[b]));
        long[] m = masks.clone();
        double[] v = values.clone();
        for (int i = 0; i < order.length; i++) {
            masks[i] = m[order[i]];
            values[i] = v[order[i]];
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
