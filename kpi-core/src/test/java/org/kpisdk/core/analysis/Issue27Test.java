package org.kpisdk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * Issue 27: the five inputs at which the analysis functions fell short of double precision, each within 1e-13
 * relative (1e-12 for the far-tail quantile) of a reference. References are recomputed here from exact arithmetic
 * where that is short (least squares on {1, 2, 3, 4}, a single-period rate); the distribution values are the rows
 * of {@code distribution-references.csv} (mpmath 1.3.0 at 50 digits, see {@code make_distribution_references.py}).
 */
// The 25-digit references are quoted as the table prints them; the compiler rounds them to the nearest double.
@SuppressWarnings("FloatingPointLiteralPrecision")
final class Issue27Test {
    private static final double TOLERANCE = 1e-13;

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertTrue(Math.abs(actual / expected - 1) <= tolerance,
                () -> what + ": expected " + expected + ", was " + actual + ", relative error "
                        + Math.abs(actual / expected - 1));
    }

    /**
     * The unscaled problem x = 1..4, y = {1, 2, 2, 4}, by hand in exact rationals: x̄ = 5/2, ȳ = 9/4, Sxx = 5,
     * Sxy = 9/2, Syy = 19/4, slope 9/10, residuals {1, 2, −7, 4}/10, SSE = 7/10, s² = 7/20, R² = 1 − SSE/Syy = 81/95.
     */
    private static final double SLOPE = 0.9;
    private static final double SLOPE_STANDARD_ERROR = Math.sqrt(7.0 / 100);   // √(s²/Sxx) = √(7/20 / 5)
    private static final double R_SQUARED = 81.0 / 95;

    @Test
    void linearFitOfDeviationsBelow1e154IsScaledBeforeSquaring() {
        for (double scale : new double[] {1e-170, 1e-160}) {
            // x = {1, 2, 3, 4}·scale: the slope is 0.9/scale (refused as "zero variance" at 1e-170, off by 1.1e-5
            // with an infinite standard error at 1e-160).
            LinearFit fit = LinearFit.of(new double[] {1 * scale, 2 * scale, 3 * scale, 4 * scale},
                    new double[] {1, 2, 2, 4});
            assertRelative(SLOPE / scale, fit.slope(), TOLERANCE, "slope at " + scale);
            assertRelative(SLOPE_STANDARD_ERROR / scale, fit.slopeStandardError(), TOLERANCE, "slope SE at " + scale);
            assertRelative(R_SQUARED, fit.rSquared().orElseThrow(), TOLERANCE, "R² at " + scale);
            // The intercept ȳ − slope · x̄ = 9/4 − 9/10 · 5/2 is exactly 0.
            assertEquals(0.0, fit.intercept(), 1e-14, "intercept at " + scale);
        }
        // y = {1, 2, 2, 4}·1e-170 over x = 1..4: R² was empty ("all y equal") and the intervals had zero width.
        LinearFit fit = LinearFit.of(new double[] {1, 2, 3, 4}, new double[] {1e-170, 2e-170, 2e-170, 4e-170});
        assertRelative(R_SQUARED, fit.rSquared().orElseThrow(), TOLERANCE, "R² of tiny y");
        assertRelative(SLOPE * 1e-170, fit.slope(), TOLERANCE, "slope of tiny y");
        assertRelative(Math.sqrt(7.0 / 20) * 1e-170, fit.residualStandardDeviation(), TOLERANCE, "s of tiny y");
        // At x = 5 with ν = 2: half-width t · s · √(1 + 1/4 + (5 − 5/2)²/5) = t · s · √(5/2), with
        // t = Φ₂⁻¹(0.975) = (2p − 1)/√(2p(1 − p)) in closed form.
        double t = 0.95 / Math.sqrt(2 * 0.975 * 0.025);
        Interval interval = fit.predictionInterval(5, 0.95);
        assertRelative(t * Math.sqrt(7.0 / 20) * Math.sqrt(2.5) * 1e-170, interval.width() / 2, 1e-12,
                "half-width of tiny y");
    }

    @Test
    void studentTCdfForHugeDegreesOfFreedomJustInsideThree() {
        assertRelative(0.001865817361352706053750898, StudentT.cdf(-2.9, 10_000_000), TOLERANCE, "ν = 1e7");
        assertRelative(0.001865853910272088439786959, StudentT.cdf(-2.9, 1_000_000), TOLERANCE, "ν = 1e6");
        assertRelative(0.001865813706480703862093012, StudentT.cdf(-2.9, 100_000_000), TOLERANCE, "ν = 1e8");
        assertRelative(0.00135433986448994440448715, StudentT.cdf(-2.999, 10_000_000), TOLERANCE, "t = −2.999");
        assertRelative(1 - 0.001865817361352706053750898, StudentT.cdf(2.9, 10_000_000), 1e-16, "t = +2.9");
    }

    @Test
    void studentTQuantileFarTailAboveTenThousandDegreesOfFreedom() {
        // Cornish–Fisher alone was 3.5e-9 off at p = 1e-300 and 1.4e-11 at 1e-100.
        assertRelative(-38.35624960906852290651276, StudentT.quantile(1e-300, 10_001), 1e-12, "1e-300");
        assertRelative(-21.51694961265179926589886, StudentT.quantile(1e-100, 10_001), 1e-12, "1e-100");
        assertRelative(-37.04836842874147307902655, StudentT.quantile(1e-300, 10_000_000), 1e-12, "ν = 1e7");
        assertRelative(38.35624960906852290651276, -StudentT.quantile(1e-300, 10_001), 1e-12, "symmetry");
    }

    @Test
    void normalQuantileNearOneHalfAndAtTheSmallestDouble() {
        // mpmath 1.3.0, 50 digits: the root of Φ(x) = p for the exact doubles 0.5 ± 1e-7 and 0.5 ± 1e-10.
        assertRelative(-2.506628274703106513497816e-7, Normal.quantile(0.5 - 1e-7), TOLERANCE, "0.5 − 1e-7");
        assertRelative(2.506628273311648301161888e-7, Normal.quantile(0.5 + 1e-7), TOLERANCE, "0.5 + 1e-7");
        assertRelative(-2.506628482030353902220789e-10, Normal.quantile(0.5 - 1e-10), TOLERANCE, "0.5 − 1e-10");
        assertRelative(2.506628482030353902220789e-10, Normal.quantile(0.5 + 1e-10), TOLERANCE, "0.5 + 1e-10");
        // The smallest subnormal double, 4.9e-324 (was 1.8e-9 off), and 1e-310.
        assertRelative(-38.46740561714434625078436, Normal.quantile(Double.MIN_VALUE), TOLERANCE, "4.9e-324");
        assertRelative(-37.66306033194952373189098, Normal.quantile(1e-310), TOLERANCE, "1e-310");
    }

    @Test
    void requiredRateWhenTheTargetIsCloseToTheBaseline() {
        // One period: the rate is (target − baseline)/baseline of the exact doubles, recomputed in BigDecimal.
        double target = 5.0000001;
        // new BigDecimal(double) is the double's exact binary value, 5.000000100000000280431…
        double exact = new BigDecimal(target).subtract(BigDecimal.valueOf(5))
                .divide(BigDecimal.valueOf(5)).doubleValue();
        assertRelative(exact, RequiredGrowth.requiredRate(5, target, 1), 1e-15, "one period");
        // Twelve periods: (5.0000001/5)^(1/12) − 1 by mpmath 1.3.0 at 50 digits for the exact doubles.
        assertRelative(1.666666656062744375216093e-9, RequiredGrowth.requiredRate(5, 5.0000001, 12), TOLERANCE,
                "twelve periods");
        // Far apart and beyond the double range as a ratio: still the rate, from the logarithms.
        assertRelative(Math.pow(10, 600.0 / 100) - 1, RequiredGrowth.requiredRate(1e-300, 1e300, 100), 1e-12,
                "1e-300 → 1e300");
    }
}
