package org.kpisdk.core.internal;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

final class ChecksTest {
    @Test
    void messagesNameFieldValueAndRule() {
        assertEquals("impressions must be >= 0, was -3",
                assertThrows(IllegalArgumentException.class, () -> Checks.nonNegative(-3, "impressions")).getMessage());
        assertEquals("days must be > 0, was 0",
                assertThrows(IllegalArgumentException.class, () -> Checks.positive(0, "days")).getMessage());
        assertEquals("rate must be finite, was NaN",
                assertThrows(IllegalArgumentException.class, () -> Checks.finite(Double.NaN, "rate")).getMessage());
        assertEquals("rate must be finite, was -Infinity", assertThrows(IllegalArgumentException.class,
                () -> Checks.finite(Double.NEGATIVE_INFINITY, "rate")).getMessage());
        assertEquals("x was 1", assertThrows(IllegalArgumentException.class,
                () -> Checks.argument(false, "x was %d", 1)).getMessage());
        assertEquals("built twice", assertThrows(IllegalStateException.class,
                () -> Checks.state(false, "built twice")).getMessage());
        assertEquals(0, Checks.nonNegative(0, "x"));
        assertEquals(1, Checks.positive(1, "x"));
        assertEquals(2.5, Checks.finite(2.5, "x"));
        Checks.argument(true, "unused %s", "never formatted");
        Checks.state(true, "unused");
    }

    @Test
    void formattingIgnoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1.50 and 1234567", Checks.format("%.2f and %d", 1.5, 1_234_567));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
