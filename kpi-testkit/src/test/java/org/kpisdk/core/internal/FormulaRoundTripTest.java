package org.kpisdk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.FormulaGen;
import org.kpisdk.testkit.Laws;

/** The parse/print round-trip law over generated formulas: parse(print(f)) equals f, and printing is stable. */
final class FormulaRoundTripTest {
    static Stream<Arguments> formulas() {
        return Cases.of(FormulaGen.syntactic(List.of("likes", "impressions", "cost", "first", "x_1"), 6));
    }

    @ParameterizedTest
    @MethodSource("formulas")
    void parsePrintRoundTrips(String text) {
        Formula f = FormulaParser.parse(text);
        Laws.roundTrip(Formula::print, FormulaParser::parse, f);
        // Spacing and redundant parentheses never change the tree: the canonical text of the canonical text is fixed.
        assertEquals(f.print(), FormulaParser.parse(f.print()).print());
    }
}
