package org.kpisdk.core.value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class DimensionsTest {
    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
    private static final Class<NullPointerException> NPE = NullPointerException.class;
    private static String badKey(String key) {
        return String.format("dimension key must be lowercase snake case [a-z][a-z0-9_]* of at most 64 characters, "
                + "was '%s'", key);
    }

    private static String badText(String text, int position, String rule) {
        return "Dimensions text '" + text + "' is invalid at position " + position + ": " + rule;
    }

    static Stream<Arguments> badInput() {
        Dimensions d = Dimensions.of("channel", "instagram");
        String key65 = "k".repeat(65);
        String value257 = "v".repeat(257);
        Map<String, String> badMap = new HashMap<>();
        badMap.put("Region", "UK");
        return Stream.of(
                Rejection.of(IAE, badKey("Channel"), () -> Dimensions.of("Channel", "x")),
                Rejection.of(IAE, badKey(""), () -> Dimensions.of("", "x")),
                Rejection.of(IAE, badKey("1st"), () -> Dimensions.of("1st", "x")),
                Rejection.of(IAE, badKey("_a"), () -> Dimensions.of("_a", "x")),
                Rejection.of(IAE, badKey("utm-source"), () -> Dimensions.of("utm-source", "x")),
                Rejection.of(IAE, badKey("a b"), () -> Dimensions.of("a b", "x")),
                Rejection.of(IAE, badKey(key65), () -> Dimensions.of(key65, "x")),
                Rejection.of(IAE, "value of dimension 'channel' must not be empty", () -> Dimensions.of("channel", "")),
                Rejection.of(IAE, "value of dimension 'channel' must have at most 256 characters, had 257",
                        () -> Dimensions.of("channel", value257)),
                Rejection.of(IAE, "value of dimension 'channel' must not contain control characters, found U+000A at 1",
                        () -> Dimensions.of("channel", "a\nb")),
                Rejection.of(IAE, "value of dimension 'channel' must not contain control characters, found U+0085 at 0",
                        () -> Dimensions.of("channel", "\u0085")),
                // Issue 26: invisible characters make values that print alike compare different.
                Rejection.of(IAE, "value of dimension 'channel' must not contain zero-width or bidi format "
                        + "characters, found U+200B at 2", () -> Dimensions.of("channel", "UK\u200B")),
                Rejection.of(IAE, "value of dimension 'channel' must not contain zero-width or bidi format "
                        + "characters, found U+200F at 0", () -> Dimensions.of("channel", "\u200Fsearch")),
                Rejection.of(IAE, "value of dimension 'channel' must not contain zero-width or bidi format "
                        + "characters, found U+2066 at 1", () -> Dimensions.of("channel", "a\u2066b")),
                Rejection.of(IAE, "value of dimension 'channel' must not contain zero-width or bidi format "
                        + "characters, found U+FEFF at 0", () -> Dimensions.of("channel", "\uFEFFx")),
                Rejection.of(IAE, "value of dimension 'channel' must not contain unpaired surrogates, found U+D83D "
                        + "at 1", () -> Dimensions.of("channel", "a\uD83D")),
                Rejection.of(IAE, "value of dimension 'channel' must not contain unpaired surrogates, found U+DE00 "
                        + "at 0", () -> Dimensions.of("channel", "\uDE00a")),
                Rejection.of(NPE, "key", () -> Dimensions.of(null, "x")),
                Rejection.of(NPE, "value", () -> Dimensions.of("channel", null)),
                Rejection.of(IAE, "keysAndValues must alternate keys and values, got an odd count 3",
                        () -> Dimensions.of("a", "x", "b")),
                Rejection.of(NPE, "keysAndValues", () -> Dimensions.of((String[]) null)),
                Rejection.of(IAE, badKey("B"), () -> Dimensions.of("a", "x", "B", "y")),
                Rejection.of(NPE, "map", () -> Dimensions.of((Map<String, String>) null)),
                Rejection.of(IAE, badKey("Region"), () -> Dimensions.of(badMap)),
                Rejection.of(IAE, badKey("Region"), () -> d.and("Region", "UK")),
                Rejection.of(IAE, "value of dimension 'region' must not be empty", () -> d.and("region", "")),
                Rejection.of(NPE, "value", () -> d.and("region", null)),
                Rejection.of(NPE, "other", () -> d.and(null)),
                Rejection.of(NPE, "key", () -> d.without(null)),
                Rejection.of(NPE, "key", () -> d.get(null)),
                Rejection.of(NPE, "other", () -> d.containsAll(null)),
                Rejection.of(NPE, "text", () -> Dimensions.parse(null)),
                Rejection.of(IAE, "Dimensions text must be enclosed in braces like {channel=x}, was 'channel=x'",
                        () -> Dimensions.parse("channel=x")),
                Rejection.of(IAE, "Dimensions text must be enclosed in braces like {channel=x}, was '{'",
                        () -> Dimensions.parse("{")),
                Rejection.of(IAE, badText("{channel}", 1, "expected key=value"), () -> Dimensions.parse("{channel}")),
                Rejection.of(IAE, badText("{a=x,b=y}", 4, "expected ', ' between pairs"),
                        () -> Dimensions.parse("{a=x,b=y}")),
                Rejection.of(IAE, badText("{a=x, }", 6, "expected key=value after ', '"),
                        () -> Dimensions.parse("{a=x, }")),
                Rejection.of(IAE, badText("{a=x, a=y}", 6, "duplicate key 'a'"), () -> Dimensions.parse("{a=x, a=y}")),
                Rejection.of(IAE, badText("{a=x=y}", 4, "unescaped '=' in a value"), () -> Dimensions.parse("{a=x=y}")),
                Rejection.of(IAE, badText("{a={}", 3, "unescaped '{' in a value"), () -> Dimensions.parse("{a={}")),
                Rejection.of(IAE, badText("{a=x\\}", 4, "dangling escape"), () -> Dimensions.parse("{a=x\\}")),
                Rejection.of(IAE, badText("{A=x}", 1, badKey("A")), () -> Dimensions.parse("{A=x}")),
                Rejection.of(IAE, badText("{a=}", 1, "value of dimension 'a' must not be empty"),
                        () -> Dimensions.parse("{a=}")));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void refusesBadInput(Class<? extends Throwable> type, String message, Executable call) {
        Rejection.check(type, message, call);
    }

    @Test
    void sortedByKeyAndLastWriteWins() {
        Dimensions d = Dimensions.of("region", "UK").and("channel", "instagram");
        assertEquals("{channel=instagram, region=UK}", d.toString());
        assertEquals(List.of("channel", "region"), new ArrayList<>(d.keys()));
        assertEquals(Optional.of("instagram"), d.get("channel"));
        assertEquals(Optional.empty(), d.get("segment"));
        assertEquals("{channel=facebook, region=UK}", d.and("channel", "facebook").toString());
        // and() replaces a value; a key repeated in one of(...) call is a mistake and is refused, not dropped.
        assertEquals("dimension key 'channel' must appear once, was given the values 'a' and 'b'",
                assertThrows(IllegalArgumentException.class,
                        () -> Dimensions.of("channel", "a", "channel", "b")).getMessage());
        assertSame(d, d.and("channel", "instagram"));
        assertEquals(d, Dimensions.of("channel", "instagram", "region", "UK"));
        assertEquals(d.hashCode(), Dimensions.of("channel", "instagram", "region", "UK").hashCode());
        assertNotEquals(d, Dimensions.of("channel", "instagram"));
        assertEquals(2, d.size());
        assertTrue(d.containsAll(Dimensions.of("region", "UK")));
        assertFalse(d.containsAll(Dimensions.of("region", "US")));
        assertTrue(d.containsAll(Dimensions.empty()));
        assertEquals(Dimensions.of("region", "UK"), d.without("channel"));
        assertSame(d, d.without("segment"));
        assertTrue(d.without("channel").without("region").isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> d.asMap().put("segment", "x"));
    }

    @Test
    void specialCharactersAreEscapedInTheTextForm() {
        Dimensions d = Dimensions.of("campaign", "a,b=c", "product", "{x}\\y", "segment", " spaced ");
        assertEquals("{campaign=a\\,b\\=c, product=\\{x\\}\\\\y, segment= spaced }", d.toString());
        assertEquals(d, Dimensions.parse(d.toString()));
        assertEquals("{}", Dimensions.empty().toString());
        assertSame(Dimensions.empty(), Dimensions.parse("{}"));
        assertEquals(Dimensions.of("k", "v".repeat(256)), Dimensions.parse("{k=" + "v".repeat(256) + "}"));
        assertEquals(Dimensions.of("z".repeat(64), "x"), Dimensions.parse("{" + "z".repeat(64) + "=x}"));
    }
}
