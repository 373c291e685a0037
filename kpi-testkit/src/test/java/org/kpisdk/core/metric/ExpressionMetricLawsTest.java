package org.kpisdk.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.value.Unit;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.FormulaGen;
import org.kpisdk.testkit.Gen;
import org.kpisdk.testkit.MetricContract;
import org.kpisdk.testkit.MetricGen;

/**
 * Laws of expression metrics over generated unit-correct formulas: the inferred unit is the one the generator
 * built, the definition's text parses back to an equal definition, and every contract check holds.
 */
final class ExpressionMetricLawsTest {
    static Stream<Arguments> typedFormulas() {
        Gen<Unit> units = Gen.oneOf(Unit.COUNT, Unit.RATIO, Unit.MONEY);
        Gen<List<String>> pairs = Gen.of(r -> {
            Unit u = units.next(r);
            return List.of(u.name(), FormulaGen.typed(u, 4).next(r));
        }, List.of(List.of("RATIO", "(likes + comments + shares) / impressions")));
        return Cases.of(pairs);
    }

    @ParameterizedTest
    @MethodSource("typedFormulas")
    void unitIsInferredAndTextRoundTrips(List<String> pair) {
        MetricCatalog catalog = StandardMetrics.catalog();
        MetricDefinition m = MetricDefinition.builder("generated").expression(pair.get(1), catalog);
        assertEquals(Unit.valueOf(pair.get(0)), m.unit(), pair.get(1));
        MetricDefinition back = MetricDefinition.builder(m.info()).expression(m.formula(), catalog);
        assertEquals(m, back);
        assertEquals(m.formula(), back.formula());
        SplittableRandom random = new SplittableRandom(pair.get(1).hashCode());
        List<InputValues> rows = MetricGen.rows(m, 1, 4).next(random);
        MetricContract.checkMerge(m, rows, random);
        for (InputValues row : rows) {
            MetricContract.checkValue(m, row);
            assertEquals(m.evaluate(row), back.evaluate(row));
        }
        MetricContract.checkMissingInputs(m, rows.get(0));
    }
}
