package org.kpisdk.io;

import java.util.Currency;
import java.util.Optional;

import org.kpisdk.core.internal.Checks;

/** Parsing of money cells: an amount, optionally with an ISO 4217 code before or after it, into exact micros. */
final class MoneyCells {
    private MoneyCells() {
    }

    /** Returns the currency of an ISO 4217 code, or empty for an unknown code. */
    static Optional<Currency> currency(String code) {
        try {
            return Optional.of(Currency.getInstance(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Returns the micros of {@code text} in {@code declared}, refusing another or an unknown currency code. */
    static long micros(String text, Currency declared, NumberStyle style) throws Reject {
        String amount = text;
        int n = text.length();
        String code = null;
        if (n > 4 && text.charAt(n - 4) == ' ' && letters(text, n - 3)) {
            code = text.substring(n - 3);
            amount = text.substring(0, n - 4);
        } else if (n > 4 && text.charAt(3) == ' ' && letters(text, 0)) {
            code = text.substring(0, 3);
            amount = text.substring(4);
        }
        if (code != null && !code.equals(declared.getCurrencyCode())) {
            if (currency(code).isEmpty()) {
                throw new Reject(Checks.format("unknown currency '%s': not an ISO 4217 code", code));
            }
            throw new Reject(Checks.format("Currency mismatch: %s vs %s (declared)", code,
                    declared.getCurrencyCode()));
        }
        return style.parse(amount, 6);
    }

    private static boolean letters(String s, int from) {
        for (int i = from; i < from + 3; i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
