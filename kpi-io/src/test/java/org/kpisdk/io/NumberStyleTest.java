package org.kpisdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class NumberStyleTest {
    private static final NumberStyle PLAIN = NumberStyle.plain();
    private static final NumberStyle EN = NumberStyle.of('.', ',');
    private static final NumberStyle DE = NumberStyle.of(',', '.');

    static Stream<Arguments> valid() {
        // Expected values by hand: the digits shifted by the scale.
        return Stream.of(
                Arguments.of(PLAIN, "0", 0, 0L),
                Arguments.of(PLAIN, "+42", 0, 42L),
                Arguments.of(PLAIN, "-42", 0, -42L),
                Arguments.of(PLAIN, "42.000", 0, 42L),
                Arguments.of(PLAIN, "9223372036854775807", 0, Long.MAX_VALUE),
                Arguments.of(PLAIN, "12.5", 6, 12_500_000L),
                Arguments.of(PLAIN, "0.000001", 6, 1L),
                Arguments.of(PLAIN, "0.0000010", 6, 1L),
                Arguments.of(PLAIN, "-0.25", 6, -250_000L),
                Arguments.of(PLAIN, "9223372036854.775807", 6, Long.MAX_VALUE),
                Arguments.of(EN, "1,234,567.5", 6, 1_234_567_500_000L),
                Arguments.of(EN, "1234567", 0, 1_234_567L),
                Arguments.of(EN, "999", 0, 999L),
                Arguments.of(EN, "123,456", 0, 123_456L),
                Arguments.of(DE, "1.234,56", 6, 1_234_560_000L),
                Arguments.of(NumberStyle.decimalComma(), "3,25", 6, 3_250_000L),
                Arguments.of(NumberStyle.of(',', ' '), "10 000,5", 6, 10_000_500_000L),
                Arguments.of(NumberStyle.of('.', '\''), "1'000", 0, 1000L));
    }

    @ParameterizedTest
    @MethodSource("valid")
    void parsesExactly(NumberStyle style, String text, int scale, long expected) throws Reject {
        assertEquals(expected, style.parse(text, scale));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(PLAIN, "", 0, "is not a number in NumberStyle[decimal '.', no grouping]"),
                Arguments.of(PLAIN, "-", 0, "is not a number in NumberStyle[decimal '.', no grouping]"),
                Arguments.of(PLAIN, ".5", 6, "is not a number in NumberStyle[decimal '.', no grouping]"),
                Arguments.of(PLAIN, "5.", 6, "is not a number in NumberStyle[decimal '.', no grouping]"),
                Arguments.of(PLAIN, " 5", 0, "is not a number in NumberStyle[decimal '.', no grouping]"),
                Arguments.of(PLAIN, "1e3", 0, "is not a number in NumberStyle[decimal '.', no grouping]"),
                Arguments.of(PLAIN, "1,000", 0, "is not a number in NumberStyle[decimal '.', no grouping]"),
                Arguments.of(PLAIN, "NaN", 6, "is not a number in NumberStyle[decimal '.', no grouping]"),
                Arguments.of(PLAIN, "2.5", 0, "must be a whole number"),
                Arguments.of(PLAIN, "0.0000001", 6, "has more than 6 decimal places (finer than micros)"),
                Arguments.of(PLAIN, "9223372036854775808", 0, "is out of range: must be within a long"),
                Arguments.of(PLAIN, "9223372036854.775808", 6, "is out of range: its micros must be within a long"),
                Arguments.of(EN, "1,23", 0, "is not a number in NumberStyle[decimal '.', grouping ',']"),
                Arguments.of(EN, "1,", 0, "is not a number in NumberStyle[decimal '.', grouping ',']"),
                Arguments.of(EN, "1234,567", 0, "is not a number in NumberStyle[decimal '.', grouping ',']"),
                Arguments.of(EN, ",123", 0, "is not a number in NumberStyle[decimal '.', grouping ',']"),
                Arguments.of(EN, "1,,234", 0, "is not a number in NumberStyle[decimal '.', grouping ',']"),
                Arguments.of(EN, "1.234,5", 6, "is not a number in NumberStyle[decimal '.', grouping ',']"),
                Arguments.of(DE, "1.5", 6, "is not a number in NumberStyle[decimal ',', grouping '.']"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void refusesNamingTheRule(NumberStyle style, String text, int scale, String rule) {
        assertEquals(rule, assertThrows(Reject.class, () -> style.parse(text, scale)).rule());
    }

    @Test
    void separatorsAreChecked() {
        assertEquals("decimalSeparator and groupingSeparator must differ, both were ','",
                assertThrows(IllegalArgumentException.class, () -> NumberStyle.of(',', ',')).getMessage());
        assertEquals("decimalSeparator must not be a digit, a sign or a control character, was '5'",
                assertThrows(IllegalArgumentException.class, () -> NumberStyle.of('5')).getMessage());
        assertEquals("groupingSeparator must not be a digit, a sign or a control character, was '-'",
                assertThrows(IllegalArgumentException.class, () -> NumberStyle.of('.', '-')).getMessage());
        assertEquals("decimalSeparator must not be a digit, a sign or a control character, was '0'",
                assertThrows(IllegalArgumentException.class, () -> NumberStyle.of('0', ',')).getMessage());
        assertEquals("decimalSeparator must not be a digit, a sign or a control character, was '9'",
                assertThrows(IllegalArgumentException.class, () -> NumberStyle.of('9')).getMessage());
        // The characters either side of the digits are fine.
        assertEquals('/', NumberStyle.of('/').decimalSeparator());
        assertEquals(':', NumberStyle.of(':').decimalSeparator());
    }

    @Test
    void valueSemantics() {
        assertEquals(NumberStyle.of(','), NumberStyle.decimalComma());
        assertEquals(NumberStyle.of(',').hashCode(), NumberStyle.decimalComma().hashCode());
        assertEquals(Optional.of(','), EN.groupingSeparator());
        assertEquals(Optional.empty(), PLAIN.groupingSeparator());
        assertEquals('.', PLAIN.decimalSeparator());
        assertEquals("NumberStyle[decimal ',', grouping '.']", DE.toString());
        assertEquals(false, DE.equals(EN));
    }
}
