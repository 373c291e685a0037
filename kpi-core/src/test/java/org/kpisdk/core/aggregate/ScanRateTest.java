package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.StandardMeasures;

/**
 * {@link Scan#rate}: {@code numerator / denominator} in units of 1e-9, rounded half even, with money in micros.
 * Every expected value is the exact quotient worked out by hand, then rounded.
 */
final class ScanRateTest {
    private static final BaseMeasure COUNT = StandardMeasures.IMPRESSIONS;
    private static final BaseMeasure MONEY = StandardMeasures.COST;

    @Test
    void roundsToTheNearestBillionth() {
        assertEquals(333_333_333L, Scan.rate(1, COUNT, 3, COUNT));          // 0.333333333|33
        assertEquals(666_666_667L, Scan.rate(2, COUNT, 3, COUNT));          // 0.666666666|67
        assertEquals(250_000_000L, Scan.rate(1, COUNT, 4, COUNT));          // 0.25 exactly
        assertEquals(0L, Scan.rate(0, COUNT, 7, COUNT));
    }

    @Test
    void tiesGoToTheEvenBillionth() {
        // 1 / 2e9 = 0.5e-9 -> 0 (even); 3 / 2e9 = 1.5e-9 -> 2 (even); 5 / 2e9 = 2.5e-9 -> 2
        assertEquals(0L, Scan.rate(1, COUNT, 2_000_000_000L, COUNT));
        assertEquals(2L, Scan.rate(3, COUNT, 2_000_000_000L, COUNT));
        assertEquals(2L, Scan.rate(5, COUNT, 2_000_000_000L, COUNT));
    }

    @Test
    void moneyIsReadInMicros() {
        // EUR 1.50 (1,500,000 micros) per 3 clicks = 0.5; EUR 1 / EUR 4 = 0.25; 3 clicks per EUR 1.50 = 2
        assertEquals(500_000_000L, Scan.rate(1_500_000, MONEY, 3, COUNT));
        assertEquals(250_000_000L, Scan.rate(1_000_000, MONEY, 4_000_000, MONEY));
        assertEquals(2_000_000_000L, Scan.rate(3, COUNT, 1_500_000, MONEY));
    }

    @Test
    void negativeMoneyRoundsHalfEvenToo() {
        // -2/3 = -0.666666666|67 -> -666666667; 1 / -3 = -0.333333333|33 -> -333333333
        assertEquals(-666_666_667L, Scan.rate(-2_000_000, MONEY, 3_000_000, MONEY));
        assertEquals(-333_333_333L, Scan.rate(1_000_000, MONEY, -3_000_000, MONEY));
    }

    @Test
    void largeNumeratorsDoNotOverflow() {
        // Long.MAX_VALUE / 1e9 = 9,223,372,036; one more would overflow numerator x 1e9 in a long:
        // 9,223,372,037 / 2 = 4,611,686,018.5 -> x 1e9 = 4,611,686,018,500,000,000
        assertEquals(4_611_686_018_500_000_000L, Scan.rate(9_223_372_037L, COUNT, 2, COUNT));
        assertEquals(4_611_686_018_000_000_000L, Scan.rate(9_223_372_036L, COUNT, 2, COUNT));
    }
}
