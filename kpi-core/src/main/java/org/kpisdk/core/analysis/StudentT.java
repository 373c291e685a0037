package org.kpisdk.core.analysis;

import org.kpisdk.core.internal.Checks;

/**
 * Student's t distribution with a whole number of degrees of freedom: cumulative distribution function and
 * quantile, used by the prediction intervals of {@link LinearFit}.
 *
 * <pre>{@code
 * StudentT.quantile(0.975, 10);   // 2.2281388519649…
 * StudentT.cdf(2.0, 1);           // 0.8524163823495667 = 1/2 + atan(2)/π
 * }</pre>
 *
 * <p>Algorithms. The CDF is the finite series of Abramowitz and Stegun 26.7.3 (odd degrees of freedom) and 26.7.4
 * (even), exact up to rounding, with absolute error near 1e-15; the quantile inverts it by bisection to the last
 * bit. Above {@value #CORNISH_FISHER_LIMIT} degrees of freedom the quantile uses the Cornish–Fisher expansion of
 * Abramowitz and Stegun 26.7.5 around the normal quantile (error below 1e-18 there) and the CDF is evaluated the
 * same finite way.
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class StudentT {
    static final int CORNISH_FISHER_LIMIT = 10_000;

    private StudentT() {
    }

    /**
     * Returns {@code P(T <= t)} for {@code T} with {@code degreesOfFreedom} degrees of freedom.
     *
     * @throws IllegalArgumentException if {@code t} is NaN or {@code degreesOfFreedom < 1}
     */
    public static double cdf(double t, int degreesOfFreedom) {
        checkDf(degreesOfFreedom);
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("t must be a number, was NaN");
        }
        if (Double.isInfinite(t)) {
            return t > 0 ? 1.0 : 0.0;
        }
        double a = centralProbability(Math.abs(t), degreesOfFreedom);
        return t >= 0 ? 0.5 + a / 2.0 : 0.5 - a / 2.0;
    }

    /**
     * Returns the quantile: the {@code t} with {@code cdf(t, degreesOfFreedom) = p}; exactly {@code −quantile(1 − p)}
     * for {@code p > 0.5}.
     *
     * @throws IllegalArgumentException unless {@code 0 < p < 1} and {@code degreesOfFreedom >= 1}
     */
    public static double quantile(double p, int degreesOfFreedom) {
        checkDf(degreesOfFreedom);
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException(Checks.format("p must be in (0, 1), was %s", p));
        }
        if (p == 0.5) {
            return 0.0;
        }
        double upper = p > 0.5 ? upperQuantile(p - (1.0 - p), 1.0 - p, degreesOfFreedom)
                : upperQuantile((1.0 - p) - p, p, degreesOfFreedom);
        return p > 0.5 ? upper : -upper;
    }

    /** Returns {@code t} with {@code P(|T| <= t) = central} where {@code tail = (1 − central)/2}; t > 0. */
    private static double upperQuantile(double central, double tail, int df) {
        if (df > CORNISH_FISHER_LIMIT) {
            return cornishFisher(-Normal.quantile(tail), df);
        }
        double low = 0.0;
        double high = 1.0;
        while (centralProbability(high, df) < central) {
            low = high;
            high *= 2.0;
            if (Double.isInfinite(high)) {
                return Double.MAX_VALUE;
            }
        }
        for (int i = 0; i < 2_000; i++) {
            double mid = low + (high - low) / 2.0;
            if (mid <= low || mid >= high) {
                break;
            }
            if (centralProbability(mid, df) < central) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    /** Abramowitz and Stegun 26.7.5: t ≈ x + g1/ν + g2/ν² + g3/ν³ + g4/ν⁴. */
    private static double cornishFisher(double x, int df) {
        double v = df;
        double x2 = x * x;
        double g1 = (x2 + 1) * x / 4;
        double g2 = ((5 * x2 + 16) * x2 + 3) * x / 96;
        double g3 = (((3 * x2 + 19) * x2 + 17) * x2 - 15) * x / 384;
        double g4 = ((((79 * x2 + 776) * x2 + 1482) * x2 - 1920) * x2 - 945) * x / 92_160;
        return x + (g1 + (g2 + (g3 + g4 / v) / v) / v) / v;
    }

    /** A(t|ν) = P(−t <= T <= t) for t >= 0 (Abramowitz and Stegun 26.7.3 and 26.7.4). */
    static double centralProbability(double t, int df) {
        double sqrtDf = Math.sqrt(df);
        double r = Math.hypot(t, sqrtDf);
        double sin = t / r;
        double cos = sqrtDf / r;
        double cos2 = cos * cos;
        if (df % 2 == 0) {
            double term = 1.0;
            double sum = 1.0;
            for (int k = 1; k <= df / 2 - 1; k++) {
                term *= cos2 * (2 * k - 1) / (2 * k);
                double next = sum + term;
                if (next == sum) {
                    break;
                }
                sum = next;
            }
            return Math.min(1.0, sin * sum);
        }
        double theta = Math.atan2(t, sqrtDf);
        if (df == 1) {
            return Math.min(1.0, 2.0 / Math.PI * theta);
        }
        double term = 1.0;
        double sum = 1.0;
        for (int k = 1; k <= (df - 3) / 2; k++) {
            term *= cos2 * (2 * k) / (2 * k + 1);
            double next = sum + term;
            if (next == sum) {
                break;
            }
            sum = next;
        }
        return Math.min(1.0, 2.0 / Math.PI * (theta + sin * cos * sum));
    }

    private static void checkDf(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException(
                    Checks.format("degreesOfFreedom must be >= 1, was %d", degreesOfFreedom));
        }
    }
}
