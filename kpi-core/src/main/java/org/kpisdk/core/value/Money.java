package org.kpisdk.core.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;

/**
 * An exact amount of money in one currency.
 *
 * <pre>{@code
 * Money cost = Money.parse("EUR 1200.00");
 * Money refunds = Money.of("35.5", "EUR");
 * Money total = cost.plus(refunds);                       // EUR 1235.50
 * Money perLead = total.dividedBy(7, 2, RoundingMode.HALF_EVEN); // EUR 176.50
 * cost.plus(Money.of("1", "USD"));                        // IllegalArgumentException: Currency mismatch: EUR vs USD
 * }</pre>
 *
 * <p>The amount is a {@link BigDecimal} that is never rounded implicitly: sums and products are exact, and every
 * division names its scale and {@link RoundingMode}. Amounts are kept with at least the currency's minor-unit
 * scale, so {@code EUR 1.0} and {@code EUR 1.00} are equal and both print as {@code EUR 1.00}. Mixing currencies
 * throws an {@link IllegalArgumentException} that names both. Amounts may be negative (a net return, a refund).
 *
 * <p>Hot paths sum {@code long} micros (one unit = 1,000,000 micros, as the Google Ads API does): see
 * {@link #ofMicros} and {@link #toMicros()}.
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class Money implements Comparable<Money> {
    /** Micros per currency unit. */
    public static final long MICROS_PER_UNIT = 1_000_000L;

    /**
     * The most digits an amount may have before the decimal point. Far beyond any real amount, it bounds the cost
     * of every operation: {@code 1E+100000000} is refused at once instead of being expanded to a hundred million
     * digits.
     */
    public static final int MAX_INTEGER_DIGITS = 1_000;
    /**
     * The most significant digits an amount may be given with, trailing zeros included (they are stripped after
     * this check, which keeps stripping them cheap).
     */
    public static final int MAX_PRECISION = 10_000;

    /** The largest number of fractional digits an amount may have. */
    private static final int MAX_SCALE = 18;

    private static final BigDecimal MICROS = BigDecimal.valueOf(MICROS_PER_UNIT);

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Returns {@code amount} of {@code currency}, exactly.
     *
     * @throws IllegalArgumentException if the amount has more than 18 fractional digits, more than
     *                                  {@value #MAX_INTEGER_DIGITS} digits before the point or more than
     *                                  {@value #MAX_PRECISION} significant digits as given
     */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        return new Money(canonical(amount, currency), currency);
    }

    /**
     * Returns the amount given as decimal text (such as {@code "12.50"}) in the currency with the given ISO 4217
     * code (such as {@code "EUR"}).
     *
     * @throws IllegalArgumentException if the amount is not a decimal number or the code is not a currency
     */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        return of(parseAmount(amount, amount), currency(currencyCode));
    }

    /** Returns the amount {@code micros / 1,000,000} of {@code currency}. */
    public static Money ofMicros(long micros, Currency currency) {
        return of(BigDecimal.valueOf(micros, 6), currency);
    }

    /** Returns zero in {@code currency}. */
    public static Money zero(Currency currency) {
        return of(BigDecimal.ZERO, currency);
    }

    /**
     * Parses the form printed by {@link #toString()}: an ISO 4217 code, one space, a plain decimal amount, such as
     * {@code "EUR 12.50"} or {@code "JPY -300"}.
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static Money parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        int space = s.indexOf(' ');
        if (space != 3 || s.length() < 5) {
            throw new IllegalArgumentException(
                    Checks.format("Money text must be 'CCC amount' such as 'EUR 12.50', was '%s'", s));
        }
        Currency currency = currency(s.substring(0, 3));
        return of(parseAmount(s.substring(4), s), currency);
    }

    private static Currency currency(String code) {
        Objects.requireNonNull(code, "currencyCode");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    Checks.format("currency must be an ISO 4217 code, was '%s'", code), e);
        }
    }

    private static BigDecimal parseAmount(String amount, String text) {
        for (int i = 0; i < amount.length(); i++) {
            char c = amount.charAt(i);
            boolean sign = i == 0 && (c == '-' || c == '+');
            if (!sign && c != '.' && (c < '0' || c > '9')) {
                throw new IllegalArgumentException(Checks.format(
                        "Money amount must be a plain decimal number, was '%s' in '%s' (character '%c' at %d)",
                        amount, text, c, i));
            }
        }
        try {
            return new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    Checks.format("Money amount must be a plain decimal number, was '%s' in '%s'", amount, text), e);
        }
    }

    private static BigDecimal canonical(BigDecimal amount, Currency currency) {
        int minorScale = minorUnitScale(currency);
        if (amount.signum() != 0) {
            // bitLength first: precision() of a huge unscaled value would itself be slow.
            long bits = amount.unscaledValue().bitLength();
            Checks.argument(bits <= MAX_PRECISION * 3.33,
                    "amount must have at most %d significant digits, had about %d", MAX_PRECISION,
                    (long) (bits * 0.30103) + 1);
            long precision = amount.precision();
            Checks.argument(precision <= MAX_PRECISION, "amount must have at most %d significant digits, had %d",
                    MAX_PRECISION, precision);
            long integerDigits = precision - amount.scale();
            Checks.argument(integerDigits <= MAX_INTEGER_DIGITS,
                    "amount must have at most %d digits before the decimal point, had %d (%s)", MAX_INTEGER_DIGITS,
                    integerDigits, amount);
        }
        BigDecimal stripped = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        if (stripped.scale() > MAX_SCALE) {
            throw new IllegalArgumentException(Checks.format(
                    "amount must have at most %d fractional digits, was %s", MAX_SCALE, amount.toPlainString()));
        }
        return stripped.scale() < minorScale ? stripped.setScale(minorScale) : stripped;
    }

    private static int minorUnitScale(Currency currency) {
        // Pseudo-currencies such as XAU report -1: treat them as having no minor unit.
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /** Returns the exact amount, with at least the currency's minor-unit scale. */
    public BigDecimal amount() {
        return amount;
    }

    /** Returns the currency. */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the amount in micros (millionths of a unit).
     *
     * @throws ArithmeticException if the amount has a fraction finer than a micro, or does not fit in a {@code long}
     */
    public long toMicros() {
        try {
            return amount.multiply(MICROS).longValueExact();
        } catch (ArithmeticException e) {
            throw new ArithmeticException(
                    Checks.format("%s cannot be represented exactly in long micros", this));
        }
    }

    /** Returns the sum; both amounts must be in the same currency. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(canonical(amount.add(other.amount), currency), currency);
    }

    /** Returns the difference; both amounts must be in the same currency. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(canonical(amount.subtract(other.amount), currency), currency);
    }

    /** Returns the amount times {@code factor}, exactly. */
    public Money multipliedBy(long factor) {
        return new Money(canonical(amount.multiply(BigDecimal.valueOf(factor)), currency), currency);
    }

    /**
     * Returns the amount times {@code factor}, exactly (hours × hourly rate).
     *
     * @throws IllegalArgumentException if the exact product has more than 18 fractional digits; round first
     */
    public Money multipliedBy(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        return new Money(canonical(amount.multiply(factor), currency), currency);
    }

    /**
     * Returns the amount divided by {@code divisor}, rounded once to {@code scale} fractional digits with
     * {@code rounding}.
     *
     * @throws IllegalArgumentException if the divisor is zero or the scale is not in 0..18
     * @throws ArithmeticException      if {@code rounding} is {@code UNNECESSARY} and the quotient needs rounding
     */
    public Money dividedBy(long divisor, int scale, RoundingMode rounding) {
        return dividedBy(BigDecimal.valueOf(divisor), scale, rounding);
    }

    /**
     * Returns the amount divided by {@code divisor}, rounded once to {@code scale} fractional digits with
     * {@code rounding}.
     *
     * @throws IllegalArgumentException if the divisor is zero or the scale is not in 0..18
     * @throws ArithmeticException      if {@code rounding} is {@code UNNECESSARY} and the quotient needs rounding
     */
    public Money dividedBy(BigDecimal divisor, int scale, RoundingMode rounding) {
        Objects.requireNonNull(divisor, "divisor");
        Objects.requireNonNull(rounding, "rounding");
        Checks.argument(scale >= 0 && scale <= MAX_SCALE, "scale must be in 0..%d, was %d", MAX_SCALE, scale);
        if (divisor.signum() == 0) {
            throw new IllegalArgumentException(Checks.format("divisor must not be zero (dividing %s)", this));
        }
        return new Money(canonical(amount.divide(divisor, scale, rounding), currency), currency);
    }

    /**
     * Returns the amount rounded to the currency's minor unit (cents for EUR, none for JPY).
     *
     * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and the amount has a finer fraction
     */
    public Money rounded(RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        return new Money(canonical(amount.setScale(minorUnitScale(currency), rounding), currency), currency);
    }

    /** Returns the amount with the opposite sign. */
    public Money negated() {
        return new Money(canonical(amount.negate(), currency), currency);
    }

    /** Returns whether the amount is zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** Returns whether the amount is below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Returns -1, 0 or 1 as the amount is negative, zero or positive. */
    public int signum() {
        return amount.signum();
    }

    /**
     * Compares amounts of the same currency.
     *
     * @throws IllegalArgumentException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(Checks.format(
                    "Currency mismatch: %s vs %s", currency.getCurrencyCode(), other.currency.getCurrencyCode()));
        }
    }

    /** Two amounts are equal when their currencies are equal and their amounts are numerically equal. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Money money && currency.equals(money.currency) && amount.equals(money.amount);
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + amount.hashCode();
    }

    /** Returns {@code "EUR 12.50"}: the currency code, a space and the plain amount; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + ' ' + amount.toPlainString();
    }
}
