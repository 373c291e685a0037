package org.kpisdk.funnel.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpisdk.funnel.attribution.TestJourneys.T0;
import static org.kpisdk.funnel.attribution.TestJourneys.eur;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;

/**
 * Issue 26: channel names follow the dimension-value rule (no control or format characters, no lone surrogates), and an
 * aggregated path's text reads back to the same path, because names that the text could not carry ({@code >},
 * surrounding whitespace) are refused.
 */
final class ChannelNamesTest {
    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of((Executable) () -> Touchpoint.of("e\u0000mail", T0),
                        "channel must not contain control characters, found U+0000 at 1"),
                Arguments.of((Executable) () -> Touchpoint.of("email", T0, "spring\nsale"),
                        "campaign must not contain control characters, found U+000A at 6"),
                Arguments.of((Executable) () -> Touchpoint.of("social\uD83D", T0),
                        "channel must not contain unpaired surrogates, found U+D83D at 6"),
                Arguments.of((Executable) () -> Touchpoint.of(" ", T0), "channel must not be blank, was ' '"),
                Arguments.of((Executable) () -> new AggregatedPath(List.of("search", "paid > social"), 1, 0, eur("1")),
                        "channels[1] must not contain '>', the path separator, was 'paid > social'"),
                Arguments.of((Executable) () -> new AggregatedPath(List.of(" search"), 1, 0, eur("1")),
                        "channels[0] must not start or end with whitespace, was ' search'"),
                Arguments.of((Executable) () -> new AggregatedPath(List.of("search", "email\t"), 1, 0, eur("1")),
                        "channels[1] must not contain control characters, found U+0009 at 5"),
                Arguments.of((Executable) () -> AggregatedPath.parse("search > e\u0000mail", 1, 0, eur("1")),
                        "channels[1] must not contain control characters, found U+0000 at 1"),
                Arguments.of((Executable) () -> AggregatedPath.parse("search >> email", 1, 0, eur("1")),
                        "path must be channels separated by '>', was 'search >> email'"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void badChannelNamesAreRefusedNamingTheFieldAndTheCharacter(Executable call, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, e.getMessage());
    }

    @Test
    void aNullChannelInAPathIsRefusedNamingItsIndex() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new AggregatedPath(Arrays.asList("search", null), 1, 0, eur("1")));
        assertEquals("channels[1]", e.getMessage());
    }

    @Test
    void spacesInsideANameAndNonAsciiNamesAreKept() {
        AggregatedPath p = AggregatedPath.parse("  paid social >Café> \uD83D\uDE00 ", 2, 1, eur("3"));
        assertEquals(List.of("paid social", "Café", "\uD83D\uDE00"), p.channels());
        assertEquals("paid social > Café > \uD83D\uDE00", p.pathText());
    }

    /** Pieces of names a path text can carry anywhere, and pieces it cannot carry everywhere. */
    private static final String[] SAFE = {"a", "b", "Z", "9", "-", "_", "é", "\u00A0", "\uD83D\uDE00", "a b"};
    private static final String[] HOSTILE = {" ", ">", "\t", "\u0000", "\uD83D", "\uDE00", "a", "é"};

    /** Half the lists are built from safe pieces only, so both sides of the property get exercised. */
    private static final Gen<List<String>> NAMES = Gen.of(r -> {
        String[] pieces = r.nextBoolean() ? SAFE : HOSTILE;
        int n = r.nextInt(1, 5);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder s = new StringBuilder();
            int length = r.nextInt(1, 5);
            for (int k = 0; k < length; k++) {
                s.append(pieces[r.nextInt(pieces.length)]);
            }
            names.add(s.toString());
        }
        return names;
    }, List.of(List.of("a"), List.of("a b", "a b"), List.of("a>b"), List.of(" a"), List.of("a "),
            List.of("\uD83D\uDE00"), List.of("\uDE00\uD83D")));

    static Stream<Arguments> names() {
        return Cases.stream(Cases.count(300), NAMES);
    }

    /** Whether the text form can carry the name, decided here character by character. */
    private static boolean valid(String name) {
        if (name.isBlank() || name.indexOf('>') >= 0 || Character.isWhitespace(name.charAt(0))
                || Character.isWhitespace(name.charAt(name.length() - 1))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < name.length()
                    && Character.isLowSurrogate(name.charAt(i + 1));
            if (pairedHigh) {
                i++;
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest
    @MethodSource("names")
    void pathTextReadsBackToTheSamePathOrTheNamesAreRefused(List<String> names) {
        if (names.stream().allMatch(ChannelNamesTest::valid)) {
            AggregatedPath p = new AggregatedPath(names, 3, 4, eur("5"));
            assertEquals(p, AggregatedPath.parse(p.pathText(), 3, 4, eur("5")));
        } else {
            assertThrows(IllegalArgumentException.class, () -> new AggregatedPath(names, 3, 4, eur("5")));
        }
    }
}
