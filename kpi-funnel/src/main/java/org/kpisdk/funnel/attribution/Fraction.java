package org.kpisdk.funnel.attribution;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;

/**
 * An exact non-negative rational number, the type of attribution shares: the shares of one conversion are
 * fractions that sum to exactly {@link #ONE}.
 *
 * <pre>{@code
 * Fraction third = Fraction.of(1, 3);
 * Fraction sum = third.plus(third).plus(third);   // 1
 * third.toString();                                // "1/3"
 * Fraction.parse("2/6").equals(third);             // true: always kept in lowest terms
 * third.toBigDecimal(4, RoundingMode.HALF_EVEN);   // 0.3333
 * }</pre>
 *
 * <p>Numerator and denominator are {@link BigInteger}s in lowest terms with a positive denominator, so equal
 * values are equal objects. Immutable, thread-safe and value-based.
 */
public final class Fraction implements Comparable<Fraction> {
    /** Zero, {@code 0/1}. */
    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    /** One, {@code 1/1}. */
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * Returns {@code numerator / denominator} in lowest terms.
     *
     * @throws IllegalArgumentException if the numerator is negative or the denominator is not positive
     */
    public static Fraction of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * Returns {@code numerator / denominator} in lowest terms.
     *
     * @throws IllegalArgumentException if the numerator is negative or the denominator is not positive
     */
    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException(Checks.format("denominator must be > 0, was %s", denominator));
        }
        if (numerator.signum() < 0) {
            throw new IllegalArgumentException(Checks.format("numerator must be >= 0, was %s", numerator));
        }
        if (numerator.signum() == 0) {
            return ZERO;
        }
        BigInteger gcd = numerator.gcd(denominator);
        return new Fraction(numerator.divide(gcd), denominator.divide(gcd));
    }

    /**
     * Returns the exact value of a non-negative decimal, such as {@code 0.4} → {@code 2/5}.
     *
     * @throws IllegalArgumentException if the value is negative
     */
    public static Fraction of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException(Checks.format("value must be >= 0, was %s", value.toPlainString()));
        }
        if (value.scale() <= 0) {
            return of(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    /**
     * Returns the exact value of a finite non-negative {@code double} (every double is a dyadic rational), such as
     * {@code 0.375} → {@code 3/8}.
     *
     * @throws IllegalArgumentException if the value is negative, NaN or infinite
     */
    public static Fraction ofExact(double value) {
        Checks.argument(value >= 0 && Double.isFinite(value), "value must be finite and >= 0, was %s", value);
        if (value == 0) {
            return ZERO;
        }
        long bits = Double.doubleToRawLongBits(value);
        int exponent = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent == 0) {
            exponent = 1;
        } else {
            mantissa |= 1L << 52;
        }
        // value = mantissa × 2^(exponent − 1075); drop common factors of two before building the fraction.
        int shift = exponent - 1075;
        int zeros = Long.numberOfTrailingZeros(mantissa);
        mantissa >>>= zeros;
        shift += zeros;
        if (shift >= 0) {
            return new Fraction(BigInteger.valueOf(mantissa).shiftLeft(shift), BigInteger.ONE);
        }
        return new Fraction(BigInteger.valueOf(mantissa), BigInteger.ONE.shiftLeft(-shift));
    }

    /**
     * Parses the form printed by {@link #toString()}: {@code "n/d"} or a whole number {@code "n"}.
     *
     * @throws IllegalArgumentException naming the text when it is not such a fraction
     */
    public static Fraction parse(CharSequence text) {
        String s = text.toString();
        int slash = s.indexOf('/');
        try {
            if (slash < 0) {
                return of(new BigInteger(s), BigInteger.ONE);
            }
            return of(new BigInteger(s.substring(0, slash)), new BigInteger(s.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    Checks.format("Fraction text must be 'n/d' or 'n' with whole numbers, was '%s'", s), e);
        }
    }

    /** Returns the numerator (lowest terms, {@code >= 0}). */
    public BigInteger numerator() {
        return numerator;
    }

    /** Returns the denominator (lowest terms, {@code > 0}). */
    public BigInteger denominator() {
        return denominator;
    }

    /** Returns the exact sum. */
    public Fraction plus(Fraction other) {
        Objects.requireNonNull(other, "other");
        if (other.numerator.signum() == 0) {
            return this;
        }
        if (denominator.equals(other.denominator)) {
            return of(numerator.add(other.numerator), denominator);
        }
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /** Returns the exact product. */
    public Fraction multipliedBy(Fraction other) {
        Objects.requireNonNull(other, "other");
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** Returns the exact product with a non-negative whole number. */
    public Fraction multipliedBy(long factor) {
        Checks.nonNegative(factor, "factor");
        return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
    }

    /** Returns whether this is zero. */
    public boolean isZero() {
        return numerator.signum() == 0;
    }

    /** Returns the value rounded once to {@code scale} fractional digits with {@code rounding}. */
    public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
    }

    /** Returns the nearest {@code double} (for display and plotting; the fraction itself is the exact value). */
    public double doubleValue() {
        return toBigDecimal(20, RoundingMode.HALF_EVEN).doubleValue();
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Fraction fraction && numerator.equals(fraction.numerator)
                && denominator.equals(fraction.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /** Returns {@code "n/d"}, or {@code "n"} for whole numbers; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
