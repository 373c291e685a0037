package org.kpisdk.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.internal.FormulaParser;

/** Regression tests for the findings of {@link FormulaFuzzTest}'s contract (see {@code docs/fuzzing.md}). */
final class FormulaFuzzFindingsTest {
    private static final MetricCatalog CATALOG = StandardMetrics.catalog();

    /** {@code (likes + likes + ... )} with {@code terms} terms: canonical as a right operand, which keeps them. */
    private static String group(int terms) {
        return "(" + "likes + ".repeat(terms - 1) + "likes)";
    }

    /**
     * Returns a canonical formula of exactly {@code length} characters whose tree stays well inside the depth limit:
     * {@code likes + (group) + (group) + ... + (last group) + 111...1}. The outer chain has about 80 links and each
     * group 100 terms, so the depth is about 180 &lt; {@value FormulaParser#MAX_DEPTH}.
     */
    private static String canonicalSum(int length) {
        StringBuilder sb = new StringBuilder("likes");
        String g = group(100);
        while (sb.length() + 3 + g.length() + 200 < length) {
            sb.append(" + ").append(g);
        }
        int rest = length - sb.length();
        int terms = (rest - 6 - 20 + 1) / 8; // the last group takes 8 * terms + 2 characters, then " + " and digits
        sb.append(" + ").append(group(terms)).append(" + ");
        int digits = length - sb.length();
        assertTrue(digits >= 1 && digits <= 40, "padding of " + digits + " digits");
        sb.append("1".repeat(digits));
        assertEquals(length, sb.length());
        return sb.toString();
    }

    /**
     * Finding (review, from the target's round-trip contract; the fuzzer's inputs stay far below this length): a
     * formula written compactly ({@code likes+likes}) within {@link FormulaParser#MAX_LENGTH} was accepted
     * although its canonical text ({@code likes + likes}, about a third longer) exceeded the limit, so the metric's
     * {@code formula()} could not be parsed back, breaking the documented round trip. Now the canonical length is
     * checked too, with a clear error.
     */
    @Test
    void compactFormulaWhoseCanonicalTextIsOverTheLimitIsRefused() {
        String canonical = canonicalSum(FormulaParser.MAX_LENGTH + 1);
        String compact = canonical.replace(" ", "");
        assertTrue(compact.length() <= FormulaParser.MAX_LENGTH, "the written text is within the limit");
        FormulaException e = assertThrows(FormulaException.class,
                () -> MetricDefinition.builder("long").expression(compact, CATALOG));
        assertTrue(e.problem().contains("canonical form") && e.problem().contains("65,537")
                && e.problem().contains("65,536"), e.getMessage());
    }

    /** At the limit: a canonical formula of exactly {@link FormulaParser#MAX_LENGTH} characters round-trips. */
    @Test
    void canonicalFormulaOfExactlyTheLimitRoundTrips() {
        String canonical = canonicalSum(FormulaParser.MAX_LENGTH);
        MetricDefinition m = MetricDefinition.builder("long").expression(canonical, CATALOG);
        assertEquals(canonical, m.formula());
        assertEquals(m, MetricDefinition.builder("long").expression(m.formula(), CATALOG));
    }
}
