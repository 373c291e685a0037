package org.kpisdk.core.value;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;
import org.kpisdk.testkit.Laws;
import org.kpisdk.testkit.ValueGens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Laws of {@link Money}: exact merge in one currency, text round trip, micros and an order consistent with equals. */
final class MoneyLawsTest {
    static Stream<Arguments> sameCurrency() {
        Gen<BigDecimal> amounts = ValueGens.amounts();
        return Cases.stream(Cases.count(Cases.DEFAULT_CASES), ValueGens.currencies(), amounts, amounts, amounts);
    }

    static Stream<Arguments> money() {
        return Cases.of(ValueGens.money());
    }

    static Stream<Arguments> micros() {
        return Cases.of(ValueGens.currencies(), Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE));
    }

    static Stream<Arguments> currencyPairs() {
        return Cases.of(ValueGens.currencies(), ValueGens.currencies(), ValueGens.amounts());
    }

    @ParameterizedTest
    @MethodSource("sameCurrency")
    void plusIsAssociativeAndCommutativeWithZeroAsIdentity(Currency currency, BigDecimal x, BigDecimal y,
            BigDecimal z) {
        Money a = Money.of(x, currency);
        Money b = Money.of(y, currency);
        Laws.associative(Money::plus, a, b, Money.of(z, currency));
        Laws.commutative(Money::plus, a, b);
        Laws.identity(Money::plus, Money.zero(currency), a);
    }

    /** Oracle: BigDecimal arithmetic on the raw amounts, compared by value. */
    @ParameterizedTest
    @MethodSource("sameCurrency")
    void plusAndMinusAreExact(Currency currency, BigDecimal x, BigDecimal y) {
        Money a = Money.of(x, currency);
        Money b = Money.of(y, currency);
        assertEquals(0, a.plus(b).amount().compareTo(x.add(y)));
        assertEquals(0, a.minus(b).amount().compareTo(x.subtract(y)));
        assertEquals(a, a.plus(b).minus(b));
        assertEquals(a.negated(), Money.zero(currency).minus(a));
        assertEquals(0, a.multipliedBy(3).amount().compareTo(x.add(x).add(x)));
    }

    @ParameterizedTest
    @MethodSource("money")
    void parseReadsBackToString(Money m) {
        Laws.roundTrip(Money::toString, Money::parse, m);
    }

    /**
     * {@code EUR 1.0} equals {@code EUR 1.00}: trailing zeros never change a value, its hash or its text; the order
     * is the order of the amounts, and {@code compareTo == 0} exactly when equal.
     */
    @ParameterizedTest
    @MethodSource("sameCurrency")
    void equalityIgnoresTrailingZerosAndOrderIsConsistentWithEquals(Currency currency, BigDecimal x, BigDecimal y) {
        Money a = Money.of(x, currency);
        Money padded = Money.of(x.setScale(x.scale() + 3), currency);
        assertEquals(a, padded);
        assertEquals(a.hashCode(), padded.hashCode());
        assertEquals(a.toString(), padded.toString());
        assertEquals(0, a.compareTo(padded));
        int minorDigits = Math.max(0, currency.getDefaultFractionDigits());
        assertTrue(a.amount().scale() >= minorDigits, () -> a + " has fewer than " + minorDigits + " digits");
        Money b = Money.of(y, currency);
        assertEquals(Integer.signum(x.compareTo(y)), Integer.signum(a.compareTo(b)));
        assertEquals(-Integer.signum(a.compareTo(b)), Integer.signum(b.compareTo(a)));
        assertEquals(a.compareTo(b) == 0, a.equals(b));
    }

    @ParameterizedTest
    @MethodSource("micros")
    void microsRoundTrip(Currency currency, long micros) {
        Money m = Money.ofMicros(micros, currency);
        assertEquals(micros, m.toMicros());
        assertEquals(0, m.amount().compareTo(BigDecimal.valueOf(micros).movePointLeft(6)));
        assertEquals(m, Money.ofMicros(m.toMicros(), currency));
    }

    @ParameterizedTest
    @MethodSource("currencyPairs")
    void currencyMixesAreRefused(Currency c1, Currency c2, BigDecimal x) {
        Money a = Money.of(x, c1);
        Money b = Money.of(x, c2);
        if (c1.equals(c2)) {
            assertEquals(0, a.compareTo(b));
            return;
        }
        String expected = "Currency mismatch: " + c1.getCurrencyCode() + " vs " + c2.getCurrencyCode();
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> a.plus(b)).getMessage());
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> a.minus(b)).getMessage());
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> a.compareTo(b)).getMessage());
        assertTrue(!a.equals(b));
    }
}
