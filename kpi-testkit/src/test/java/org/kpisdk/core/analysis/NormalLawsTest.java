package org.kpisdk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;

/** Laws of {@link Normal} and {@link StudentT} over generated arguments. */
final class NormalLawsTest {
    /** Lower-tail probabilities, log-uniform in [1e-300, 0.5], with the table's edge cases. */
    static final Gen<Double> LOWER_P = Gen.<Double>of(r -> Math.pow(10, -300 * Math.pow(r.nextDouble(), 3)) / 2,
            List.of(0.5, 0.25, 0.025, 1e-10, 1e-300, Double.MIN_NORMAL, 0.5 - 0x1p-54));
    /** Probabilities in [0.5, 1): their complement 1 − p is exact. */
    static final Gen<Double> UPPER_P = Gen.<Double>of(r -> 0.5 + r.nextDouble() / 2,
            List.of(0.5, 0.975, 1 - 1e-10, 1 - 0x1p-53));
    /** x in [−8, 8]. */
    static final Gen<Double> X = Gen.<Double>of(r -> r.nextDouble(-8, 8), List.of(0.0, -3.0, 3.0, -8.0, 1.96));

    static Stream<Arguments> lowerP() {
        return Cases.of(LOWER_P);
    }

    static Stream<Arguments> upperP() {
        return Cases.of(UPPER_P);
    }

    static Stream<Arguments> xs() {
        return Cases.of(X);
    }

    @ParameterizedTest
    @MethodSource("lowerP")
    void cdfOfQuantileIsPInTheLowerTail(double p) {
        double x = Normal.quantile(p);
        assertEquals(0.0, Normal.cdf(x) / p - 1, 1e-12, () -> "p=" + p + " x=" + x);
    }

    @ParameterizedTest
    @MethodSource("upperP")
    void quantileIsAntisymmetricAndInvertsTheUpperTail(double p) {
        double q = 1 - p;
        assertEquals(-Normal.quantile(q), Normal.quantile(p), 0.0);
        assertEquals(0.0, Normal.complementaryCdf(Normal.quantile(p)) / q - 1, 1e-12, () -> "p=" + p);
    }

    @ParameterizedTest
    @MethodSource("xs")
    void cdfIsSymmetricMonotoneAndMatchesAFiftyDigitRecomputation(double x) {
        assertEquals(1.0, Normal.cdf(x) + Normal.cdf(-x), 2e-16);
        assertTrue(Normal.cdf(x) <= Normal.cdf(Math.nextUp(x) + 1e-9));
        double reference = highPrecisionCdf(-Math.abs(x));
        assertEquals(0.0, Normal.cdf(-Math.abs(x)) / reference - 1, 1e-14, () -> "x=" + x);
    }

    static Stream<Arguments> tQuantiles() {
        return Cases.of(Gen.<Double>of(r -> r.nextDouble(0.001, 0.999), List.of(0.5, 0.975, 0.025, 0.001)),
                Gen.ints(1, 120));
    }

    @ParameterizedTest
    @MethodSource("tQuantiles")
    void studentTQuantileInvertsTheCdfAndMatchesClosedForms(double p, int df) {
        double t = StudentT.quantile(p, df);
        assertEquals(p, StudentT.cdf(t, df), 1e-14, () -> "p=" + p + " df=" + df);
        if (p >= 0.5) {
            assertEquals(-t, StudentT.quantile(1 - p, df), 0.0);
        }
        // Closed forms for ν = 1 (Cauchy) and ν = 2.
        assertEquals(Math.tan(Math.PI * (p - 0.5)), StudentT.quantile(p, 1), 1e-10 * (1 + Math.abs(t)));
        assertEquals((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), StudentT.quantile(p, 2), 1e-10);
        // Heavier tails than the normal: |t| >= |z|.
        assertTrue(Math.abs(t) >= Math.abs(Normal.quantile(p)) - 1e-12);
    }

    static Stream<Arguments> tTails() {
        return Cases.of(LOWER_P, Gen.ints(1, StudentT.CORNISH_FISHER_LIMIT));
    }

    @ParameterizedTest
    @MethodSource("tTails")
    void studentTQuantileInvertsTheCdfDeepInTheTail(double p, int df) {
        double t = StudentT.quantile(p, df);
        // A quantile right to the last bit still moves P(T <= t) by about ν ulps where the tail falls like t^-ν.
        assertEquals(0.0, StudentT.cdf(t, df) / p - 1, 2e-15 * (df + 10), () -> "p=" + p + " df=" + df);
        assertTrue(StudentT.quantile(p, df) <= StudentT.quantile(Math.min(0.5, p * 1.5), df));
    }

    private static final MathContext MC = new MathContext(60);
    private static final BigDecimal PI =
            new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494459");

    /**
     * Φ(x) for x <= 0 from Φ(x) = 1/2 + φ(x) Σ x^(2n+1)/(1·3·…·(2n+1)) in 60-digit decimal arithmetic: the
     * cancellation that double precision cannot afford costs nothing here.
     */
    static double highPrecisionCdf(double x) {
        BigDecimal bx = new BigDecimal(x);
        BigDecimal square = bx.multiply(bx, MC);
        BigDecimal term = bx;
        BigDecimal sum = bx;
        BigDecimal eps = new BigDecimal("1e-58");
        for (int n = 1; term.abs().compareTo(eps) > 0; n++) {
            term = term.multiply(square, MC).divide(BigDecimal.valueOf(2L * n + 1), MC);
            sum = sum.add(term, MC);
        }
        BigDecimal half = square.divide(BigDecimal.valueOf(2), MC);
        BigDecimal exp = BigDecimal.ONE;
        BigDecimal e = BigDecimal.ONE;
        for (int k = 1; e.compareTo(eps) > 0 || k < 5; k++) {
            e = e.multiply(half, MC).divide(BigDecimal.valueOf(k), MC);
            exp = exp.add(e, MC);
        }
        BigDecimal density = BigDecimal.ONE.divide(exp.multiply(PI.multiply(BigDecimal.valueOf(2)).sqrt(MC), MC), MC);
        return new BigDecimal("0.5").add(density.multiply(sum, MC), MC).doubleValue();
    }
}
