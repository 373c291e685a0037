package org.kpisdk.core.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class RatioTest {
    private static final long MAX = Long.MAX_VALUE;
    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;

    static Stream<Arguments> badInput() {
        return Stream.of(
                Rejection.of(IAE, "denominator must be >= 0, was -1 (numerator 1)",
                        () -> Ratio.of(1, -1)),
                Rejection.of(IllegalArgumentException.class,
                        "denominator must be >= 0, was -9223372036854775808 (numerator 0)",
                        () -> new Ratio(0, Long.MIN_VALUE)),
                Rejection.of(IAE, "Ratio text must be 'numerator/denominator', was '12' (no '/')",
                        () -> Ratio.parse("12")),
                Rejection.of(IAE, "Ratio text must be 'numerator/denominator', was '' (no '/')",
                        () -> Ratio.parse("")),
                Rejection.of(IAE, "Ratio text 'a/2' has an invalid numerator 'a' at position 0",
                        () -> Ratio.parse("a/2")),
                Rejection.of(IAE, "Ratio text '/' has an invalid numerator '' at position 0",
                        () -> Ratio.parse("/")),
                Rejection.of(IllegalArgumentException.class,
                        "Ratio text '1/x' has an invalid denominator 'x' at position 2", () -> Ratio.parse("1/x")),
                Rejection.of(IllegalArgumentException.class,
                        "Ratio text '1/2/3' has an invalid denominator '2/3' at position 2",
                        () -> Ratio.parse("1/2/3")),
                Rejection.of(IllegalArgumentException.class,
                        "Ratio text '1 / 2' has an invalid numerator '1 ' at position 0", () -> Ratio.parse("1 / 2")),
                Rejection.of(IllegalArgumentException.class,
                        "Ratio text '9223372036854775808/1' has an invalid numerator '9223372036854775808' at "
                                + "position 0",
                        () -> Ratio.parse("9223372036854775808/1")),
                Rejection.of(IAE, "denominator must be >= 0, was -2 (numerator 1)",
                        () -> Ratio.parse("1/-2")),
                Rejection.of(NullPointerException.class, "text", () -> Ratio.parse(null)),
                Rejection.of(NullPointerException.class, "context", () -> Ratio.of(1, 2).toBigDecimal(null)),
                Rejection.of(NullPointerException.class, "context", () -> Ratio.empty().toBigDecimal(null)),
                Rejection.of(NullPointerException.class, "other", () -> Ratio.empty().plus(null)),
                Rejection.of(NullPointerException.class, "other", () -> Ratio.of(1, 2).hasSameValueAs(null)));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void refusesBadInput(Class<? extends Throwable> type, String message, Executable call) {
        Rejection.check(type, message, call);
    }

    @Test
    void mergeIsTheRatioOfSumsNotTheMeanOfRates() {
        Ratio week = Ratio.of(30, 1_000).plus(Ratio.of(10, 3_000));
        assertEquals(new Ratio(40, 4_000), week);
        // 40 / 4000 = 0.01; the mean of 3% and 0.333% would be 1.67%.
        assertEquals(OptionalDouble.of(0.01), week.value());
        assertEquals(OptionalDouble.of(1.0), week.percent());
        assertEquals(new BigDecimal("0.01"), week.toBigDecimal(MathContext.DECIMAL64).orElseThrow());
    }

    @Test
    void zeroDenominatorIsUndefinedNeverNaN() {
        assertSame(Ratio.empty(), Ratio.of(0, 0));
        assertFalse(Ratio.empty().isDefined());
        assertFalse(Ratio.of(5, 0).isDefined());
        assertEquals(OptionalDouble.empty(), Ratio.of(5, 0).value());
        assertEquals(OptionalDouble.empty(), Ratio.of(5, 0).percent());
        assertTrue(Ratio.of(5, 0).toBigDecimal(MathContext.DECIMAL64).isEmpty());
        assertFalse(Ratio.of(5, 0).hasSameValueAs(Ratio.of(5, 0)));
        assertEquals(Ratio.of(5, 0), Ratio.of(5, 0).plus(Ratio.empty()));
        assertTrue(Ratio.of(0, 1).isDefined());
        assertEquals(OptionalDouble.of(0.0), Ratio.of(0, 1).value());
    }

    @Test
    void overflowThrowsInsteadOfWrapping() {
        assertThrows(ArithmeticException.class, () -> Ratio.of(MAX, 1).plus(Ratio.of(1, 1)));
        assertThrows(ArithmeticException.class, () -> Ratio.of(1, MAX).plus(Ratio.of(0, 1)));
        assertThrows(ArithmeticException.class, () -> Ratio.of(Long.MIN_VALUE, 1).plus(Ratio.of(-1, 1)));
        assertEquals(new Ratio(MAX, MAX), Ratio.of(MAX - 1, MAX - 1).plus(Ratio.of(1, 1)));
    }

    @Test
    void compareToHasNoFloatingPointError() {
        // x/(x-1) = 1 + 1/(x-1) falls as x grows, so MAX/(MAX-1) < (MAX-1)/(MAX-2), though both are 1.0 as doubles.
        Ratio a = Ratio.of(MAX, MAX - 1);
        Ratio b = Ratio.of(MAX - 1, MAX - 2);
        assertEquals(a.value(), b.value());
        assertTrue(a.compareTo(b) < 0);
        assertTrue(b.compareTo(a) > 0);
        // Products near 2^126 and of mixed sign: -MAX/1 (about -9.2e18) < MIN/MAX (= -1 - 1/MAX) < -1/1.
        assertTrue(Ratio.of(-MAX, 1).compareTo(Ratio.of(Long.MIN_VALUE, MAX)) < 0);
        assertTrue(Ratio.of(Long.MIN_VALUE, MAX).compareTo(Ratio.of(-1, 1)) < 0);
        assertTrue(Ratio.empty().compareTo(Ratio.of(Long.MIN_VALUE, 1)) < 0);
    }

    @Test
    void equalsComparesPartsAndHasSameValueAsComparesValues() {
        assertNotEquals(Ratio.of(1, 2), Ratio.of(2, 4));
        assertEquals(0, Ratio.of(1, 2).compareTo(Ratio.of(2, 4)));
        assertTrue(Ratio.of(1, 2).hasSameValueAs(Ratio.of(2, 4)));
        assertEquals(Ratio.of(1, 2), new Ratio(1, 2));
        assertEquals(Ratio.of(1, 2).hashCode(), new Ratio(1, 2).hashCode());
        assertEquals("40/4000", Ratio.of(40, 4_000).toString());
        assertEquals("-3/0", Ratio.of(-3, 0).toString());
        assertEquals(Ratio.of(-3, 7), Ratio.parse("-3/7"));
        assertEquals(Ratio.of(3, 7), Ratio.parse("+3/7"));
    }

    @Test
    void bigDecimalUsesTheStatedContext() {
        // 1/3 to 5 significant digits, HALF_EVEN: 0.33333; 2/3: 0.66667.
        assertEquals(new BigDecimal("0.33333"), Ratio.of(1, 3).toBigDecimal(new MathContext(5)).orElseThrow());
        assertEquals(new BigDecimal("0.66667"), Ratio.of(2, 3).toBigDecimal(new MathContext(5)).orElseThrow());
        assertEquals(new BigDecimal("0.66666"),
                Ratio.of(2, 3).toBigDecimal(new MathContext(5, RoundingMode.DOWN)).orElseThrow());
        assertThrows(ArithmeticException.class, () -> Ratio.of(1, 3).toBigDecimal(MathContext.UNLIMITED));
        assertEquals(new BigDecimal("0.25"), Ratio.of(1, 4).toBigDecimal(MathContext.UNLIMITED).orElseThrow());
    }
}
