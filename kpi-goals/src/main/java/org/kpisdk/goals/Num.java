package org.kpisdk.goals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Decimal arithmetic and number formatting shared by the package: one precision, one rounding mode. */
final class Num {
    /** Every division uses 16 significant digits, rounding half-even (IEEE 754 decimal64). */
    static final MathContext MC = MathContext.DECIMAL64;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext DISPLAY = new MathContext(4, RoundingMode.HALF_EVEN);

    private Num() {
    }

    /** Divides exactly when possible, else to {@link #MC}; {@code divisor} must be non-zero. */
    static BigDecimal div(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, MC);
    }

    static BigDecimal clamp01(BigDecimal value) {
        return value.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    /** Four significant digits, no exponent, no trailing zeros: {@code 0.9}, {@code 173.2}, {@code 100}. */
    static String fmt(BigDecimal value) {
        BigDecimal r = value.round(DISPLAY).stripTrailingZeros();
        if (r.scale() < 0) {
            r = r.setScale(0);
        }
        return r.toPlainString();
    }

    /** The exact value without trailing zeros or exponent: {@code 149.98}, {@code 200}. */
    static String plain(BigDecimal value) {
        BigDecimal r = value.stripTrailingZeros();
        if (r.scale() < 0) {
            r = r.setScale(0);
        }
        return r.toPlainString();
    }

    static String fmt(double value) {
        return fmt(BigDecimal.valueOf(value));
    }

    /** A fraction as a percentage with four significant digits: {@code 0.0466 -> "4.66%"}. */
    static String pct(BigDecimal fraction) {
        return fmt(fraction.multiply(HUNDRED)) + "%";
    }

    /** A signed fraction as a percentage: {@code "+4.66%"}, {@code "-2%"}. */
    static String signedPct(double fraction) {
        String s = pct(BigDecimal.valueOf(fraction));
        return fraction > 0 && !s.startsWith("0%") ? "+" + s : s;
    }
}
