package org.kpisdk.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Currency;

import org.junit.jupiter.api.Test;

/**
 * Issue 26: {@code Money.of(new BigDecimal("1E+100000000"), EUR)} expanded a 12-character input to a hundred million
 * digits (over 90 s). Amounts are bounded by {@link Money#MAX_INTEGER_DIGITS} and {@link Money#MAX_PRECISION}.
 */
final class MoneyBoundsTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void aHugeExponentIsRefusedAtOnce() {
        IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal("1E+100000000"),
                        EUR)));
        assertEquals("amount must have at most 1000 digits before the decimal point, had 100000001 (1E+100000000)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Money.parse("EUR 1" + "0".repeat(1_000)));
    }

    @Test
    void integerDigitsAtTheLimitAreKeptAndOneMoreIsRefused() {
        BigDecimal largest = new BigDecimal(BigInteger.TEN.pow(Money.MAX_INTEGER_DIGITS).subtract(BigInteger.ONE));
        assertEquals(largest, Money.of(largest, EUR).amount().stripTrailingZeros());
        assertEquals(Money.of(largest.negate(), EUR).negated(), Money.of(largest, EUR));
        BigDecimal past = BigDecimal.ONE.scaleByPowerOfTen(Money.MAX_INTEGER_DIGITS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of(past, EUR));
        assertEquals("amount must have at most 1000 digits before the decimal point, had 1001 (1E+1000)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Money.of(largest, EUR).plus(Money.of("1", "EUR")));
    }

    @Test
    void significantDigitsAsGivenAtTheLimitAreStrippedAndOneMoreIsRefused() {
        // 1 followed by 9,999 zeros after the point: 10,000 significant digits as given, worth exactly 1.
        BigDecimal atLimit = new BigDecimal("1." + "0".repeat(Money.MAX_PRECISION - 1));
        assertEquals(Money.of("1", "EUR"), Money.of(atLimit, EUR));
        BigDecimal past = new BigDecimal("1." + "0".repeat(Money.MAX_PRECISION));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of(past, EUR));
        assertEquals("amount must have at most 10000 significant digits, had 10001", e.getMessage());
        BigDecimal huge = new BigDecimal(BigInteger.TEN.pow(100_000), 100_000);
        IllegalArgumentException h = assertThrows(IllegalArgumentException.class, () -> Money.of(huge, EUR));
        assertEquals("amount must have at most 10000 significant digits, had about 100001", h.getMessage());
    }
}
