package org.kpisdk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        // value of p, rounded to the nearest double. Tolerances: Normal.quantile is within 1e-14 relative, which
        // the expansion carries over.
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
}
