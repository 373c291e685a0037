package org.kpisdk.goals;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

import javax.annotation.Nullable;

/** Argument checks whose messages name the field, the value and the rule; formatted only on failure. */
final class Checks {
    private Checks() {
    }

    static void argument(boolean condition, String template, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(format(template, args));
        }
    }

    static String format(String template, Object... args) {
        return String.format(Locale.ROOT, template, args);
    }

    static String text(@Nullable String value, String field) {
        Objects.requireNonNull(value, field);
        argument(!value.isBlank(), "%s must not be blank, was '%s'", field, value);
        return value;
    }

    static String metricId(@Nullable String id, String field) {
        Objects.requireNonNull(id, field);
        boolean valid = !id.isEmpty() && id.length() <= 64 && id.charAt(0) >= 'a' && id.charAt(0) <= 'z';
        for (int i = 1; valid && i < id.length(); i++) {
            char c = id.charAt(i);
            valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }
        argument(valid, "%s must be lowercase snake case [a-z][a-z0-9_]* of at most 64 characters, was '%s'", field,
                id);
        return id;
    }

    static BigDecimal nonNegative(@Nullable BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        argument(value.signum() >= 0, "%s must be >= 0, was %s", field, value.toPlainString());
        return value;
    }
}
