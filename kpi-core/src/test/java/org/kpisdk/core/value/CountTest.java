package org.kpisdk.core.value;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class CountTest {
    static Stream<Arguments> badInput() {
        return Stream.of(
                Rejection.of(IllegalArgumentException.class, "count must be >= 0, was -3", () -> Count.of(-3)),
                Rejection.of(IllegalArgumentException.class, "count must be >= 0, was -9223372036854775808",
                        () -> new Count(Long.MIN_VALUE)),
                Rejection.of(IllegalArgumentException.class, "count must be >= 0, was -1", () -> Count.parse("-1")),
                Rejection.of(IllegalArgumentException.class, "count must be a decimal integer, was 'abc'",
                        () -> Count.parse("abc")),
                Rejection.of(IllegalArgumentException.class, "count must be a decimal integer, was ''",
                        () -> Count.parse("")),
                Rejection.of(IllegalArgumentException.class, "count must be a decimal integer, was '1.5'",
                        () -> Count.parse("1.5")),
                Rejection.of(IllegalArgumentException.class,
                        "count must be a decimal integer, was '9223372036854775808'",
                        () -> Count.parse("9223372036854775808")),
                Rejection.of(NullPointerException.class, "text", () -> Count.parse(null)),
                Rejection.of(NullPointerException.class, "other", () -> Count.zero().plus(null)),
                Rejection.of(NullPointerException.class, "denominator", () -> Count.of(1).per(null)));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void refusesBadInput(Class<? extends Throwable> type, String message, Executable call) {
        Rejection.check(type, message, call);
    }

    @Test
    void sumsAreExactAndOverflowThrows() {
        assertEquals(Count.of(150), Count.of(120).plus(Count.of(30)));
        assertEquals(Count.of(Long.MAX_VALUE), Count.of(Long.MAX_VALUE - 1).plus(Count.of(1)));
        assertThrows(ArithmeticException.class, () -> Count.of(Long.MAX_VALUE).plus(Count.of(1)));
        assertSame(Count.zero(), Count.of(0));
        assertEquals(Count.of(7), Count.zero().plus(Count.of(7)));
    }

    @Test
    void valueSemantics() {
        assertEquals(new Count(5), Count.of(5));
        assertEquals(Count.of(5).hashCode(), new Count(5).hashCode());
        assertEquals("9223372036854775807", Count.of(Long.MAX_VALUE).toString());
        assertEquals(Count.of(Long.MAX_VALUE), Count.parse("9223372036854775807"));
        assertTrue(Count.of(1).compareTo(Count.of(2)) < 0);
        assertEquals(0, Count.of(2).compareTo(Count.of(2)));
        assertEquals(Ratio.of(3, 0), Count.of(3).per(Count.zero()));
    }
}
