package org.kpisdk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.metric.FormulaException;

final class FormulaParserTest {
    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource(delimiter = '|', value = {
        "(likes + comments + shares) / impressions | (likes + comments + shares) / impressions",
        "((likes))+comments                        | likes + comments",
        "a - (b - c)                               | a - (b - c)",
        "(a - b) - c                               | a - b - c",
        "a / (b * c)                               | a / (b * c)",
        "a * b / c                                 | a * b / c",
        "-(a + b) * 2.50                           | -(a + b) * 2.50",
        "a - -b                                    | a - -b",
        "--a                                       | --a",
        "coalesce( leads ,0 )                      | coalesce(leads, 0)",
        "100*(p-d)/(p+n+d)                         | 100 * (p - d) / (p + n + d)",
    })
    void printsCanonicalTextThatParsesBack(String text, String canonical) {
        Formula f = FormulaParser.parse(text);
        assertEquals(canonical, f.print());
        assertEquals(f, FormulaParser.parse(f.print()));
    }

    @Test
    void treeFollowsPrecedenceAndLeftAssociativity() {
        // a - b - c is (a - b) - c; a + b * c is a + (b * c)
        Formula f = FormulaParser.parse("a - b - c");
        assertEquals(Formula.Binary.of('-', Formula.Binary.of('-', ref("a"), ref("b"), 0), ref("c"), 0), f);
        Formula g = FormulaParser.parse("a + b * c");
        assertEquals(Formula.Binary.of('+', ref("a"), Formula.Binary.of('*', ref("b"), ref("c"), 0), 0), g);
        assertNotEquals(FormulaParser.parse("a - (b - c)"), f);
    }

    private static Formula ref(String name) {
        return new Formula.Ref(name, 0);
    }

    /** Bad inputs, the 0-based position of the problem and a word of the message; positions counted by hand. */
    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("", 0, "empty"),
                Arguments.of("   ", 0, "empty"),
                Arguments.of("(likes + comments", 17, "unbalanced '('"),
                Arguments.of("likes + comments)", 16, "unbalanced ')'"),
                Arguments.of("likes +", 7, "expected a number"),
                Arguments.of("likes $ shares", 6, "expected an operator"),
                Arguments.of("likes + Shares", 8, "lowercase"),
                Arguments.of("likes / 0", 8, "division by a literal zero"),
                Arguments.of("likes / (0.00)", 9, "division by a literal zero"),
                Arguments.of("likes / -0", 8, "division by a literal zero"),
                Arguments.of("1. + likes", 0, "digits after '.'"),
                Arguments.of("2likes", 0, "run into a name"),
                Arguments.of("first()", 6, "at least one argument"),
                Arguments.of("coalesce(leads 0)", 15, "expected ',' or ')'"),
                Arguments.of("likes comments", 6, "expected an operator"),
                Arguments.of("()", 1, "found ')'"));
    }

    @ParameterizedTest(name = "''{0}'' fails at {1}")
    @MethodSource("badInputs")
    void badInputNamesPositionAndToken(String text, int position, String problem) {
        FormulaException e = assertThrows(FormulaException.class, () -> FormulaParser.parse(text));
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().contains("position " + position), e.getMessage());
    }

    @Test
    void tenThousandDeepParenthesesFailCleanly() {
        String text = "(".repeat(10_000) + "likes" + ")".repeat(10_000);
        FormulaException e = assertThrows(FormulaException.class, () -> FormulaParser.parse(text));
        assertTrue(e.getMessage().contains("deeper than 256"), e.getMessage());
        assertEquals(FormulaParser.MAX_DEPTH, e.position(), "the 257th '(' is at index 256");
    }

    @Test
    void tenThousandUnaryMinusesFailCleanly() {
        FormulaException e = assertThrows(FormulaException.class,
                () -> FormulaParser.parse("-".repeat(10_000) + "likes"));
        assertTrue(e.getMessage().contains("deeper than 256"), e.getMessage());
    }

    @Test
    void aFlatSumOfThreeHundredTermsDoesNotNestAndIsAccepted() {
        // Issue 26: a left-associative chain was counted as 300 levels of nesting and refused.
        Formula f = FormulaParser.parse("likes" + " + likes".repeat(299));
        assertEquals(2, f.nesting());
        assertEquals(300, f.depth());
        assertEquals(3, FormulaParser.parse("a * b" + " + a * b".repeat(299)).nesting());
        assertEquals(3, FormulaParser.parse("a + (b + c)").nesting());
    }

    @Test
    void longOperatorChainsAreBoundedByTheTreeHeight() {
        int max = FormulaParser.MAX_HEIGHT;
        Formula longest = FormulaParser.parse("likes" + " + likes".repeat(max - 1));
        assertEquals(max, longest.depth());
        assertEquals(longest, FormulaParser.parse(longest.print()));
        assertEquals(longest.hashCode(), FormulaParser.parse(longest.print()).hashCode());
        String past = "likes" + " + likes".repeat(max);
        FormulaException e = assertThrows(FormulaException.class, () -> FormulaParser.parse(past));
        assertEquals("formula tree is more than 1024 levels high (each operator of a chain such as a + b + c adds "
                + "one)", e.problem());
        assertEquals(past.length() - "+ likes".length(), e.position());
    }

    @Test
    void oneMegabyteOfTextIsRefusedWithoutReadingIt() {
        String text = "likes + ".repeat(131_072) + "likes";
        FormulaException e = assertThrows(FormulaException.class, () -> FormulaParser.parse(text));
        assertTrue(e.getMessage().contains("1,048,581 characters"), e.getMessage());
        assertTrue(e.getMessage().length() < 300, "the message quotes an excerpt, not the whole text");
    }

    @Test
    void nodesIgnorePositionsInEquality() {
        assertEquals(FormulaParser.parse("likes/impressions"), FormulaParser.parse("  likes  /  impressions"));
        assertEquals(FormulaParser.parse("likes/impressions").hashCode(),
                FormulaParser.parse("  likes  /  impressions").hashCode());
    }
}
