package org.kpisdk.io;

import java.util.Optional;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Checks;

/**
 * How numbers are written in a CSV file: the decimal separator and an optional grouping (thousands) separator.
 *
 * <pre>{@code
 * NumberStyle.plain();              // 1234567.89
 * NumberStyle.of('.', ',');         // 1,234,567.89
 * NumberStyle.of(',', '.');         // 1.234.567,89
 * NumberStyle.decimalComma();       // 1234567,89
 * }</pre>
 *
 * <p>A number is an optional sign ({@code -} or {@code +}), at least one digit before the decimal separator, and
 * optionally the separator followed by at least one digit. Grouping separators may appear only between digits of
 * the integer part, in groups of three after the first. No exponents, currency symbols or surrounding spaces.
 * Parsing is exact: digits beyond the precision a column allows are refused unless they are zeros.
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class NumberStyle {
    private static final NumberStyle PLAIN = new NumberStyle('.', (char) 0);

    private final char decimal;
    private final char grouping;

    private NumberStyle(char decimal, char grouping) {
        this.decimal = decimal;
        this.grouping = grouping;
    }

    /** Returns the style with {@code .} as decimal separator and no grouping: {@code 1234567.89}. */
    public static NumberStyle plain() {
        return PLAIN;
    }

    /** Returns the style with {@code ,} as decimal separator and no grouping: {@code 1234567,89}. */
    public static NumberStyle decimalComma() {
        return new NumberStyle(',', (char) 0);
    }

    /**
     * Returns the style with the given separators.
     *
     * @throws IllegalArgumentException if a separator is a digit, a sign or a control character, or both are equal
     */
    public static NumberStyle of(char decimalSeparator, char groupingSeparator) {
        check(decimalSeparator, "decimalSeparator");
        check(groupingSeparator, "groupingSeparator");
        Checks.argument(decimalSeparator != groupingSeparator,
                "decimalSeparator and groupingSeparator must differ, both were '%s'", decimalSeparator);
        return new NumberStyle(decimalSeparator, groupingSeparator);
    }

    /** Returns the style with the given decimal separator and no grouping. */
    public static NumberStyle of(char decimalSeparator) {
        check(decimalSeparator, "decimalSeparator");
        return new NumberStyle(decimalSeparator, (char) 0);
    }

    private static void check(char c, String field) {
        Checks.argument(!(c >= '0' && c <= '9') && c != '-' && c != '+' && !Character.isISOControl(c),
                "%s must not be a digit, a sign or a control character, was '%s'", field, c);
    }

    /** Returns the decimal separator. */
    public char decimalSeparator() {
        return decimal;
    }

    /** Returns the grouping separator, or empty when numbers are not grouped. */
    public Optional<Character> groupingSeparator() {
        return grouping == 0 ? Optional.empty() : Optional.of(grouping);
    }

    /**
     * Parses {@code text} exactly into a whole number of units of {@code 10^-scale}: {@code "12.5"} at scale 6 is
     * 12,500,000. Returns the reason on failure through {@link Reject}.
     */
    long parse(String text, int scale) throws Reject {
        int n = text.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        long v = 0;
        int digits = 0;
        int group = -1;
        try {
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    v = Math.addExact(Math.multiplyExact(v, 10), c - '0');
                    digits++;
                    if (group >= 0) {
                        group++;
                    }
                } else if (grouping != 0 && c == grouping) {
                    if (digits == 0 || (group < 0 ? digits > 3 : group != 3)) {
                        throw new Reject(notANumber());
                    }
                    group = 0;
                } else if (c == decimal) {
                    break;
                } else {
                    throw new Reject(notANumber());
                }
            }
            if (digits == 0 || (group >= 0 && group != 3)) {
                throw new Reject(notANumber());
            }
            int fraction = 0;
            if (i < n) {
                i++;
                if (i == n) {
                    throw new Reject(notANumber());
                }
                for (; i < n; i++) {
                    char c = text.charAt(i);
                    if (c < '0' || c > '9') {
                        throw new Reject(notANumber());
                    }
                    if (fraction < scale) {
                        v = Math.addExact(Math.multiplyExact(v, 10), c - '0');
                        fraction++;
                    } else if (c != '0') {
                        throw new Reject(scale == 0 ? "must be a whole number"
                                : Checks.format("has more than %d decimal places (finer than micros)", scale));
                    }
                }
            }
            for (; fraction < scale; fraction++) {
                v = Math.multiplyExact(v, 10);
            }
        } catch (ArithmeticException e) {
            throw new Reject(scale == 0 ? "is out of range: must be within a long"
                    : "is out of range: its micros must be within a long");
        }
        return negative ? -v : v;
    }

    private String notANumber() {
        return "is not a number in " + this;
    }

    /** Returns whether {@code o} is a style with the same separators. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof NumberStyle n && n.decimal == decimal && n.grouping == grouping;
    }

    @Override
    public int hashCode() {
        return 31 * decimal + grouping;
    }

    /** Returns a description such as {@code NumberStyle[decimal '.', grouping ',']}. */
    @Override
    public String toString() {
        return grouping == 0 ? Checks.format("NumberStyle[decimal '%s', no grouping]", decimal)
                : Checks.format("NumberStyle[decimal '%s', grouping '%s']", decimal, grouping);
    }
}
