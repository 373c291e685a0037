package org.kpisdk.core.analysis;

import java.util.function.DoublePredicate;

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
 * <p>Algorithms. Below {@code |t| = 1.5} the CDF is {@code 1/2 ± A/2} with the central probability {@code A}:
 * up to 100 degrees of freedom the finite series of Abramowitz and Stegun 26.7.3 (odd ν) and 26.7.4 (even), above
 * that the incomplete beta function {@code I_y(1/2, ν/2)}, {@code y = t²/(ν + t²)}, as its hypergeometric series of
 * positive terms (DLMF 8.17.8). From {@code |t| = 1.5} on it is the tail {@code P(T > |t|) = I_x(ν/2, 1/2) / 2}
 * with {@code x = ν/(ν + t²)} (Abramowitz and Stegun 26.7.1 and 26.5.27), the continued fraction of DLMF 8.17.22 by
 * the modified Lentz method, in double-double arithmetic above 100 degrees of freedom, where {@code 1 − x} is small
 * and the fraction would otherwise lose {@code ulp(1)/(1 − x)}. A small tail keeps its relative precision:
 * {@code cdf(-1e20, 1)} is {@code 3.18e-21}, not 0. The quantile inverts the same functions by bisection to the last
 * bit up to {@value #CORNISH_FISHER_LIMIT} degrees of freedom ({@code quantile(1e-20, 1) = −3.18e19}); above, it
 * starts from the Cornish–Fisher expansion of Abramowitz and Stegun 26.7.5 around the normal quantile and takes
 * Halley steps on the same CDF.
 *
 * <p>Precision, measured against 50-digit mpmath values for ν from 1 to 10^8 and p from 1e-300 to 1/2
 * ({@code distribution-references.csv} in the tests): the quantile within 4e-15 relative; the lower-tail CDF
 * {@code P} within {@code 2e-14 + 5e-16·|ln P|} relative, i.e. 4e-14 at 1e-20 and 3.7e-13 at 1e-300, where the tail
 * is the exponential of a rounded exponent near −690 (measured: 1.3e-14 down to 1e-20, 3.1e-13 at 1e-300). Below
 * the smallest normal double the quantile solves for the tail's logarithm, within 1e-13 relative at 4.9e-324.
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class StudentT {
    static final int CORNISH_FISHER_LIMIT = 10_000;

    /**
     * From this {@code |t|} on, the CDF and the quantile work with the tail. Its continued fraction converges where
     * {@code x < (a + 1)/(a + b + 2)}, i.e. {@code t² > ν/(ν + 2)}, so for every {@code ν} once {@code t > 1}; below
     * it the central series needs about 30 terms at most.
     */
    static final double TAIL_FROM = 1.5;

    /** Degrees of freedom up to which the central probability is the finite series (at most 50 terms). */
    static final int SERIES_UP_TO = 100;

    /** Degrees of freedom from which {@code ln Γ(ν/2 + 1/2) − ln Γ(ν/2)} comes from its asymptotic series. */
    private static final int ASYMPTOTIC_FROM = 100;

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
        double abs = Math.abs(t);
        if (abs >= TAIL_FROM) {
            double tail = upperTail(abs, degreesOfFreedom, logNormalizer(degreesOfFreedom));
            return t > 0 ? 1.0 - tail : tail;
        }
        double a = centralProbability(abs, degreesOfFreedom);
        return t >= 0 ? 0.5 + a / 2.0 : 0.5 - a / 2.0;
    }

    /**
     * Returns the density {@code f(t) = (1 + t²/ν)^(−(ν+1)/2) / (√ν B(ν/2, 1/2))} for finite {@code t}, from the
     * same normalizer as the tail: {@code √ν B(ν/2, 1/2) = 2 e^logNormalizer / √ν}.
     */
    static double density(double t, int df, double logNormalizer) {
        return Math.exp(logDensity(t, df, logNormalizer));
    }

    /** The logarithm of {@link #density}. */
    static double logDensity(double t, int df, double logNormalizer) {
        double u = t / Math.sqrt(df);
        return 0.5 * Math.log(df / 4.0) - (df + 1.0) / 2.0 * Math.log1p(u * u) - logNormalizer;
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
        // For p > 0.5, 1 − p is exact (Sterbenz), so quantile(p) and quantile(1 − p) see the same tail.
        double upper = upperQuantile(p > 0.5 ? 1.0 - p : p, degreesOfFreedom);
        return p > 0.5 ? upper : -upper;
    }

    /** Returns {@code t > 0} with {@code P(T > t) = tail}, for {@code 0 < tail < 0.5}. */
    private static double upperQuantile(double tail, int df) {
        double logNormalizer = logNormalizer(df);
        if (df > CORNISH_FISHER_LIMIT) {
            return halleyRefined(cornishFisher(-Normal.quantile(tail), df), tail, df, logNormalizer);
        }
        if (tail >= upperTail(TAIL_FROM, df, logNormalizer)) {
            // 1 − 2·tail is exact for tail in [1/4, 1/2] (Sterbenz) and the central probability is relatively
            // accurate, so a quantile near 0 keeps its relative precision.
            double central = 1.0 - 2.0 * tail;
            return bisect(0.0, TAIL_FROM, mid -> centralProbability(mid, df) < central);
        }
        double logTarget = Math.log(tail);
        // A subnormal tail has lost bits to underflow; its logarithm has not.
        DoublePredicate belowAnswer = tail < Double.MIN_NORMAL
                ? t -> logUpperTail(t, df, logNormalizer) > logTarget
                : t -> upperTail(t, df, logNormalizer) > tail;
        double low;
        double high = TAIL_FROM;
        do {
            low = high;
            high *= 2.0;
            if (Double.isInfinite(high)) {
                return Double.MAX_VALUE;
            }
        } while (belowAnswer.test(high));
        return bisect(low, high, belowAnswer);
    }

    /**
     * Refines a start {@code t0 > 0} for {@code P(T > t) = tail} by Halley steps on the CDF: on the tail itself
     * from {@link #TAIL_FROM} on, and below it on the central probability {@code A(t) = 1 − 2·tail}, whose
     * residual keeps its relative precision near {@code t = 0}. The Cornish–Fisher start is within about 1e-8
     * relative, so the steps stop, on a step below 1e-15 relative, after two or three.
     */
    private static double halleyRefined(double t0, double tail, int df, double logNormalizer) {
        // Below the smallest normal double the tail and the density lose bits to underflow; their logarithms don't.
        boolean subnormal = tail < Double.MIN_NORMAL;
        double logTarget = Math.log(tail);
        double t = t0;
        for (int i = 0; i < 8 && Double.isFinite(t); i++) {
            double step;
            if (subnormal && t >= TAIL_FROM) {
                // Newton step on ln P(T > t) − ln tail, whose derivative is −f(t)/P(T > t).
                double logTail = logUpperTail(t, df, logNormalizer);
                step = (logTail - logTarget) / Math.exp(logDensity(t, df, logNormalizer) - logTail);
            } else {
                double f = density(t, df, logNormalizer);
                if (!(f > 0.0)) {
                    return t;
                }
                // Halley step on g(t) = P(T > t) − tail, g' = −f, g'' = f · (ν + 1) t / (ν + t²).
                double delta = t >= TAIL_FROM
                        ? (upperTail(t, df, logNormalizer) - tail) / f
                        : ((1.0 - 2.0 * tail) - centralProbability(t, df)) / (2.0 * f);
                double curvature = (df + 1.0) * t / (df + t * t);
                step = delta / (1.0 - delta * curvature / 2.0);
            }
            t += step;
            if (Math.abs(step) <= 1e-15 * Math.abs(t)) {
                break;
            }
        }
        return t;
    }

    /**
     * Narrows {@code [low, high]}, where the answer lies, to adjacent doubles and returns the upper one;
     * {@code belowAnswer} tells whether a point lies below the answer.
     */
    private static double bisect(double low, double high, DoublePredicate belowAnswer) {
        for (int i = 0; i < 2_000; i++) {
            double mid = low + (high - low) / 2.0;
            if (mid <= low || mid >= high) {
                break;
            }
            if (belowAnswer.test(mid)) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    /**
     * {@code P(T > t)} for {@code t >= TAIL_FROM}: {@code I_x(a, 1/2) / 2} with {@code a = ν/2} and
     * {@code x = ν/(ν + t²) = 1/(1 + u²)}, {@code u = t/√ν}, where
     * {@code I_x(a, b) = x^a (1 − x)^b / (a B(a, b)) × fraction}. The power
     * {@code x^a (1 − x)^(1/2) = (1 + u²)^(−a) (1 + 1/u²)^(−1/2) = u^(−ν) (1 + 1/u²)^(−a − 1/2)} takes the first form
     * below {@code u = 1}, where {@code u^(−ν)} could overflow, and the second from there on, where {@code u²} could,
     * and where a logarithm of a large {@code 1 + u²} would lose the tail's last digits in the exponential.
     */
    static double upperTail(double t, int df, double logNormalizer) {
        double a = df / 2.0;
        double u = t / Math.sqrt(df);
        double u2 = u * u;
        double power = u >= 1.0
                ? Math.pow(u, -df) * Math.exp(-(a + 0.5) * Math.log1p(1.0 / u2) - logNormalizer)
                : Math.exp(-a * Math.log1p(u2) - 0.5 * Math.log1p(1.0 / u2) - logNormalizer);
        return power * tailFraction(t, df, u2) / 2.0;
    }

    /** {@code ln P(T > t)} for {@code t >= TAIL_FROM}, as {@link #upperTail}, finite where the tail underflows. */
    static double logUpperTail(double t, int df, double logNormalizer) {
        double a = df / 2.0;
        double u = t / Math.sqrt(df);
        double u2 = u * u;
        double logPower = u >= 1.0
                ? -df * Math.log(u) - (a + 0.5) * Math.log1p(1.0 / u2) - logNormalizer
                : -a * Math.log1p(u2) - 0.5 * Math.log1p(1.0 / u2) - logNormalizer;
        return logPower + Math.log(tailFraction(t, df, u2) / 2.0);
    }

    /** The continued fraction of the tail at {@code x = 1/(1 + u²)}, in double-double above SERIES_UP_TO. */
    private static double tailFraction(double t, int df, double u2) {
        if (df <= SERIES_UP_TO) {
            return betaFraction(1.0 / (1.0 + u2), df / 2.0, 0.5);
        }
        DoubleDouble square = DoubleDouble.product(t, t);
        DoubleDouble x = DoubleDouble.of(df).dividedBy(DoubleDouble.of(df).plus(square));
        return preciseBetaFraction(x, df / 2.0);
    }

    /**
     * {@link #betaFraction} with {@code b = 1/2} in double-double arithmetic. In double precision, where
     * {@code 1 − x = t²/(ν + t²)} is small the partial denominators {@code 1 + d(m)·D} cancel to about
     * {@code 1 − x} and the fraction loses {@code ulp(1)/(1 − x)}, 6e-11 relative at {@code t = 2.9},
     * {@code ν = 10^7}; with about 32 digits the same loss stays far below a double's last bit for every
     * {@code ν} an int can hold and {@code t >= TAIL_FROM}. The integer factors of each partial numerator and
     * denominator are exact products of doubles.
     */
    static double preciseBetaFraction(DoubleDouble x, double a) {
        double b = 0.5;
        DoubleDouble one = DoubleDouble.ONE;
        DoubleDouble c = one;
        DoubleDouble d = one.dividedBy(one.plus(x.times(DoubleDouble.of(a + b))
                .dividedBy(DoubleDouble.of(a + 1.0)).negated()));
        DoubleDouble fraction = d;
        for (int m = 1; m <= 100_000; m++) {
            DoubleDouble even = x.times(DoubleDouble.of(m * (b - m)))
                    .dividedBy(DoubleDouble.product(a + 2 * m - 1, a + 2 * m));
            d = one.dividedBy(one.plus(even.times(d)));
            c = one.plus(even.dividedBy(c));
            fraction = fraction.times(d.times(c));
            DoubleDouble odd = x.times(DoubleDouble.product(a + m, a + b + m))
                    .dividedBy(DoubleDouble.product(a + 2 * m, a + 2 * m + 1)).negated();
            d = one.dividedBy(one.plus(odd.times(d)));
            c = one.plus(odd.dividedBy(c));
            DoubleDouble step = d.times(c);
            fraction = fraction.times(step);
            if (Math.abs(step.hi - 1.0 + step.lo) <= 0x1p-70) {
                break;
            }
        }
        return fraction.doubleValue();
    }

    /**
     * The continued fraction of DLMF 8.17.22, {@code 1/(1+ d1/(1+ d2/(1+ …)))} with
     * {@code d(2m+1) = −(a+m)(a+b+m)x / ((a+2m)(a+2m+1))} and {@code d(2m) = m(b−m)x / ((a+2m−1)(a+2m))}, by the
     * modified Lentz method. It is used only where {@code x < (a+1)/(a+b+2)}, where it converges in {@code O(√a)}
     * steps, and in double precision only up to {@value #SERIES_UP_TO} degrees of freedom, where its loss
     * {@code ulp(1)/(1 − x)} stays below 5e-15; it has no guard against a zero partial denominator, none having come
     * near zero over the reference table's sweep of ν from 1 to 10^8 and tails down to 1e-300.
     */
    static double betaFraction(double x, double a, double b) {
        double c = 1.0;
        double d = 1.0 / (1.0 - (a + b) * x / (a + 1.0));
        double fraction = d;
        for (int m = 1; m <= 10_000; m++) {
            double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
            d = 1.0 / (1.0 + even * d);
            c = 1.0 + even / c;
            fraction *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
            d = 1.0 / (1.0 + odd * d);
            c = 1.0 + odd / c;
            double step = d * c;
            fraction *= step;
            if (Math.abs(step - 1.0) <= 0x1p-52) {
                break;
            }
        }
        return fraction;
    }

    /**
     * {@code ln(a B(a, 1/2))} with {@code a = ν/2}, where {@code B(a, 1/2) = √π Γ(a) / Γ(a + 1/2)}. Below
     * {@value #ASYMPTOTIC_FROM} degrees of freedom the gamma ratio {@code r(ν) = Γ(ν/2)/Γ(ν/2 + 1/2)} comes from
     * {@code r(1) = √π}, {@code r(2) = 2/√π}, {@code r(ν + 2) = r(ν) ν/(ν + 1)}; from there on from the asymptotic
     * series {@code ln Γ(a + 1/2) − ln Γ(a) = ½ ln a − 1/(8a) + 1/(192a³) − 1/(640a⁵) + 17/(14336a⁷) − …}
     * (the Bernoulli-polynomial expansion of DLMF 5.11.8), whose next term is below 1e-18 there.
     */
    static double logNormalizer(int df) {
        double a = df / 2.0;
        if (df < ASYMPTOTIC_FROM) {
            double ratio = df % 2 == 1 ? Math.sqrt(Math.PI) : 2.0 / Math.sqrt(Math.PI);
            for (int v = 2 - df % 2; v < df; v += 2) {
                ratio *= v / (v + 1.0);
            }
            return Math.log(a * Math.sqrt(Math.PI) * ratio);
        }
        double a2 = a * a;
        double series = 0.5 * Math.log(a) - (1.0 / 8 - (1.0 / 192 - (1.0 / 640 - 17.0 / 14_336 / a2) / a2) / a2) / a;
        return Math.log(a) + 0.5 * Math.log(Math.PI) - series;
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

    /**
     * {@code A(t|ν) = P(−t <= T <= t)} for {@code 0 <= t < TAIL_FROM}: up to {@value #SERIES_UP_TO} degrees of
     * freedom the finite series of Abramowitz and Stegun 26.7.3 and 26.7.4 (about {@code ν/2} terms); above it
     * {@code I_y(1/2, ν/2)} with {@code y = t²/(ν + t²)}, {@code u² = t²/ν} (26.7.1 with 26.5.2), as the
     * hypergeometric series {@code y^(1/2) (1 − y)^(ν/2) / ((1/2) B(1/2, ν/2)) · Σ (ν/2 + 1/2)_k/(3/2)_k y^k}
     * (DLMF 8.17.8), whose terms are positive and, below {@code TAIL_FROM}, fall below the sum's last bit within
     * about 30 terms for any {@code ν}; the prefactor is {@code √y (1 + u²)^(−ν/2) · ν e^(−logNormalizer)}.
     */
    static double centralProbability(double t, int df) {
        if (df <= SERIES_UP_TO) {
            return centralSeries(t, df);
        }
        double u2 = t * t / df;
        double y = u2 / (1.0 + u2);
        double half = df / 2.0;
        double term = 1.0;
        double sum = 1.0;
        for (int k = 0; k < 10_000; k++) {
            term *= (half + 0.5 + k) / (1.5 + k) * y;
            double next = sum + term;
            if (next == sum) {
                break;
            }
            sum = next;
        }
        double power = Math.sqrt(y) * Math.exp(-half * Math.log1p(u2) + Math.log(df) - logNormalizer(df));
        return Math.min(1.0, power * sum);
    }

    /** A(t|ν) = P(−t <= T <= t) for t >= 0 (Abramowitz and Stegun 26.7.3 and 26.7.4). */
    static double centralSeries(double t, int df) {
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
