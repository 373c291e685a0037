package org.kpisdk.core.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class MoneyTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency BHD = Currency.getInstance("BHD");
    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
    private static final Class<NullPointerException> NPE = NullPointerException.class;

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static Stream<Arguments> badInput() {
        Money ten = eur("10");
        return Stream.of(
                Rejection.of(NPE, "amount", () -> Money.of((BigDecimal) null, EUR)),
                Rejection.of(NPE, "currency", () -> Money.of(BigDecimal.ONE, null)),
                Rejection.of(IAE, "amount must have at most 18 fractional digits, was 0.0000000000000000001",
                        () -> Money.of(new BigDecimal("1E-19"), EUR)),
                Rejection.of(NPE, "amount", () -> Money.of(null, "EUR")),
                Rejection.of(NPE, "currencyCode", () -> Money.of("1", null)),
                Rejection.of(IAE, "currency must be an ISO 4217 code, was 'XYZ'", () -> Money.of("1", "XYZ")),
                Rejection.of(IAE, "currency must be an ISO 4217 code, was 'eur'", () -> Money.of("1", "eur")),
                Rejection.of(IAE,
                        "Money amount must be a plain decimal number, was '12,50' in '12,50' (character ',' at 2)",
                        () -> Money.of("12,50", "EUR")),
                Rejection.of(IAE, "Money amount must be a plain decimal number, was '1.2.3' in '1.2.3'",
                        () -> Money.of("1.2.3", "EUR")),
                Rejection.of(IAE, "Money amount must be a plain decimal number, was '' in ''",
                        () -> Money.of("", "EUR")),
                Rejection.of(NPE, "currency", () -> Money.ofMicros(1, null)),
                Rejection.of(NPE, "currency", () -> Money.zero(null)),
                Rejection.of(NPE, "text", () -> Money.parse(null)),
                Rejection.of(IAE, "Money text must be 'CCC amount' such as 'EUR 12.50', was '12.50 EUR'",
                        () -> Money.parse("12.50 EUR")),
                Rejection.of(IAE, "Money text must be 'CCC amount' such as 'EUR 12.50', was 'EUR'",
                        () -> Money.parse("EUR")),
                Rejection.of(IAE, "Money text must be 'CCC amount' such as 'EUR 12.50', was 'EUR '",
                        () -> Money.parse("EUR ")),
                Rejection.of(IAE, "currency must be an ISO 4217 code, was 'eur'", () -> Money.parse("eur 1")),
                Rejection.of(IAE,
                        "Money amount must be a plain decimal number, was '1e5' in 'EUR 1e5' (character 'e' at 1)",
                        () -> Money.parse("EUR 1e5")),
                Rejection.of(IAE,
                        "Money amount must be a plain decimal number, was ' 1' in 'EUR  1' (character ' ' at 0)",
                        () -> Money.parse("EUR  1")),
                Rejection.of(IAE, "Money amount must be a plain decimal number, was '-' in 'EUR -'",
                        () -> Money.parse("EUR -")),
                Rejection.of(IAE, "Currency mismatch: EUR vs USD", () -> ten.plus(Money.of("1", "USD"))),
                Rejection.of(IAE, "Currency mismatch: EUR vs JPY", () -> ten.minus(Money.of("1", "JPY"))),
                Rejection.of(IAE, "Currency mismatch: USD vs EUR", () -> Money.of("1", "USD").compareTo(ten)),
                Rejection.of(NPE, "other", () -> ten.plus(null)),
                Rejection.of(NPE, "other", () -> ten.minus(null)),
                Rejection.of(NPE, "other", () -> ten.compareTo(null)),
                Rejection.of(NPE, "factor", () -> ten.multipliedBy(null)),
                Rejection.of(IAE, "amount must have at most 18 fractional digits, was 0.00000000000000000001",
                        () -> eur("0.01").multipliedBy(new BigDecimal("1E-18"))),
                Rejection.of(IAE, "divisor must not be zero (dividing EUR 10.00)",
                        () -> ten.dividedBy(0, 2, RoundingMode.HALF_EVEN)),
                Rejection.of(IAE, "divisor must not be zero (dividing EUR 10.00)",
                        () -> ten.dividedBy(new BigDecimal("0.000"), 2, RoundingMode.HALF_EVEN)),
                Rejection.of(IAE, "scale must be in 0..18, was -1", () -> ten.dividedBy(3, -1, RoundingMode.HALF_EVEN)),
                Rejection.of(IAE, "scale must be in 0..18, was 19", () -> ten.dividedBy(3, 19, RoundingMode.HALF_EVEN)),
                Rejection.of(NPE, "divisor", () -> ten.dividedBy(null, 2, RoundingMode.HALF_EVEN)),
                Rejection.of(NPE, "rounding", () -> ten.dividedBy(3, 2, null)),
                Rejection.of(NPE, "rounding", () -> ten.rounded(null)),
                Rejection.of(ArithmeticException.class, "EUR 0.0000001 cannot be represented exactly in long micros",
                        () -> eur("0.0000001").toMicros()),
                // 10^13 units are 10^19 micros, above Long.MAX_VALUE (about 9.22 * 10^18).
                Rejection.of(ArithmeticException.class,
                        "EUR 10000000000000.00 cannot be represented exactly in long micros",
                        () -> eur("10000000000000").toMicros()));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void refusesBadInput(Class<? extends Throwable> type, String message, Executable call) {
        Rejection.check(type, message, call);
    }

    @Test
    void javadocExample() {
        Money total = Money.parse("EUR 1200.00").plus(Money.of("35.5", "EUR"));
        assertEquals("EUR 1235.50", total.toString());
        // 1235.50 / 7 = 176.50 exactly (7 * 176.5 = 1235.5).
        assertEquals(eur("176.50"), total.dividedBy(7, 2, RoundingMode.HALF_EVEN));
    }

    @Test
    void trailingZerosDoNotMatterAndMinorUnitsAreKept() {
        assertEquals(eur("1.0"), eur("1.00"));
        assertEquals(eur("1.0").hashCode(), eur("1.00").hashCode());
        assertEquals("EUR 1.00", eur("1.0").toString());
        assertEquals("EUR 1.235", eur("1.2350").toString());
        assertEquals("JPY 300", Money.of("300.00", "JPY").toString());
        assertEquals("JPY 0.5", Money.of("0.5", "JPY").toString());
        assertEquals("BHD 1.000", Money.of("1", "BHD").toString());
        assertEquals("XAU 1.5", Money.of("1.50", "XAU").toString()); // no minor unit: getDefaultFractionDigits() = -1
        assertEquals("EUR 0.00", Money.zero(EUR).toString());
        assertEquals("EUR 100.00", Money.of(new BigDecimal("1E+2"), EUR).toString());
        assertNotEquals(eur("1"), Money.of("1", "USD"));
        assertEquals(Money.of("-300", "JPY"), Money.parse("JPY -300"));
        assertEquals(eur("5"), Money.parse("EUR +5"));
    }

    @Test
    void microsAreMillionthsOfAUnit() {
        assertEquals(eur("1.5"), Money.ofMicros(1_500_000, EUR));
        assertEquals(1_500_000, eur("1.5").toMicros());
        assertEquals(Long.MAX_VALUE, Money.ofMicros(Long.MAX_VALUE, USD).toMicros());
        assertEquals("USD 9223372036854.775807", Money.ofMicros(Long.MAX_VALUE, USD).toString());
        assertEquals(-1, Money.ofMicros(-1, JPY).toMicros());
    }

    @Test
    void arithmeticIsExact() {
        assertEquals(eur("0.3"), eur("0.1").plus(eur("0.2")));
        assertEquals(eur("-0.1"), eur("0.1").minus(eur("0.2")));
        assertEquals(eur("-0.1"), eur("0.1").negated());
        assertEquals(eur("27670116110564327421"), eur("9223372036854775807").multipliedBy(3));
        assertEquals(eur("4.5375"), eur("12.10").multipliedBy(new BigDecimal("0.375")));
        assertTrue(eur("0").isZero());
        assertTrue(eur("-0.01").isNegative());
        assertFalse(eur("0.01").isNegative());
        assertEquals(-1, eur("-3").signum());
        assertTrue(eur("1.99").compareTo(eur("2")) < 0);
    }

    /** Expected values by hand: 10 / 3 = 3.333…, -10 / 3 = -3.333…, 2 / 3 = 0.666…. */
    @ParameterizedTest
    @CsvSource({
            "10, HALF_EVEN, 3.33", "10, HALF_UP, 3.33", "10, UP, 3.34", "10, DOWN, 3.33", "10, CEILING, 3.34",
            "10, FLOOR, 3.33", "-10, HALF_EVEN, -3.33", "-10, UP, -3.34", "-10, CEILING, -3.33",
            "-10, FLOOR, -3.34", "2, HALF_EVEN, 0.67", "2, DOWN, 0.66"})
    void divisionRoundsOnceWithTheStatedMode(String amount, RoundingMode mode, String expected) {
        assertEquals(eur(expected), eur(amount).dividedBy(3, 2, mode));
    }

    /** Ties: HALF_EVEN goes to the even neighbour, HALF_UP away from zero, HALF_DOWN towards it. */
    @ParameterizedTest
    @CsvSource({
            "EUR, 0.125, HALF_EVEN, 0.12", "EUR, 0.135, HALF_EVEN, 0.14", "EUR, 0.125, HALF_UP, 0.13",
            "EUR, 0.125, HALF_DOWN, 0.12", "EUR, -0.125, HALF_UP, -0.13", "EUR, 0.121, CEILING, 0.13",
            "JPY, 2.5, HALF_EVEN, 2", "JPY, 3.5, HALF_EVEN, 4", "JPY, 2.5, HALF_UP, 3", "JPY, -2.5, FLOOR, -3",
            "BHD, 1.0005, HALF_EVEN, 1.000", "BHD, 1.0005, HALF_UP, 1.001", "EUR, 7, UNNECESSARY, 7.00"})
    void roundingToTheMinorUnit(String code, String amount, RoundingMode mode, String expected) {
        Money rounded = Money.of(amount, code).rounded(mode);
        assertEquals(Money.of(expected, code), rounded);
        assertEquals(code + " " + expected, rounded.toString());
    }

    @Test
    void unnecessaryRoundingThatIsNeededThrows() {
        assertThrows(ArithmeticException.class, () -> eur("0.005").rounded(RoundingMode.UNNECESSARY));
        assertThrows(ArithmeticException.class, () -> eur("10").dividedBy(3, 2, RoundingMode.UNNECESSARY));
        assertEquals(eur("2.5"), eur("10").dividedBy(4, 2, RoundingMode.UNNECESSARY));
        assertEquals(Money.of("3", "JPY"), Money.of("10", "JPY").dividedBy(3, 0, RoundingMode.HALF_EVEN));
        assertEquals(Money.of("3.333", "BHD"), Money.of("10", "BHD").dividedBy(3, 3, RoundingMode.HALF_EVEN));
        assertEquals(BHD, Money.zero(BHD).currency());
    }
}
