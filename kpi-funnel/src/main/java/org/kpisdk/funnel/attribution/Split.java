package org.kpisdk.funnel.attribution;

import java.util.Arrays;

/**
 * The exact shares of one conversion: distinct channel ids in ascending order and their fractions, which sum to one.
 * Package-private machinery.
 */
final class Split {
    final int[] channels;
    final Fraction[] shares;

    private Split(int[] channels, Fraction[] shares) {
        this.channels = channels;
        this.shares = shares;
    }

    /** Returns the split that gives everything to {@code channel}. */
    static Split single(int channel) {
        return new Split(new int[] {channel}, new Fraction[] {Fraction.ONE});
    }

    /**
     * Returns the split proportional to non-negative exact weights per channel id (indexed by id; ids with weight
     * zero are left out). If every weight is zero, splits equally among {@code fallback} ids.
     */
    static Split proportional(Fraction[] weightById, int[] fallback) {
        Fraction total = Fraction.ZERO;
        int n = 0;
        for (Fraction w : weightById) {
            if (w != null && !w.isZero()) {
                total = total.plus(w);
                n++;
            }
        }
        if (n == 0) {
            Fraction equal = Fraction.of(1, fallback.length);
            Fraction[] shares = new Fraction[fallback.length];
            Arrays.fill(shares, equal);
            return new Split(fallback.clone(), shares);
        }
        int[] ids = new int[n];
        Fraction[] shares = new Fraction[n];
        int k = 0;
        for (int id = 0; id < weightById.length; id++) {
            Fraction w = weightById[id];
            if (w != null && !w.isZero()) {
                ids[k] = id;
                shares[k] = Fraction.of(w.numerator().multiply(total.denominator()),
                        w.denominator().multiply(total.numerator()));
                k++;
            }
        }
        return new Split(ids, shares);
    }

    /** Returns the split proportional to non-negative finite {@code double} weights, taken exactly. */
    static Split proportional(double[] weightById, int[] fallback) {
        Fraction[] exact = new Fraction[weightById.length];
        for (int i = 0; i < weightById.length; i++) {
            double w = weightById[i];
            exact[i] = w > 0 ? Fraction.ofExact(w) : null;
        }
        return proportional(exact, fallback);
    }
}
