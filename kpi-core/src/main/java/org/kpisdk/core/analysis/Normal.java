package org.kpisdk.core.analysis;

import org.kpisdk.core.internal.Checks;

/**
 * The standard normal distribution: density, cumulative distribution function and quantile, to double precision
 * and with relative accuracy in both tails.
 *
 * <pre>{@code
 * Normal.cdf(1.96);               // 0.9750021048517795
 * Normal.complementaryCdf(6);     // 9.865876450376946e-10, the upper tail without cancellation
 * Normal.quantile(0.975);         // 1.959963984540054
 * Normal.quantile(1e-10);         // -6.361340902404056
 * }</pre>
 *
 * <p>Algorithms. The CDF uses, for {@code |x| <= 1.5}, the everywhere-convergent series of positive terms
 * {@code Φ(x) = 1/2 + φ(x) (x + x³/3 + x⁵/(3·5) + …)} (G. Marsaglia, "Evaluating the Normal Distribution",
 * Journal of Statistical Software 11(4), 2004) and, beyond, the Laplace continued fraction
 * {@code Φ(−x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + …))))} (Abramowitz and Stegun 26.2.14) evaluated by the modified
 * Lentz method; {@code exp(−x²/2)} is split as in W. J. Cody's erfc so that the rounding of {@code x²} does not
 * cost digits in the far tail. The quantile starts from P. J. Acklam's rational approximation (relative error below
 * 1.15e-9) and takes one Halley step against that CDF, with the residual {@code (Φ(x) − p)/φ(x)} formed without
 * cancellation: near the centre as {@code (Φ(x) − 1/2)/φ(x) − (p − 1/2)/φ(x)}, in the tail as Mills' ratio minus
 * {@code p/φ(x)} through logarithms, so that it holds for subnormal {@code p} down to {@link Double#MIN_VALUE}.
 *
 * <p>Precision, measured against 50-digit mpmath values ({@code distribution-references.csv} in the tests): the
 * quantile within 2e-15 relative for the table's 31 values of {@code p} from 4.9e-324 to {@code 1/2 − 1e-10}; the
 * CDF within 2e-15 relative from {@code x = −37.5} (where Φ reaches the smallest normal double) to 8, and within
 * 2e-15 relative plus one unit in the last place below, where the result is subnormal.
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class Normal {
    private static final double SQRT_2PI = 2.5066282746310002;
    private static final double SERIES_LIMIT = 1.5;

    // Acklam's coefficients (https://web.archive.org/web/20151030215612/http://home.online.no/~pjacklam/notes/invnorm/).
    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};
    private static final double P_LOW = 0.02425;

    private Normal() {
    }

    /** Returns the density {@code φ(x) = exp(−x²/2) / √(2π)}; 0 for infinite {@code x}. */
    public static double density(double x) {
        requireNotNaN(x, "x");
        if (Double.isInfinite(x)) {
            return 0.0;
        }
        return expHalfSquare(Math.abs(x)) / SQRT_2PI;
    }

    /**
     * Returns {@code Φ(x) = P(Z <= x)}; 0 and 1 at the infinities. Relative error is near the double rounding in the
     * lower tail (down to {@code x ≈ −38.4}, below which the result underflows to 0).
     *
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    public static double cdf(double x) {
        requireNotNaN(x, "x");
        return x <= 0 ? lowerTail(x) : 1.0 - lowerTail(-x);
    }

    /**
     * Returns the upper tail {@code 1 − Φ(x) = Φ(−x)}, computed without the cancellation of {@code 1 − cdf(x)}:
     * use it for p-values.
     *
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    public static double complementaryCdf(double x) {
        requireNotNaN(x, "x");
        return cdf(-x);
    }

    /**
     * Returns the quantile {@code Φ⁻¹(p)}, the {@code x} with {@code Φ(x) = p}, within 2e-15 relative over the
     * tested range from 4.9e-324 (subnormal) to 1/2. For {@code p >= 0.5} it is exactly
     * {@code −quantile(1 − p)}.
     *
     * @throws IllegalArgumentException unless {@code 0 < p < 1}
     */
    public static double quantile(double p) {
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException(Checks.format("p must be in (0, 1), was %s", p));
        }
        return p > 0.5 ? -lowerQuantile(1.0 - p) : lowerQuantile(p);
    }

    /** Returns {@code Φ⁻¹((1 + confidence) / 2)}, the two-sided critical value, after checking the level. */
    static double twoSidedCritical(double confidence) {
        checkConfidence(confidence);
        return -lowerQuantile((1.0 - confidence) / 2.0);
    }

    static void checkConfidence(double confidence) {
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException(
                    Checks.format("confidence must be in (0, 1), e.g. 0.95, was %s", confidence));
        }
    }

    /** Quantile for {@code 0 < p <= 0.5}. */
    private static double lowerQuantile(double p) {
        double x;
        if (p < P_LOW) {
            double q = Math.sqrt(-2.0 * Math.log(p));
            x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0);
        } else {
            double q = p - 0.5;
            double r = q * q;
            x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                    / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0);
        }
        if (x == 0.0) {
            return 0.0;
        }
        // One Halley step on Φ(x) − p, with u = (Φ(x) − p)/φ(x) computed without cancellation.
        double u;
        if (-x <= SERIES_LIMIT) {
            // Near the centre Φ(x) and p are both near 1/2: subtract the parts beyond 1/2 instead. p − 1/2 is exact
            // for p >= 1/4 (within half an ulp of 1/2 below), the series is (Φ(x) − 1/2)/φ(x) to full precision.
            u = marsagliaSum(x) - (p - 0.5) / density(x);
        } else {
            // In the tail Φ(x)/φ(x) is 1 over the Laplace fraction; p/φ(x) = p √(2π) exp(x²/2) is formed through
            // its logarithm, since for p below about 1e-308 φ(x) is subnormal or 0 and exp(x²/2) overflows.
            double a = -x;
            double high = Math.floor(a * 16.0) / 16.0;
            double low = a - high;
            double ratio = Math.exp(Math.log(p) + high * high / 2.0 + low * (a + high) / 2.0) * SQRT_2PI;
            u = 1.0 / laplaceContinuedFraction(a) - ratio;
        }
        return x - u / (1.0 + x * u / 2.0);
    }

    /** Σ x^(2n+1)/(1·3·…·(2n+1)) for |x| <= 1.5: Φ(x) = 1/2 + φ(x) times this (Marsaglia 2004). */
    private static double marsagliaSum(double x) {
        double term = x;
        double sum = x;
        double square = x * x;
        for (int n = 1; n < 200; n++) {
            term *= square / (2 * n + 1);
            double next = sum + term;
            if (next == sum) {
                break;
            }
            sum = next;
        }
        return sum;
    }

    /** Φ(x) for x <= 0, relatively accurate. */
    private static double lowerTail(double x) {
        if (x == Double.NEGATIVE_INFINITY) {
            return 0.0;
        }
        double a = -x;
        if (a <= SERIES_LIMIT) {
            // Marsaglia (2004): Φ(x) = 1/2 + φ(x) Σ x^(2n+1)/(1·3·…·(2n+1)); all terms share the sign of x.
            double sum = marsagliaSum(x);
            return 0.5 + expHalfSquare(a) / SQRT_2PI * sum;
        }
        double phi = expHalfSquare(a) / SQRT_2PI;
        if (phi == 0.0) {
            return 0.0;
        }
        return phi / laplaceContinuedFraction(a);
    }

    /** Evaluates a + 1/(a + 2/(a + 3/(a + …))) by the modified Lentz method (a > 0). */
    private static double laplaceContinuedFraction(double a) {
        double tiny = 1e-300;
        double f = a;
        double c = a;
        double d = 0.0;
        for (int k = 1; k < 10_000; k++) {
            d = a + k * d;
            d = d == 0.0 ? tiny : d;
            c = a + k / c;
            c = c == 0.0 ? tiny : c;
            d = 1.0 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1.0) < 1e-16) {
                break;
            }
        }
        return f;
    }

    /** exp(−a²/2) for a >= 0, with a split so that the rounding of a² does not reach the result (Cody). */
    private static double expHalfSquare(double a) {
        double high = Math.floor(a * 16.0) / 16.0;
        double low = a - high;
        return Math.exp(-high * high / 2.0) * Math.exp(-low * (a + high) / 2.0);
    }

    private static void requireNotNaN(double x, String name) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException(name + " must be a number, was NaN");
        }
    }
}
