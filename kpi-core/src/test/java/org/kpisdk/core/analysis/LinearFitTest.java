package org.kpisdk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class LinearFitTest {
    /**
     * NIST Statistical Reference Datasets, linear least squares, dataset "Norris" (lower difficulty, 36
     * observations; https://www.itl.nist.gov/div898/strd/lls/data/Norris.shtml). Data in the order of the NIST file.
     */
    static final double[] NORRIS_Y = {0.1, 338.8, 118.1, 888.0, 9.2, 228.1, 668.5, 998.5, 449.1, 778.9, 559.2, 0.3,
        0.1, 778.1, 668.8, 339.3, 448.9, 10.8, 557.7, 228.3, 998.0, 888.8, 119.6, 0.3, 0.6, 557.6, 339.3, 888.0,
        998.5, 778.9, 10.2, 117.6, 228.9, 668.4, 449.2, 0.2};
    static final double[] NORRIS_X = {0.2, 337.4, 118.2, 884.6, 10.1, 226.5, 666.3, 996.3, 448.6, 777.0, 558.2,
        0.4, 0.6, 775.5, 666.9, 338.0, 447.5, 11.6, 556.0, 228.1, 995.8, 887.6, 120.2, 0.3, 0.3, 556.8, 339.1,
        887.2, 999.0, 779.0, 11.1, 118.3, 229.2, 669.1, 448.9, 0.5};

    /** Relative error, for comparisons to a number of significant digits. */
    private static double relative(double actual, double expected) {
        return Math.abs(actual - expected) / Math.abs(expected);
    }

    @Test
    void norrisMatchesTheCertifiedValuesToTwelveDigits() {
        LinearFit fit = LinearFit.of(NORRIS_X, NORRIS_Y);
        // Certified values of the NIST StRD Norris page (15 significant digits).
        assertEquals(36, fit.n());
        assertEquals(34, fit.degreesOfFreedom());
        assertTrue(relative(fit.intercept(), -0.262323073774029) < 1e-12, () -> "intercept " + fit.intercept());
        assertTrue(relative(fit.slope(), 1.00211681802045) < 1e-12, () -> "slope " + fit.slope());
        assertTrue(relative(fit.interceptStandardError(), 0.232818234301152) < 1e-12,
                () -> "sd(intercept) " + fit.interceptStandardError());
        assertTrue(relative(fit.slopeStandardError(), 0.429796848199937E-03) < 1e-12,
                () -> "sd(slope) " + fit.slopeStandardError());
        assertTrue(relative(fit.residualStandardDeviation(), 0.884796396144373) < 1e-12,
                () -> "residual sd " + fit.residualStandardDeviation());
        assertTrue(relative(fit.rSquared().getAsDouble(), 0.999993745883712) < 1e-12,
                () -> "R² " + fit.rSquared());
    }

    @Test
    void handComputedSmallFit() {
        // x = 1..4, y = 2.1, 3.9, 6.2, 7.8: x̄ = 2.5, ȳ = 5, Sxx = 5, Sxy = 9.7, Syy = 18.9.
        // slope = 1.94, intercept = 5 − 1.94·2.5 = 0.15, SSE = 18.9 − 1.94·9.7 = 0.082, s² = 0.041.
        LinearFit fit = LinearFit.of(new double[] {1, 2, 3, 4}, new double[] {2.1, 3.9, 6.2, 7.8});
        assertEquals(1.94, fit.slope(), 1e-12);
        assertEquals(0.15, fit.intercept(), 1e-12);
        assertEquals(Math.sqrt(0.041 / 5), fit.slopeStandardError(), 1e-12);
        assertEquals(Math.sqrt(0.041 * (0.25 + 6.25 / 5)), fit.interceptStandardError(), 1e-12);
        assertEquals(1 - 0.082 / 18.9, fit.rSquared().getAsDouble(), 1e-12);
        // Prediction at x = 5: 9.85 ± t(2; 0.975) · s · √(1 + 1/4 + 2.5²/5); t(2; 0.975) = 0.95/√(2·0.975·0.025).
        double t = 0.95 / Math.sqrt(2 * 0.975 * 0.025);
        double half = t * Math.sqrt(0.041 * (1 + 0.25 + 6.25 / 5));
        Interval interval = fit.predictionInterval(5, 0.95);
        assertEquals(9.85 - half, interval.lower(), 1e-10);
        assertEquals(9.85 + half, interval.upper(), 1e-10);
    }

    @Test
    void exactLineHasZeroStandardErrorsAndConstantYHasNoRSquared() {
        LinearFit exact = LinearFit.of(new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 7});
        assertEquals(2.0, exact.slope());
        assertEquals(1.0, exact.intercept());
        assertEquals(0.0, exact.slopeStandardError());
        assertEquals(1.0, exact.rSquared().getAsDouble());
        LinearFit flat = LinearFit.of(new double[] {0, 1, 2}, new double[] {4, 4, 4});
        assertEquals(0.0, flat.slope());
        assertFalse(flat.rSquared().isPresent(), "R² is 0/0 when every y is equal");
        assertEquals(new Interval(4, 4), flat.predictionInterval(10, 0.9));
    }

    static Stream<Arguments> badInput() {
        double[] three = {1, 2, 3};
        return Stream.of(
                Arguments.of(new double[] {1, 2}, new double[] {1, 2}, "at least 3 points"),
                Arguments.of(three, new double[] {1, 2}, "same length"),
                Arguments.of(new double[] {2, 2, 2}, three, "at least two distinct values"),
                Arguments.of(new double[] {1, Double.NaN, 3}, three, "x[1] must be finite"),
                Arguments.of(three, new double[] {1, 2, Double.POSITIVE_INFINITY}, "y[2] must be finite"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void refusesBadInputNamingTheRule(double[] x, double[] y, String rule) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LinearFit.of(x, y));
        assertTrue(e.getMessage().contains(rule), e::getMessage);
    }

    @Test
    void refusesNullsBadConfidenceAndOverflow() {
        assertThrows(NullPointerException.class, () -> LinearFit.of(null, new double[3]));
        LinearFit fit = LinearFit.of(new double[] {1, 2, 3}, new double[] {1, 2, 4});
        for (double c : new double[] {0, 1, -0.5, 1.5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> fit.predictionInterval(1, c));
            assertTrue(e.getMessage().startsWith("confidence must be in (0, 1)"), e::getMessage);
        }
        assertThrows(IllegalArgumentException.class, () -> fit.predict(Double.NaN));
        // The largest confidence below 1 still gives an interval (its (1 + c)/2 would round to 1).
        assertTrue(fit.predictionInterval(1, Math.nextDown(1.0)).width() > fit.predictionInterval(1, 0.999).width());
        // A slope beyond the double range, and deviations from the mean beyond it (1e308 − (−1e308)).
        assertThrows(ArithmeticException.class,
                () -> LinearFit.of(new double[] {0, 1e-300, 2e-300}, new double[] {0, 1e300, -1e300}));
        assertThrows(ArithmeticException.class,
                () -> LinearFit.of(new double[] {-1e308, 0, 1e308}, new double[] {0, 1, 2}));
        // Spreads of 1e200 in x and 1e300 in y are scaled before squaring, no longer an overflow.
        LinearFit wide = LinearFit.of(new double[] {0, 1e200, 2e200}, new double[] {0, 1e300, -1e300});
        assertEquals(-0.5e100, wide.slope(), 1e86);
    }
}
