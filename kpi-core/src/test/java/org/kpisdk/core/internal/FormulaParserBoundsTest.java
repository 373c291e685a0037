package org.kpisdk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpisdk.core.metric.FormulaException;

/**
 * Whitespace, character classes, length and depth limits of {@link FormulaParser}, and the position, token and
 * message of each error. Positions are 0-based indexes counted by hand in the formula text.
 */
final class FormulaParserBoundsTest {
    private static FormulaException refused(String text) {
        return assertThrows(FormulaException.class, () -> FormulaParser.parse(text));
    }

    @Test
    void whitespaceIsAllowedBetweenEveryToken() {
        String tight = "-(a+b)*f(c,-d)/first(e)";
        String loose = " \t- ( a +\nb ) *  f ( c , - d ) / first ( e )\t ";
        assertEquals(FormulaParser.parse(tight), FormulaParser.parse(loose));
        assertEquals("-(a + b) * f(c, -d) / first(e)", FormulaParser.parse(loose).print());
    }

    @ParameterizedTest
    @CsvSource({"a", "z", "az", "za", "a0", "a9", "a_", "z9_0", "ba"})
    void nameCharactersAreLowercaseDigitsAndUnderscore(String name) {
        assertEquals(name, FormulaParser.parse(name).print());
    }

    @Test
    void closedParenthesesCallsAndMinusesDoNotAccumulateNesting() {
        // 150 terms, each entering and leaving one level: the nesting returns to 0 after each, and the operator
        // chain is 150 deep, within the limit of 256
        for (String term : new String[] {"(x)", "-x", "f(x)"}) {
            String text = String.join(" + ", java.util.Collections.nCopies(150, term));
            String printed = term.equals("(x)") ? "x" : term;   // redundant parentheses are not printed
            String canonical = String.join(" + ", java.util.Collections.nCopies(150, printed));
            assertEquals(canonical, FormulaParser.parse(text).print(), term);
        }
    }

    @Test
    void depthLimitIsInclusive() {
        // 255 minuses over a name: a tree 256 deep, accepted; with 256, the outermost minus (position 0)
        // makes the tree 257 deep and is refused
        String deepest = "-".repeat(255) + "x";
        assertEquals(deepest, FormulaParser.parse(deepest).print());
        FormulaException e = refused("-".repeat(256) + "x");
        assertEquals("formula nests deeper than 256 levels", e.problem());
        assertEquals(0, e.position());
        // 257 nested calls: the 257th '(' is refused when entered; f( is 2 characters, so it sits at 2 * 256 + 1
        FormulaException calls = refused("f(".repeat(257) + "x" + ")".repeat(257));
        assertEquals("formula nests deeper than 256 levels", calls.problem());
        assertEquals(513, calls.position());
        assertEquals("(", calls.token());
    }

    @Test
    void numbersHaveAtMostFortyCharacters() {
        String forty = "1".repeat(40);
        assertEquals(forty, FormulaParser.parse(forty).print());
        FormulaException e = refused("2 * " + forty + "1");
        assertEquals("a number may have at most 40 characters", e.problem());
        assertEquals(4, e.position());
        assertEquals(forty + "…", e.token());
    }

    @Test
    void namesHaveAtMostSixtyFourCharacters() {
        String name = "n".repeat(64);
        assertEquals(name, FormulaParser.parse(name).print());
        FormulaException e = refused("a + " + name + "n");
        assertEquals("a name may have at most 64 characters", e.problem());
        assertEquals(4, e.position());
        assertEquals(name + "…", e.token());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text | problem | position | token
        "abA     | names are lowercase snake case | 0 | abA",
        "abZ     | names are lowercase snake case | 0 | abZ",
        "A       | names are lowercase snake case | 0 | A",
        "Z + a   | names are lowercase snake case | 0 | Z",
        "@       | unexpected character | 0 | @",
        "a + [   | unexpected character | 4 | [",
        "ab[     | expected an operator or the end | 2 | [",
        "2x_y    | a number must not run into a name | 0 | 2x_y",
        "(x      | unbalanced '(' opened at position 0: expected ')' | 2 | end of formula",
        "(x ]    | expected ')' to close '(' at position 0 | 3 | ]",
        "f(      | expected a number, a name or '(' | 2 | end of formula",
        "f( )    | function f needs at least one argument | 3 | )",
        "f(x     | unbalanced '(' of f( at position 1: expected ')' | 3 | end of formula",
        "f(x;y)  | expected ',' or ')' in the arguments of f | 3 | ;",
        "x )     | unbalanced ')': no '(' to close | 2 | )",
        "1.      | a number needs digits after '.' | 0 | 1.",
    })
    void errorsNameProblemPositionAndToken(String text, String problem, int position, String token) {
        FormulaException e = refused(text);
        assertEquals(problem, e.problem(), text);
        assertEquals(position, e.position(), text);
        assertEquals(token, e.token(), text);
    }

    @Test
    void tokensInMessagesStopAtSixtyFourCharacters() {
        // a number running into a long name: the token is the first 64 letters or digits from the number's start
        assertEquals("1" + "a".repeat(63), refused("1" + "a".repeat(100)).token());
        FormulaException inside = refused("x + 1" + "a".repeat(100));   // the number starts at position 4
        assertEquals(4, inside.position());
        assertEquals("1" + "a".repeat(63), inside.token());
    }

    @Test
    void messageQuotesAnExcerptOfSixtyCharactersAroundThePosition() {
        // the excerpt starts 30 characters before the position (at 0 at the latest) and is 60 characters long;
        // an ellipsis marks text cut at either end
        String head = "a + ".repeat(25);                      // 100 characters, positions 0..99
        FormulaException far = refused(head + "# + b");       // '#' at 100: excerpt is [70, 130) -> to the end 105
        assertEquals("unexpected character at position 100 ('#') in formula '…" + (head + "# + b").substring(70)
                + "'", far.getMessage());
        FormulaException at30 = refused("a + ".repeat(7) + "a " + "# + b".repeat(10)); // '#' at 30
        assertEquals(30, at30.position());
        String text30 = "a + ".repeat(7) + "a " + "# + b".repeat(10);
        assertEquals("expected an operator or the end at position 30 ('#') in formula '" + text30.substring(0, 60)
                + "…'", at30.getMessage());
        FormulaException at31 = refused("a + ".repeat(7) + "ab " + "# + b".repeat(10)); // '#' at 31
        String text31 = "a + ".repeat(7) + "ab " + "# + b".repeat(10);
        assertEquals("expected an operator or the end at position 31 ('#') in formula '…" + text31.substring(1, 61)
                + "…'", at31.getMessage());
        String sixty = "x".repeat(29) + " )" + "y".repeat(29);  // 60 characters, ')' at 30: no cut at either end
        assertEquals("unbalanced ')': no '(' to close at position 30 (')') in formula '" + sixty + "'",
                refused(sixty).getMessage());
        assertEquals("formula is empty at position 0 (end of formula) in formula '  '", refused("  ").getMessage());
    }
}
