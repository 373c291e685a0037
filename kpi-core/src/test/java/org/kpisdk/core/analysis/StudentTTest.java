package org.kpisdk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

final class StudentTTest {
    @Test
    void oneAndTwoDegreesOfFreedomHaveClosedForms() {
        // ν = 1 is the Cauchy distribution: F(t) = 1/2 + atan(t)/π, quantile tan(π(p − 1/2)).
        // ν = 2: F(t) = 1/2 + t / (2√(2 + t²)), quantile (2p − 1)/√(2p(1 − p)).
        for (double t : new double[] {-30, -2, -0.5, 0, 0.3, 1, 4.5, 100}) {
            assertEquals(0.5 + Math.atan(t) / Math.PI, StudentT.cdf(t, 1), 1e-15);
            assertEquals(0.5 + t / (2 * Math.sqrt(2 + t * t)), StudentT.cdf(t, 2), 1e-15);
        }
        for (double p : new double[] {0.001, 0.025, 0.1, 0.5, 0.9, 0.975, 0.995}) {
            assertEquals(Math.tan(Math.PI * (p - 0.5)), StudentT.quantile(p, 1),
                    1e-12 * Math.max(1, Math.abs(StudentT.quantile(p, 1))));
            assertEquals((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), StudentT.quantile(p, 2), 1e-12);
        }
    }

    @Test
    void publishedValues() {
        // scipy.stats.t: t(12).ppf(0.975) = 2.178812829667228, t(3).sf(4.5) = 0.0102452061722267,
        // t(1).cdf(−2) = 0.14758361765043326.
        assertEquals(2.178812829667228, StudentT.quantile(0.975, 12), 1e-13);
        assertEquals(0.0102452061722267, 1 - StudentT.cdf(4.5, 3), 1e-15);
        assertEquals(0.14758361765043326, StudentT.cdf(-2, 1), 1e-16);
        // NIST/SEMATECH e-Handbook 1.3.6.7.2 (critical values of t, 3 decimals): ν = 10, 0.975 → 2.228;
        // ν = 30, 0.95 → 1.697; ν = 100, 0.995 → 2.626.
        assertEquals(2.228, StudentT.quantile(0.975, 10), 5e-4);
        assertEquals(1.697, StudentT.quantile(0.95, 30), 5e-4);
        assertEquals(2.626, StudentT.quantile(0.995, 100), 5e-4);
    }

    @Test
    void cornishFisherAboveTheLimitAgreesWithTheExactSeries() {
        int df = StudentT.CORNISH_FISHER_LIMIT + 1;
        double t = StudentT.quantile(0.975, df);
        assertEquals(0.95, StudentT.centralProbability(t, df), 1e-12);
        assertEquals(-t, StudentT.quantile(1 - 0.975, df));
        // For huge ν the first-order term of the expansion dominates: t ≈ z + (z³ + z)/(4ν).
        double z = Normal.quantile(0.975);
        double v = Integer.MAX_VALUE;
        assertEquals(z + (z * z * z + z) / (4 * v), StudentT.quantile(0.975, Integer.MAX_VALUE), 1e-14);
    }

