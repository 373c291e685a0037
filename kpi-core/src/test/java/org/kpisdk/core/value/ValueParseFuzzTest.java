package org.kpisdk.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz targets for the text parsers of the value types (see {@code docs/fuzzing.md}). The input bytes are
 * decoded as UTF-8 (malformed bytes become U+FFFD), so the committed seeds under
 * {@code src/test/resources/org/kpisdk/core/value/ValueParseFuzzTestInputs/<method>/} are plain text files.
 *
 * <p>Contract of every target: the parser either returns a value or throws {@link IllegalArgumentException} with a
 * non-empty message, as its Javadoc says; nothing else escapes (no NumberFormatException, DateTimeException,
 * index errors), and a value it returns prints to text that parses back to an equal value.
 */
final class ValueParseFuzzTest {
    /** Regression mode runs the seeds; fuzzing mode ({@code JAZZER_FUZZ=1}) stops at whichever limit comes first. */
    private static final String DURATION = "10m";
    private static final long EXECUTIONS = 10_000_000L;

    /** Asserts that {@code e} explains itself: a non-blank message. */
    private static void assertMessage(Throwable e) {
        assertNotNull(e.getMessage(), () -> "no message: " + e);
        assertFalse(e.getMessage().isBlank(), () -> "blank message: " + e);
    }

    private static String text(FuzzedDataProvider data) {
        return new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    }

    /**
     * {@link Money#parse}: refuses with {@link IllegalArgumentException}, or returns the amount written, exactly, in
     * the currency named by the first three characters; {@code parse(toString())} gives an equal value.
     */
    @FuzzTest(maxDuration = DURATION, maxExecutions = EXECUTIONS)
    void moneyParse(FuzzedDataProvider data) {
        String s = text(data);
        Money m;
        try {
            m = Money.parse(s);
        } catch (IllegalArgumentException e) {
            assertMessage(e);
            return;
        }
        assertEquals(s.substring(0, 3), m.currency().getCurrencyCode(), s);
        assertEquals(0, new BigDecimal(s.substring(4)).compareTo(m.amount()), s);
        assertEquals(m, Money.parse(m.toString()), s);
        assertEquals(m.toString(), Money.parse(m.toString()).toString(), s);
    }

    /**
     * {@link PeriodKey#parse}: refuses with {@link IllegalArgumentException}, or returns the key whose canonical text
     * is exactly the input (there is one spelling per period) and whose start lies in the period.
     */
    @FuzzTest(maxDuration = DURATION, maxExecutions = EXECUTIONS)
    void periodKeyParse(FuzzedDataProvider data) {
        String s = text(data);
        PeriodKey k;
        try {
            k = PeriodKey.parse(s);
        } catch (IllegalArgumentException e) {
            assertMessage(e);
            return;
        }
        assertEquals(s, k.toString());
        assertEquals(k, PeriodKey.parse(k.toString()));
        assertTrue(k.contains(k.start()) && k.contains(k.end()) && k.lengthInDays() >= 1, s);
        assertEquals(k, PeriodKey.of(k.end(), k.grain()), s);
    }

    /**
     * {@link Dimensions#parse}: refuses with {@link IllegalArgumentException}, or returns dimensions whose text
     * parses back to an equal value and is its own canonical form; every pair obeys the documented key and value
     * rules (re-adding it through {@link Dimensions#of(String, String)} is accepted).
     */
    @FuzzTest(maxDuration = DURATION, maxExecutions = EXECUTIONS)
    void dimensionsParse(FuzzedDataProvider data) {
        String s = text(data);
        Dimensions d;
        try {
            d = Dimensions.parse(s);
        } catch (IllegalArgumentException e) {
            assertMessage(e);
            return;
        }
        Dimensions back = Dimensions.parse(d.toString());
        assertEquals(d, back, s);
        assertEquals(d.toString(), back.toString(), s);
        Dimensions rebuilt = Dimensions.empty();
        for (var e : d) {
            rebuilt = rebuilt.and(e.getKey(), e.getValue());
        }
        assertEquals(d, rebuilt, s);
    }
}
