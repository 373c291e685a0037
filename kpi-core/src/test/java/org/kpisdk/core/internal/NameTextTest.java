package org.kpisdk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class NameTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"email", "e-mail > paid", " spaced ", "Café", "日本", "\uD83D\uDE00 emoji", "a\u00A0b"})
    void printableTextIsKept(String text) {
        assertEquals(-1, NameText.firstRefused(text));
        assertSame(text, NameText.check(text, "channel"));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("\u0000", 0, "U+0000 at 0"),
                Arguments.of("ab\tc", 2, "U+0009 at 2"),
                Arguments.of("line\n", 4, "U+000A at 4"),
                Arguments.of("del\u007F", 3, "U+007F at 3"),
                Arguments.of("c1\u0085", 2, "U+0085 at 2"),
                Arguments.of("x\uD83D", 1, "U+D83D at 1"),
                Arguments.of("\uD83Dy", 0, "U+D83D at 0"),
                Arguments.of("\uDE00", 0, "U+DE00 at 0"),
                Arguments.of("\uD83D\uDE00\uDE00", 2, "U+DE00 at 2"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void controlCharactersAndLoneSurrogatesAreRefusedNamingTheCodeUnitAndIndex(String text, int index,
            String where) {
        assertEquals(index, NameText.firstRefused(text));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NameText.check(text, "channel"));
        assertEquals("channel must not contain control characters or lone surrogates, found " + where,
                e.getMessage());
    }
}
