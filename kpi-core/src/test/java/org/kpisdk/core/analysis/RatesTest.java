package org.kpisdk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.value.Ratio;

final class RatesTest {
    /**
     * Newcombe R. G., "Two-sided confidence intervals for the single proportion: comparison of seven methods",
     * Statistics in Medicine 17 (1998) 857–872, Table II, method 3 (Wilson score without continuity correction),
     * 95% limits to 4 decimals.
     */
    static Stream<Arguments> newcombe1998Wilson() {
        return Stream.of(
                Arguments.of(81, 263, 0.2553, 0.3662),
                Arguments.of(15, 148, 0.0624, 0.1605),
                Arguments.of(0, 20, 0.0000, 0.1611),
                Arguments.of(1, 29, 0.0061, 0.1718));
    }

    @ParameterizedTest
    @MethodSource("newcombe1998Wilson")
    void wilsonMatchesNewcombe1998(long x, long n, double lower, double upper) {
        Interval ci = Rates.wilson(x, n, 0.95);
        assertEquals(lower, ci.lower(), 0.5e-4);
        assertEquals(upper, ci.upper(), 0.5e-4);
        assertEquals(ci, Rates.wilson(Ratio.of(x, n), 0.95).orElseThrow());
    }

    @Test
    void wilsonByHandAndAtTheEnds() {
        // 5/10 at z: center 1/2 by symmetry; half = z/(1 + z²/10) · √(0.025 + z²/400).
        double z = Normal.quantile(0.95);
        Interval ci = Rates.wilson(5, 10, 0.9);
        double half = z / (1 + z * z / 10) * Math.sqrt(0.025 + z * z / 400);
        assertEquals(0.5 - half, ci.lower(), 1e-15);
        assertEquals(0.5 + half, ci.upper(), 1e-15);
        // n/n: upper exactly 1, lower n/(n + z²).
        Interval all = Rates.wilson(20, 20, 0.95);
        double z95 = Normal.quantile(0.975);
        assertEquals(1.0, all.upper());
        assertEquals(20 / (20 + z95 * z95), all.lower(), 1e-15);
        assertEquals(0.0, Rates.wilson(0, 1, 0.99).lower());
    }

    /**
     * Newcombe R. G., "Interval estimation for the difference between independent proportions: comparison of
     * eleven methods", Statistics in Medicine 17 (1998) 873–890, Table II, method 10 (score interval combining
     * Wilson intervals), 95% limits for θ = p1 − p2 to 4 decimals, examples (a)–(h). The paper itself was not at
     * hand: (a) and (b) are also quoted by the tests of the R package propint (m-Py/propint,
     * tests/testthat/test_Two_Independent_Props_CI.R); no secondary source quoting (g) and (h) was found, so their
     * limits, as given in issue 27, were recomputed independently with mpmath 1.3.0 at 50 digits from Newcombe's
     * formula (g: 0.6790860371419147, h: 0.6075093504305242, upper 1 for both), and in closed form in
     * {@link #differenceIntervalWhenOneRateIsAllAndTheOtherNone}. (g) and (h) had been dropped as disagreeing;
     * the disagreement was in their transcription.
     */
    static Stream<Arguments> newcombe1998Difference() {
        return Stream.of(
                Arguments.of(56, 70, 48, 80, 0.0524, 0.3339),
                Arguments.of(9, 10, 3, 10, 0.1705, 0.8090),
                Arguments.of(6, 7, 2, 7, 0.0582, 0.8062),
                Arguments.of(5, 56, 0, 29, -0.0381, 0.1926),
                Arguments.of(0, 10, 0, 20, -0.1611, 0.2775),
                Arguments.of(0, 10, 0, 10, -0.2775, 0.2775),
                Arguments.of(10, 10, 0, 20, 0.6791, 1.0000),
                Arguments.of(10, 10, 0, 10, 0.6075, 1.0000));
    }

    @ParameterizedTest
    @MethodSource("newcombe1998Difference")
    void differenceIntervalMatchesNewcombe1998(long x1, long n1, long x2, long n2, double lower, double upper) {
        // p1 is the "after" rate: θ = after − before.
        RateComparison c = Rates.compare(x2, n2, x1, n1, 0.95);
        assertEquals(lower, c.differenceInterval().lower(), 0.5e-4);
        assertEquals(upper, c.differenceInterval().upper(), 0.5e-4);
        assertEquals((double) x1 / n1 - (double) x2 / n2, c.difference(), 1e-15);
    }

