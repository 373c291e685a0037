package org.kpisdk.core.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Laws;
import org.kpisdk.testkit.ValueGens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Laws of {@link Ratio}: merge, text form and order, on generated ratios with and without negative numerators. */
final class RatioLawsTest {
    static Stream<Arguments> triples() {
        return Cases.of(ValueGens.ratios(), ValueGens.ratios(), ValueGens.ratios());
    }

    static Stream<Arguments> signedTriples() {
        return Cases.of(ValueGens.signedRatios(), ValueGens.signedRatios(), ValueGens.signedRatios());
    }

    static Stream<Arguments> mixedPairs() {
        return Cases.of(ValueGens.ratios(), ValueGens.signedRatios());
    }

    /** Merge laws; with non-negative parts, or parts bounded by SIGNED_RATIO_BOUND, no path overflows alone. */
    @ParameterizedTest
    @MethodSource({"triples", "signedTriples"})
    void plusIsAssociativeAndCommutativeWithEmptyAsIdentity(Ratio a, Ratio b, Ratio c) {
        Laws.associative(Ratio::plus, a, b, c);
        Laws.commutative(Ratio::plus, a, b);
        Laws.identity(Ratio::plus, Ratio.empty(), a);
    }

    /** Oracle: the sums of both parts in unbounded integers; outside the long range plus must throw. */
    @ParameterizedTest
    @MethodSource({"triples", "mixedPairs"})
    void plusAddsBothPartsExactlyOrThrows(Ratio a, Ratio b) {
        BigInteger n = BigInteger.valueOf(a.numerator()).add(BigInteger.valueOf(b.numerator()));
        BigInteger d = BigInteger.valueOf(a.denominator()).add(BigInteger.valueOf(b.denominator()));
        if (n.bitLength() < 64 && d.bitLength() < 64) {
            Ratio sum = a.plus(b);
            assertEquals(n.longValueExact(), sum.numerator());
            assertEquals(d.longValueExact(), sum.denominator());
        } else {
            assertThrows(ArithmeticException.class, () -> a.plus(b));
        }
    }

    @ParameterizedTest
    @MethodSource("mixedPairs")
    void parseReadsBackToString(Ratio a, Ratio b) {
        Laws.roundTrip(Ratio::toString, Ratio::parse, a);
        Laws.roundTrip(Ratio::toString, Ratio::parse, b);
    }

    /**
     * Oracle: the sign of {@code a.n * b.d - b.n * a.d} in unbounded integers, undefined ratios first. Ratio's order
     * is by value, so it is consistent with equals in one direction only (documented on the class): equal ratios
     * compare as 0, and ratios that compare as 0 have the same value ({@code 1/2} and {@code 2/4}).
     */
    @ParameterizedTest
    @MethodSource({"triples", "signedTriples"})
    void orderIsByExactValueTransitiveAndConsistentWithEquals(Ratio a, Ratio b, Ratio c) {
        assertOrder(a, b);
        assertOrder(b, c);
        if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
            assertTrue(a.compareTo(c) <= 0, () -> a + " <= " + b + " <= " + c);
        }
        if (a.compareTo(b) >= 0 && b.compareTo(c) >= 0) {
            assertTrue(a.compareTo(c) >= 0, () -> a + " >= " + b + " >= " + c);
        }
    }

    @SuppressWarnings("SelfComparison") // reflexivity, a.compareTo(a) == 0, is one of the laws checked
    private static void assertOrder(Ratio a, Ratio b) {
        int expected;
        if (!a.isDefined() || !b.isDefined()) {
            expected = Boolean.compare(a.isDefined(), b.isDefined());
        } else {
            expected = BigInteger.valueOf(a.numerator()).multiply(BigInteger.valueOf(b.denominator()))
                    .compareTo(BigInteger.valueOf(b.numerator()).multiply(BigInteger.valueOf(a.denominator())));
        }
        assertEquals(expected, Integer.signum(a.compareTo(b)), () -> a + " vs " + b);
        assertEquals(-expected, Integer.signum(b.compareTo(a)), () -> b + " vs " + a);
        assertEquals(0, a.compareTo(a));
        if (a.equals(b)) {
            assertEquals(0, a.compareTo(b));
            assertEquals(a.hashCode(), b.hashCode());
        }
        assertEquals(a.isDefined() && b.isDefined() && a.compareTo(b) == 0, a.hasSameValueAs(b));
        if (a.isDefined() && Math.abs(a.numerator()) <= Integer.MAX_VALUE && a.denominator() <= Integer.MAX_VALUE) {
            Ratio scaled = Ratio.of(a.numerator() * 3, a.denominator() * 3);
            assertEquals(0, scaled.compareTo(a));
            assertTrue(scaled.hasSameValueAs(a));
            assertFalse(scaled.equals(a));
        }
    }

    /**
     * The double value is within 3 rounding errors of the exact quotient (two conversions to double and one
     * division, each off by at most half an ulp), and never NaN or infinite; undefined ratios have no value.
     */
    @ParameterizedTest
    @MethodSource("mixedPairs")
    void valueIsTheQuotientAndNeverNaN(Ratio a, Ratio b) {
        assertValue(a);
        assertValue(b);
    }

    private static void assertValue(Ratio a) {
        if (!a.isDefined()) {
            assertFalse(a.value().isPresent());
            assertFalse(a.percent().isPresent());
            assertFalse(a.toBigDecimal(MathContext.DECIMAL64).isPresent());
            return;
        }
        double value = a.value().getAsDouble();
        assertTrue(Double.isFinite(value));
        BigDecimal exact = new BigDecimal(a.numerator()).divide(new BigDecimal(a.denominator()),
                MathContext.DECIMAL128);
        BigDecimal error = new BigDecimal(value).subtract(exact).abs();
        BigDecimal bound = exact.abs().multiply(BigDecimal.valueOf(Math.ulp(1.0) * 2));
        assertTrue(error.compareTo(bound) <= 0, () -> a + ": " + value + " vs exact " + exact);
        assertEquals(0, a.toBigDecimal(MathContext.DECIMAL128).orElseThrow().compareTo(exact));
        assertTrue(Double.isFinite(a.percent().getAsDouble()));
    }
}
