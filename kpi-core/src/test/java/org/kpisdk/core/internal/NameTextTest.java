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
        assertEquals(-1, NameText.forbiddenIndex(text));
        assertSame(text, NameText.check(text, "channel"));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("\u0000", 0, "control characters, found U+0000 at 0"),
                Arguments.of("ab\tc", 2, "control characters, found U+0009 at 2"),
                Arguments.of("line\n", 4, "control characters, found U+000A at 4"),
                Arguments.of("del\u007F", 3, "control characters, found U+007F at 3"),
                Arguments.of("c1\u0085", 2, "control characters, found U+0085 at 2"),
                Arguments.of("x\uD83D", 1, "unpaired surrogates, found U+D83D at 1"),
                Arguments.of("\uD83Dy", 0, "unpaired surrogates, found U+D83D at 0"),
                Arguments.of("\uDE00", 0, "unpaired surrogates, found U+DE00 at 0"),
                Arguments.of("\uD83D\uDE00\uDE00", 2, "unpaired surrogates, found U+DE00 at 2"),
                Arguments.of("UK\u200B", 2, "zero-width or bidi format characters, found U+200B at 2"),
                Arguments.of("\u202Eevil", 0, "zero-width or bidi format characters, found U+202E at 0"),
                Arguments.of("tag\uDB40\uDC01", 3, "zero-width or bidi format characters, found U+E0001 at 3"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void controlFormatAndLoneSurrogateCharactersAreRefusedNamingTheRuleCodePointAndIndex(String text, int index,
            String where) {
        assertEquals(index, NameText.forbiddenIndex(text));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NameText.check(text, "channel"));
        assertEquals("channel must not contain " + where, e.getMessage());
    }
}