    @Test
    void refusesBadArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StudentT.cdf(1, 0));
        assertEquals("degreesOfFreedom must be >= 1, was 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StudentT.cdf(Double.NaN, 3));
        for (double p : new double[] {0, 1, -1, 2, Double.NaN}) {
            IllegalArgumentException q = assertThrows(IllegalArgumentException.class,
                    () -> StudentT.quantile(p, 3));
            assertTrue(q.getMessage().startsWith("p must be in (0, 1)"), q::getMessage);
        }
        assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(0.9, -4));
        assertEquals(1.0, StudentT.cdf(Double.POSITIVE_INFINITY, 5));
        assertEquals(0.0, StudentT.cdf(Double.NEGATIVE_INFINITY, 5));
    }

    @Test
    void cornishFisherQuantilesMatchHighPrecisionReferences() {
        // References: the root of P(T > t) = 1 - p with P(T > t) = I_{v/(v+t²)}(v/2, 1/2) / 2 (Abramowitz and
        // Stegun 26.7.1 with 26.5.27), solved by mpmath 1.3.0 (betainc, findroot) at 50 digits for the exact double
        // value of p, rounded to the nearest double. The expansion is only the start: Halley steps on the CDF
        // bring it within a few ulps (see DistributionReferenceTableTest).
        double[][] cases = {
            // v, p, t
            {10_001, 0.75, 0.6745142820303295},
            {10_001, 0.975, 1.9602012161646407},
            {10_001, 0.999, 3.091047434498081},
            {10_001, 0.999999999, 6.003354897324966},
            {123_457, 0.975, 1.959983200089538},
            {123_457, 0.999999999, 5.998256113864365},
            {10_000_000, 0.999, 3.0902331211809115},
            {10_000_000, 0.999999999, 5.997812563632333},
        };
        for (double[] c : cases) {
            int v = (int) c[0];
            double expected = c[2];
            double tolerance = 3e-14 * expected;
            assertEquals(expected, StudentT.quantile(c[1], v), tolerance, () -> "v=" + v + " p=" + c[1]);
            assertEquals(-expected, StudentT.quantile(1 - c[1], v), tolerance, () -> "v=" + v + " p=" + (1 - c[1]));
        }
    }

    @Test
    void smallTailsKeepTheirRelativePrecision() {
        // References: P(T > t) = I_{v/(v+t²)}(v/2, 1/2) / 2 by mpmath 1.3.0 (betainc) at 50 digits for the exact
        // double arguments. Through 1 − A(t|v) these came out as 0 (t = −1e20, v = 1) or with half their digits.
        double[][] cases = {
            // t, v, P(T <= t)
            {-1e20, 1, 3.1830988618379067e-21},
            {-1e10, 1, 3.1830988618379065e-11},
            {-1e200, 1, 3.1830988618379067e-201},
            {-3.0000001, 1, 0.10241637916646797},
            {-40, 2, 0.0003122073360923703},
            {-1e3, 3, 1.1026538212882963e-09},
            {-1e5, 4, 2.999999998e-20},
            {-3, 5, 0.015049623948731286},
            {-50, 7, 1.67562629777502e-10},
            {-7.5, 30, 1.1614624502755249e-08},
            {-12, 99, 2.5653148439487427e-21},
            {-12, 100, 2.197543857802189e-21},
            {-9, 250, 2.9242365299588074e-17},
            {-6, 9_999, 1.020812709425799e-09},
            {-3, 10_000, 0.0013532240949988331},
        };
        for (double[] c : cases) {
            int v = (int) c[1];
            double expected = c[2];
            // The continued fraction is slowest, and loses most, where x = v/(v + t²) nears its convergence bound.
            double tolerance = (v > 5_000 ? 5e-13 : 2e-14) * expected;
            assertEquals(expected, StudentT.cdf(c[0], v), tolerance, () -> "t=" + c[0] + " v=" + v);
            assertEquals(1 - expected, StudentT.cdf(-c[0], v), tolerance + 2e-16, () -> "t=" + -c[0] + " v=" + v);
        }
    }

    @Test
    void quantilesOfSmallTailsMatchHighPrecisionReferences() {
        // References: the root of P(T > −t) = p for the exact double p, by mpmath 1.3.0 (betainc, findroot) at 50
        // digits. Bisection on 1 − A(t|v) stopped where A rounded to 1: quantile(1e-20, 1) was −5.8e15.
        double[][] cases = {
            // v, p, t
            {1, 1e-20, -3.1830988618379067e+19},
            {1, 1e-300, -3.1830988618379066e+299},
            {2, 1e-20, -7071067811.865476},
            {3, 1e-20, -4795275.720468973},
            {3, 1e-300, -1.033110836044653e+100},
            {4, 1e-20, -131607.4012825853},
            {7, 1e-05, -10.10268425296758},
            {10, 1e-20, -256.4346993185262},
            {30, 1e-08, -7.556534651885402},
            {99, 1e-20, -11.72418391055895},
            {100, 1e-20, -11.694684673177003},
            {100, 1e-300, -9682.734287069563},
            {1000, 1e-20, -9.467044815255925},
            {10_000, 1e-20, -9.282474153254304},
            {10_000, 1e-300, -38.35638432100424},
        };
        for (double[] c : cases) {
            int v = (int) c[0];
            double expected = c[2];
            double tolerance = 1e-14 * -expected;
            assertEquals(expected, StudentT.quantile(c[1], v), tolerance, () -> "v=" + v + " p=" + c[1]);
        }
        // Past the largest double the quantile saturates rather than overflowing to infinity.
        assertEquals(-Double.MAX_VALUE, StudentT.quantile(Double.MIN_VALUE, 1));
    }

    @Test
    void quantilesOfSubnormalTailsKeepTheirPrecision() {
        // References: quantile() of make_distribution_references.py (mpmath 1.3.0, 50 digits) at p = 4.9e-324 and
        // 1e-310, rounded to the nearest double. Below the smallest normal double the tail underflows to fewer
        // bits; the quantile solves for its logarithm there (it was 8e-4 off at ν = 10,001 and p = 4.9e-324). That
        // logarithm, near −744, is good to about 1e-13 absolute, which a quantile of small ν feels as about 1e-13/ν
        // relative (4.6e-15 at ν = 2).
        double[][] cases = {
            // v, p, t
            {2, Double.MIN_VALUE, -3.1812124520951964e+161},
            {30, Double.MIN_VALUE, -300187201203.1176},
            {1000, Double.MIN_VALUE, -58.263765237171185},
            {9999, Double.MIN_VALUE, -39.936522488407604},
            {10_001, Double.MIN_VALUE, -39.93621950156999},
            {100_000_000, Double.MIN_VALUE, -38.467548018274},
            {10_001, 1e-310, -39.03990898298438},
            {100_000_000, 1e-310, -37.663193989706116},
        };
        for (double[] c : cases) {
            int v = (int) c[0];
            assertEquals(c[2], StudentT.quantile(c[1], v), 1e-13 * -c[2], () -> "v=" + v + " p=" + c[1]);
        }
    }

    @Test
    void theNormalizerMatchesTheLogGammaFunctionOnBothSidesOfTheSeries() {
        // ln(a B(a, 1/2)) = ln a + ln Γ(a) + ln Γ(1/2) − ln Γ(a + 1/2), a = v/2, by mpmath 1.3.0 (loggamma).
        double[][] cases = {
            {1, 0.4515827052894549}, {2, 0.6931471805599453}, {3, 0.8570478133976193},
            {4, 0.9808292530117262}, {5, 1.080191364711829}, {50, 2.1868025221852734},
            {98, 2.5208260681236037}, {99, 2.525876487300441}, {100, 2.530876403977105},
            {101, 2.5358268181536094}, {250, 2.9875218089092352}, {10_000, 4.830986538632777},
            {1_000_000, 7.133546881626865}, {Integer.MAX_VALUE, 10.969572651207464},
        };
        for (double[] c : cases) {
            int v = (int) c[0];
            assertEquals(c[1], StudentT.logNormalizer(v), 4e-16 * c[1], () -> "v=" + v);
        }
    }

    @Test
    void theCdfIsContinuousWhereItChangesMethod() {
        // Continuous to the series' absolute precision (which grows like ν ulps), not monotone in the last bit.
        IntStream.concat(IntStream.rangeClosed(1, 200), IntStream.of(1_000, 5_000, 9_999, 10_000)).forEach(v -> {
            double below = StudentT.cdf(-Math.nextDown(StudentT.TAIL_FROM), v);
            double at = StudentT.cdf(-StudentT.TAIL_FROM, v);
            assertEquals(at, below, 1e-16 * (v + 10), "v=" + v);
        });
    }
}
