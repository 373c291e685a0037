package org.kpisdk.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.kpisdk.core.internal.Formula;
import org.kpisdk.core.internal.FormulaParser;

/**
 * Jazzer fuzz target for the metric formula language (see {@code docs/fuzzing.md}): the text users pass to
 * {@link MetricDefinition.Builder#expression}. The input bytes are decoded as UTF-8, so the committed seeds under
 * {@code src/test/resources/org/kpisdk/core/metric/FormulaFuzzTestInputs/expression/} are plain formula text.
 */
final class FormulaFuzzTest {
    private static final MetricCatalog CATALOG = StandardMetrics.catalog();

    /**
     * Contract: {@link FormulaParser#parse} and {@code expression(text, catalog)} either succeed or throw
     * {@link FormulaException} (an {@link IllegalArgumentException}) with a message, a position inside the text and
     * a token; nothing else escapes (no stack overflow, no NumberFormatException). A parsed tree prints to canonical
     * text that parses back to an equal tree and prints the same again; an accepted metric's {@code formula()}
     * builds an equal metric; evaluating it over inputs that are all present (all 3, then all 0) gives a value or an
     * explicit undefined, never an exception.
     */
    @FuzzTest(maxDuration = "10m", maxExecutions = 10_000_000L)
    @DictionaryEntries({"impressions", "ad_clicks", "cost", "likes", "comments", "followers", "ctr", "cpm",
            "first(", "last(", "average(", "sum_over_time(", "coalesce(", "mean_of_rates(", ", 0)", " / ", " * ",
            " + ", " - ", "(", ")", "0.5", "100"})
    void expression(FuzzedDataProvider data) {
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        Formula tree;
        try {
            tree = FormulaParser.parse(text);
        } catch (FormulaException e) {
            assertExplains(e, text);
            return;
        }
        assertTrue(tree.nesting() <= FormulaParser.MAX_DEPTH, text);
        assertTrue(tree.depth() <= FormulaParser.MAX_HEIGHT, text);
        String printed = tree.print();
        Formula again = FormulaParser.parse(printed);
        assertEquals(tree, again, text);
        assertEquals(printed, again.print(), text);

        MetricDefinition metric;
        try {
            metric = MetricDefinition.builder("fuzzed").expression(text, CATALOG);
        } catch (FormulaException e) {
            assertExplains(e, text);
            return;
        }
        assertFalse(metric.inputs().isEmpty(), text);
        assertEquals(metric, MetricDefinition.builder("fuzzed").expression(metric.formula(), CATALOG), text);
        for (long v : new long[] {3, 0}) {
            InputValuesBuilder values = InputValues.builder();
            for (Input in : metric.inputs()) {
                values.put(in, v);
                if (in.measure().isMoney()) {
                    values.currency(in.measure(), TestInputs.EUR);
                }
                if (in.kind() != Input.Kind.VALUE && in.denominator().isMoney()) {
                    values.currency(in.denominator(), TestInputs.EUR);
                }
            }
            MetricValue value = metric.evaluate(values.build());
            assertEquals(metric.unit(), value.unit(), text);
        }
    }

    private static void assertExplains(FormulaException e, String text) {
        assertNotNull(e.getMessage(), text);
        assertFalse(e.getMessage().isBlank(), text);
        assertFalse(e.token().isEmpty(), () -> "empty token: " + e.getMessage());
        assertTrue(e.position() >= 0 && e.position() <= text.length(),
                () -> "position " + e.position() + " outside the text: " + e.getMessage());
    }
}
