package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.StandardMeasures;

/**
 * {@link Scan#rate}: one row's {@code numerator / denominator} to 40 significant digits, half even, with money in
 * micros. Every expected value is the quotient worked out by hand (long division), then rounded at the 40th digit.
 */
final class ScanRateTest {
    private static final BaseMeasure COUNT = StandardMeasures.IMPRESSIONS;
    private static final BaseMeasure MONEY = StandardMeasures.COST;

    private static void assertRate(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual, () -> "expected " + expected + ", was " + actual);
    }

    @Test
    void keepsFortySignificantDigits() {
        assertRate("0." + "3".repeat(40), Scan.rate(1, COUNT, 3, COUNT));
        assertRate("0." + "6".repeat(39) + "7", Scan.rate(2, COUNT, 3, COUNT));
        assertRate("0.25", Scan.rate(1, COUNT, 4, COUNT));                  // terminates: exact
        assertRate("0", Scan.rate(0, COUNT, 7, COUNT));
    }

    @Test
    void ratesFarBelowABillionthDoNotVanish() {
        // a 1e-9 fixed point rounded these to 0, 2 and 2 billionths
        assertRate("5E-10", Scan.rate(1, COUNT, 2_000_000_000L, COUNT));
        assertRate("1.5E-9", Scan.rate(3, COUNT, 2_000_000_000L, COUNT));
        // 1 / (Long.MAX_VALUE = 9223372036854775807) = 1.084202172485504434125002235952170462235|3996...E-19
        assertRate("1.084202172485504434125002235952170462235E-19", Scan.rate(1, COUNT, Long.MAX_VALUE, COUNT));
    }

    @Test
    void moneyIsReadInMicros() {
        // EUR 1.50 (1,500,000 micros) per 3 clicks = 0.5; EUR 1 / EUR 4 = 0.25; 3 clicks per EUR 1.50 = 2
        assertEquals(0, new BigDecimal("0.5").compareTo(Scan.rate(1_500_000, MONEY, 3, COUNT)));
        assertEquals(0, new BigDecimal("0.25").compareTo(Scan.rate(1_000_000, MONEY, 4_000_000, MONEY)));
        assertEquals(0, new BigDecimal("2").compareTo(Scan.rate(3, COUNT, 1_500_000, MONEY)));
    }

    @Test
    void negativeMoneyRoundsHalfEvenToo() {
        assertRate("-0." + "6".repeat(39) + "7", Scan.rate(-2_000_000, MONEY, 3_000_000, MONEY));
        assertRate("-0." + "3".repeat(40), Scan.rate(1_000_000, MONEY, -3_000_000, MONEY));
    }

    @Test
    void largeNumeratorsAreExact() {
        // 9,223,372,037 / 2 = 4,611,686,018.5 and Long.MAX_VALUE / 1 exactly
        assertEquals(0, new BigDecimal("4611686018.5").compareTo(Scan.rate(9_223_372_037L, COUNT, 2, COUNT)));
        assertEquals(0, BigDecimal.valueOf(Long.MAX_VALUE).compareTo(Scan.rate(Long.MAX_VALUE, COUNT, 1, COUNT)));
    }
}
