package org.kpisdk.funnel.attribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Largest-remainder (Hamilton) rounding: rounds non-negative parts to a scale so that they sum exactly to a target.
 * Package-private machinery.
 */
final class LargestRemainder {
    private LargestRemainder() {
    }

    /**
     * Returns {@code raw} rounded to {@code scale} fractional digits such that the results sum exactly to
     * {@code target} (which must have at most that scale). Each part is first rounded down; the units still missing
     * go one each to the parts with the largest remainders (ties to the lower index). Should the floors exceed the
     * target (only when the target was itself rounded down), units are taken back from the smallest remainders.
     */
    static BigDecimal[] round(BigDecimal[] raw, BigDecimal target, int scale) {
        int n = raw.length;
        BigDecimal[] out = new BigDecimal[n];
        BigDecimal[] rem = new BigDecimal[n];
        BigDecimal sum = BigDecimal.ZERO.setScale(scale);
        for (int i = 0; i < n; i++) {
            out[i] = raw[i].setScale(scale, RoundingMode.FLOOR);
            rem[i] = raw[i].subtract(out[i]);
            sum = sum.add(out[i]);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        long missing = target.setScale(scale, RoundingMode.UNNECESSARY).subtract(sum).movePointRight(scale)
                .longValueExact();
        if (n == 0) {
            return out;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Comparator<Integer> byRemainderDesc = (a, b) -> {
            int c = rem[b].compareTo(rem[a]);
            return c != 0 ? c : Integer.compare(a, b);
        };
        if (missing > 0) {
            Arrays.sort(order, byRemainderDesc);
            for (int k = 0; missing > 0; k = (k + 1) % n) {
                out[order[k]] = out[order[k]].add(unit);
                missing--;
            }
        } else if (missing < 0) {
            Arrays.sort(order, byRemainderDesc.reversed());
            boolean progress = true;
            while (missing < 0 && progress) {
                progress = false;
                for (int k = 0; k < n && missing < 0; k++) {
                    if (out[order[k]].signum() > 0) {
                        out[order[k]] = out[order[k]].subtract(unit);
                        missing++;
                        progress = true;
                    }
                }
            }
        }
        return out;
    }
}
