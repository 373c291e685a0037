package org.kpisdk.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class TimeWindowTest {
    @Test
    void theBoundIsInsideAndOneMillisecondPastItIsOutside() {
        TimeWindow w = TimeWindow.of(Duration.ofDays(90));
        long bound = 90L * 24 * 3_600_000;
        assertEquals(bound, w.millis());
        assertTrue(w.includes(bound));
        assertFalse(w.includes(bound + 1));
        assertTrue(w.includes(0));
        assertFalse(w.includes(-1), "an event before its anchor is outside");
        Instant anchor = Instant.parse("2026-01-01T00:00:00Z");
        assertTrue(w.includes(anchor, anchor.plus(Duration.ofDays(90))));
        assertFalse(w.includes(anchor, anchor.plus(Duration.ofDays(90)).plusMillis(1)));
        assertFalse(w.includes(anchor, anchor.minusMillis(1)));
        assertTrue(w.includes(anchor, anchor));
    }

    @Test
    void zeroAndTheLongestWindowAreAccepted() {
        TimeWindow zero = TimeWindow.of(Duration.ZERO);
        assertTrue(zero.includes(0));
        assertFalse(zero.includes(1));
        TimeWindow max = TimeWindow.of(TimeWindow.MAX_LENGTH);
        assertEquals(Long.MAX_VALUE, max.millis());
        assertTrue(max.includes(Long.MAX_VALUE));
        assertEquals(TimeWindow.MAX_LENGTH, max.length());
        // Instants further apart than Long.MAX_VALUE ms are outside even the longest window, without overflow.
        assertFalse(max.includes(Instant.MIN, Instant.MAX));
        assertTrue(max.includes(Instant.EPOCH, Instant.EPOCH.plus(TimeWindow.MAX_LENGTH)));
    }

    @Test
    void valueSemantics() {
        assertEquals(TimeWindow.of(Duration.ofSeconds(2)), TimeWindow.ofMillis(2_000));
        assertEquals(TimeWindow.of(Duration.ofSeconds(2)).hashCode(), TimeWindow.ofMillis(2_000).hashCode());
        assertNotEquals(TimeWindow.ofMillis(1), TimeWindow.ofMillis(2));
        assertEquals("TimeWindow[PT2H, bound inclusive]", TimeWindow.of(Duration.ofHours(2)).toString());
    }

    static Stream<Arguments> refused() {
        Duration huge = Duration.ofSeconds(Long.MAX_VALUE);
        return Stream.of(
                Arguments.of(Duration.ofMillis(-1), "lookback", "lookback must be >= 0, was PT-0.001S"),
                Arguments.of(Duration.ofNanos(999_999), "window",
                        "window must be whole milliseconds, was PT0.000999999S"),
                Arguments.of(Duration.ofMillis(5).plusNanos(1), "window",
                        "window must be whole milliseconds, was PT0.005000001S"),
                Arguments.of(TimeWindow.MAX_LENGTH.plusMillis(1), "window",
                        "window must be <= PT2562047788015H12M55.807S (Long.MAX_VALUE = 9223372036854775807 ms), was "
                                + "PT2562047788015H12M55.808S"),
                Arguments.of(huge, "window",
                        "window must be <= PT2562047788015H12M55.807S (Long.MAX_VALUE = 9223372036854775807 ms), was "
                                + huge));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void aLengthThatIsNotExactWholeMillisecondsIsRefusedNamingTheArgument(Duration length, String argument,
            String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimeWindow.of(length, argument));
        assertEquals(message, e.getMessage());
    }

    @Test
    void nullsAndNegativeMillisAreRefused() {
        assertEquals("length", assertThrows(NullPointerException.class, () -> TimeWindow.of(null)).getMessage());
        assertEquals("window millis must be >= 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> TimeWindow.ofMillis(-1)).getMessage());
    }
}
