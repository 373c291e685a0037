package org.kpisdk.funnel.attribution;

/**
 * Splits conversions by per-channel weights under a {@link CreditAllocation}. Package-private machinery shared by
 * the data-driven models.
 */
final class WeightSplitter implements Splitter {
    private final double[] weights;
    private final CreditAllocation allocation;

    private WeightSplitter(double[] weights, CreditAllocation allocation) {
        this.weights = weights;
        this.allocation = allocation;
    }

    /** Returns a splitter by {@code weights} (indexed by channel id; negative weights count as zero). */
    static WeightSplitter of(double[] weights, CreditAllocation allocation) {
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.max(0, weights[i]);
        }
        return new WeightSplitter(w, allocation);
    }

    @Override
    public Object key(JourneySet set, int row) {
        return Paths.setKey(set, row);
    }

    @Override
    public boolean hasLongKeys(JourneySet set) {
        return set.channels().size() <= 64;
    }

    @Override
    public long longKey(JourneySet set, int row) {
        return Paths.setMask(set, row);
    }

    @Override
    public Split split(JourneySet set, int row) {
        int[] distinct = Paths.distinctSorted(set, row);
        if (allocation == CreditAllocation.TOTAL) {
            return Split.proportional(weights, distinct);
        }
        double[] restricted = new double[weights.length];
        for (int c : distinct) {
            restricted[c] = weights[c];
        }
        return Split.proportional(restricted, distinct);
    }
}