    @Test
    void differenceIntervalWhenOneRateIsAllAndTheOtherNone() {
        // n1/n1 − 0/n2: Wilson gives [n1/(n1 + z²), 1] and [0, z²/(n2 + z²)], so Newcombe's limits are
        // 1 − √((z²/(n1 + z²))² + (z²/(n2 + z²))²) and exactly 1.
        double z2 = Math.pow(Normal.quantile(0.975), 2);
        for (long[] c : new long[][] {{10, 20}, {10, 10}, {3, 50}}) {
            RateComparison r = Rates.compare(0, c[1], c[0], c[0], 0.95);
            double expected = 1 - Math.hypot(z2 / (c[0] + z2), z2 / (c[1] + z2));
            assertEquals(expected, r.differenceInterval().lower(), 1e-15);
            assertEquals(1.0, r.differenceInterval().upper());
        }
        // The 50-digit recomputations of examples (g) and (h).
        assertEquals(0.6790860371419147, Rates.compare(0, 20, 10, 10, 0.95).differenceInterval().lower(), 1e-15);
        assertEquals(0.6075093504305242, Rates.compare(0, 10, 10, 10, 0.95).differenceInterval().lower(), 1e-15);
    }

    @Test
    void twoProportionZTestMatchesTheOpenStaxExample() {
        // Illowsky and Dean, "Collaborative Statistics" / OpenStax Introductory Statistics, "Comparing two
        // independent population proportions", medication example: 20 of 200 (A) vs 12 of 200 (B), pooled
        // p = 0.08, two-tailed p-value = 0.1404, not significant at 1%.
        RateComparison c = Rates.compare(12, 200, 20, 200, 0.99);
        assertEquals(0.04, c.difference(), 1e-15);
        assertEquals(0.1404, c.pValue(), 0.5e-4);
        // z by hand: 0.04 / √(0.08 · 0.92 · (2/200)).
        assertEquals(0.04 / Math.sqrt(0.08 * 0.92 * 0.01), c.zStatistic().getAsDouble(), 1e-12);
        assertFalse(c.isSignificant());
    }

    @Test
    void zSquaredIsPearsonsChiSquare() {
        // 2×2 table [[56, 14], [48, 32]]: expected counts from the margins; χ² = Σ (O − E)²/E.
        double[][] observed = {{56, 14}, {48, 32}};
        double total = 150;
        double chi2 = 0;
        double[] rows = {70, 80};
        double[] cols = {104, 46};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double e = rows[i] * cols[j] / total;
                chi2 += (observed[i][j] - e) * (observed[i][j] - e) / e;
            }
        }
        RateComparison c = Rates.compare(48, 80, 56, 70, 0.95);
        assertEquals(chi2, c.zStatistic().getAsDouble() * c.zStatistic().getAsDouble(), 1e-12);
        assertTrue(c.isSignificant());
        assertTrue(c.pValue() < 0.01);
    }

    @Test
    void noVariationAtAllGivesAnEmptyStatisticAndPValueOne() {
        RateComparison none = Rates.compare(0, 50, 0, 70, 0.95);
        assertFalse(none.zStatistic().isPresent());
        assertEquals(1.0, none.pValue());
        assertFalse(none.isSignificant());
        RateComparison all = Rates.compare(50, 50, 70, 70, 0.95);
        assertFalse(all.zStatistic().isPresent());
    }

    @Test
    void undefinedRatiosGiveEmptyResults() {
        assertFalse(Rates.wilson(Ratio.empty(), 0.95).isPresent());
        assertFalse(Rates.compare(Ratio.of(0, 0), Ratio.of(1, 2), 0.95).isPresent());
        assertFalse(Rates.compare(Ratio.of(1, 2), Ratio.of(0, 0), 0.95).isPresent());
        assertTrue(Rates.compare(Ratio.of(1, 2), Ratio.of(1, 3), 0.95).isPresent());
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of((Executable) () -> Rates.wilson(1, 0, 0.95), "trials must be > 0"),
                Arguments.of((Executable) () -> Rates.wilson(-1, 10, 0.95), "successes must be in 0..trials"),
                Arguments.of((Executable) () -> Rates.wilson(11, 10, 0.95), "successes must be in 0..trials"),
                Arguments.of((Executable) () -> Rates.wilson(1, 10, 1.0), "confidence must be in (0, 1)"),
                Arguments.of((Executable) () -> Rates.wilson(1, 10, Double.NaN), "confidence must be in (0, 1)"),
                Arguments.of((Executable) () -> Rates.wilson(Ratio.of(3, 2), 0.95), "successes must be in"),
                Arguments.of((Executable) () -> Rates.wilson(Ratio.of(0, 0), 0), "confidence must be in (0, 1)"),
                Arguments.of((Executable) () -> Rates.compare(1, 0, 1, 2, 0.95), "beforeTrials must be > 0"),
                Arguments.of((Executable) () -> Rates.compare(1, 2, 3, 2, 0.95), "afterSuccesses must be in"),
                Arguments.of((Executable) () -> Rates.compare(1, 2, 1, 2, 0), "confidence must be in (0, 1)"),
                Arguments.of((Executable) () -> Rates.compare(Ratio.of(-1, 2), Ratio.of(1, 2), 0.9),
                        "beforeSuccesses must be in"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void refusesBadInputNamingTheRule(Executable call, String rule) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(rule), e::getMessage);
    }

    @Test
    void nullsAreRefusedByName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Rates.wilson(null, 0.9));
        assertEquals("rate", e.getMessage());
        assertThrows(NullPointerException.class, () -> Rates.compare(null, Ratio.of(1, 2), 0.9));
    }
}
