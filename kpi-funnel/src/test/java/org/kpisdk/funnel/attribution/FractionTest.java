package org.kpisdk.funnel.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;
import org.kpisdk.testkit.Laws;

final class FractionTest {
    private static final Gen<Fraction> FRACTIONS = Gen.combine(Gen.longs(0, 1_000_000), Gen.longs(1, 1_000_000),
            Fraction::of);

    static Stream<Arguments> triples() {
        return Cases.of(FRACTIONS, FRACTIONS, FRACTIONS);
    }

    @ParameterizedTest
    @MethodSource("triples")
    void plusIsAssociativeCommutativeWithZeroAndRoundTrips(Fraction a, Fraction b, Fraction c) {
        Laws.associative(Fraction::plus, a, b, c);
        Laws.commutative(Fraction::plus, a, b);
        Laws.identity(Fraction::plus, Fraction.ZERO, a);
        Laws.roundTrip(Fraction::toString, Fraction::parse, a);
        // Lowest terms: equal values are equal objects with equal hash codes.
        Fraction scaled = Fraction.of(a.numerator().multiply(BigInteger.valueOf(7)),
                a.denominator().multiply(BigInteger.valueOf(7)));
        assertEquals(a, scaled);
        assertEquals(a.hashCode(), scaled.hashCode());
        // compareTo agrees with cross-multiplication done here.
        assertEquals(Integer.signum(a.numerator().multiply(b.denominator())
                .compareTo(b.numerator().multiply(a.denominator()))), Integer.signum(a.compareTo(b)));
        assertEquals(a.equals(b), a.compareTo(b) == 0);
    }

    @Test
    void examples() {
        Fraction third = Fraction.of(1, 3);
        assertEquals(Fraction.ONE, third.plus(third).plus(third));
        assertEquals("1/3", third.toString());
        assertEquals("2", Fraction.of(4, 2).toString());
        assertEquals(third, Fraction.parse("2/6"));
        assertEquals(new BigDecimal("0.3333"), third.toBigDecimal(4, RoundingMode.HALF_EVEN));
        assertEquals(Fraction.of(2, 5), Fraction.of(new BigDecimal("0.40")));
        assertEquals(Fraction.of(12, 1), Fraction.of(new BigDecimal("1.2E+1")));
        assertEquals(Fraction.of(1, 6), third.multipliedBy(Fraction.of(1, 2)));
        assertEquals(Fraction.ONE, third.multipliedBy(3));
        assertTrue(Fraction.of(1, 3).compareTo(Fraction.of(1, 2)) < 0);
        assertNotEquals(Fraction.of(1, 3), Fraction.of(1, 4));
        assertEquals(0.5, Fraction.of(1, 2).doubleValue());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.375, 1.0, 0.1, 1e-300, Double.MIN_VALUE, 3.5e15, 0.7071067811865476})
    void ofExactIsTheExactValueOfTheDouble(double d) {
        assertEquals(Fraction.of(new BigDecimal(d)), Fraction.ofExact(d));
    }

    @Test
    void refusesInvalidArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fraction.of(1, 0));
        assertEquals("denominator must be > 0, was 0", e.getMessage());
        assertEquals("numerator must be >= 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> Fraction.of(-1, 2)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fraction.of(new BigDecimal("-0.1")));
        assertThrows(IllegalArgumentException.class, () -> Fraction.ofExact(-1));
        assertThrows(IllegalArgumentException.class, () -> Fraction.ofExact(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Fraction.ofExact(Double.POSITIVE_INFINITY));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Fraction.parse("1/x")).getMessage()
                .contains("'1/x'"));
        assertThrows(IllegalArgumentException.class, () -> Fraction.ONE.multipliedBy(-2));
        assertThrows(NullPointerException.class, () -> Fraction.ONE.plus(null));
    }
}
