package org.kpisdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import javax.annotation.Nullable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.InputValues;
import org.kpisdk.core.metric.InputValuesBuilder;
import org.kpisdk.core.metric.MetricCatalog;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.metric.NullPolicy;
import org.kpisdk.core.metric.PartialInputs;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Unit;

/**
 * The contract every {@link MetricDefinition} must keep, as a JUnit 5 test base that a team extends for its own
 * metrics (in the manner of Micrometer's compatibility kit), or as static checks ({@link #verify}) to run over a
 * whole catalog.
 *
 * <pre>{@code
 * class LeadRateContractTest extends MetricContract {
 *     @Override
 *     protected MetricDefinition metric() {
 *         return MetricDefinition.builder("lead_rate").expression("leads / sessions", StandardMetrics.catalog());
 *     }
 * }
 * }</pre>
 *
 * <p>On generated rows ({@link MetricGen}, seeded through {@link Cases}) it proves:
 * <ul>
 *   <li>it declares what it is: id, name, unit, direction, range, distinct inputs;</li>
 *   <li>evaluation from merged partial aggregates, merged in any order or tree, equals evaluation from the sums of
 *       all raw rows recomputed independently (ratio of sums); merges are associative and commutative; a metric
 *       over a distinct count refuses the merge unless the caller opts into the approximation;</li>
 *   <li>values are never NaN or infinite, are in the declared unit (money in the inputs' currency), and are
 *       deterministic, whatever the order the inputs were supplied in;</li>
 *   <li>undefined stays undefined: a missing {@link NullPolicy#ABSENT} input, or all-zero inputs of a metric with
 *       a denominator, give an undefined value, not 0 and not an exception;</li>
 *   <li>its text form round-trips: {@link MetricDefinition#formula()} parsed against the catalog gives a metric
 *       with the same values, and printing it again gives the same text.</li>
 * </ul>
 *
 * <p>Not thread-safe: JUnit runs one instance per test class on one thread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MetricContract {
    /** The number of generated cases per check when {@value Cases#CASES_PROPERTY} is not set. */
    public static final int DEFAULT_CASES = 1_000;

    @Nullable
    private MetricDefinition parsed;

    /** For subclasses. */
    protected MetricContract() {
    }

    /** Returns the metric under test. */
    protected abstract MetricDefinition metric();

    /** Returns the catalog its formula refers to; the standard catalog by default. */
    protected MetricCatalog catalog() {
        return StandardMetrics.catalog();
    }

    /** Returns whether all-zero inputs must give an undefined value; by default, when the formula divides. */
    protected boolean undefinedOnZeroInputs() {
        return dividesByDefault(metric());
    }

    /** Returns the number of generated row sets: {@value Cases#CASES_PROPERTY} if set, else 1,000. */
    protected int cases() {
        return Cases.count(DEFAULT_CASES);
    }

    /** Returns the generated cases: lists of 1 to 8 rows of the metric's inputs. */
    protected Stream<Arguments> rowSets() {
        return Cases.stream(cases(), MetricGen.rows(metric(), 1, 8));
    }

    /** The metric declares its id, name, unit, direction, range and distinct inputs. */
    @Test
    void declaresWhatItIs() {
        checkDeclaration(metric());
    }

    /**
     * On each generated row set: merged partials equal the raw recomputation, values are finite, in their unit and
     * deterministic, a missing input makes the value undefined, and the parsed text form gives the same values.
     */
    @ParameterizedTest
    @MethodSource("rowSets")
    void keepsTheContractOnGeneratedRows(List<InputValues> rows) {
        MetricDefinition metric = metric();
        if (parsed == null) {
            parsed = checkTextRoundTrip(metric, catalog());
        }
        checkRows(metric, parsed, rows, new SplittableRandom(rows.size()));
    }

    /** All-zero inputs give an undefined value when the metric divides. */
    @Test
    void zeroInputsAreUndefinedWhenItDivides() {
        checkZeroInputs(metric(), undefinedOnZeroInputs());
    }

    /**
     * Runs every check of the contract on {@code cases} generated row sets: the static form, for a parameterized
     * test over a whole catalog.
     */
    public static void verify(MetricDefinition metric, MetricCatalog catalog, int cases) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(catalog, "catalog");
        checkDeclaration(metric);
        checkZeroInputs(metric, dividesByDefault(metric));
        MetricDefinition parsed = checkTextRoundTrip(metric, catalog);
        Gen<List<InputValues>> gen = MetricGen.rows(metric, 1, 8);
        List<List<InputValues>> sets = new ArrayList<>(gen.edgeCases());
        for (int i = 0; sets.size() < cases; i++) {
            sets.add(gen.next(Cases.random(i)));
        }
        for (int i = 0; i < sets.size(); i++) {
            List<InputValues> rows = sets.get(i);
            try {
                checkRows(metric, parsed, rows, Cases.random(i));
            } catch (AssertionError e) {
                throw new AssertionError("metric " + metric.id() + ", case " + i + " of seed 0x"
                        + Long.toHexString(Cases.seed()).toUpperCase(java.util.Locale.ROOT) + ", rows " + rows + ": "
                        + e.getMessage(), e);
            }
        }
    }

    /** Asserts the metric declares id, name, unit, direction, range and a non-empty list of distinct inputs. */
    public static void checkDeclaration(MetricDefinition metric) {
        assertNotNull(metric.info(), "info");
        assertEquals(metric.info().id(), metric.id());
        assertFalse(metric.info().name().isBlank(), "name");
        assertNotNull(metric.unit(), "unit");
        assertNotNull(metric.direction(), "direction");
        assertNotNull(metric.info().range(), "range");
        List<Input> inputs = metric.inputs();
        assertFalse(inputs.isEmpty(), () -> metric.id() + " reads no input");
        assertEquals(inputs.size(), new HashSet<>(inputs).size(), () -> metric.id() + " repeats an input: " + inputs);
        assertEquals(inputs.stream().allMatch(Input::isMergeable), metric.isMergeable(),
                () -> metric.id() + ": isMergeable() disagrees with its inputs");
        assertNotNull(metric.formula(), "formula");
    }

    /**
     * Asserts that merging the rows' partial aggregates in order, shuffled and as a random tree gives the sums
     * recomputed from the raw rows, that the metric evaluates the same from both, and that a metric over a
     * distinct count refuses the merge unless asked to approximate.
     */
    public static void checkMerge(MetricDefinition metric, List<InputValues> rows, SplittableRandom random) {
        InputValues raw = rawSums(metric, rows);
        List<PartialInputs> parts = new ArrayList<>();
        for (InputValues row : rows) {
            parts.add(PartialInputs.of(metric, row));
        }
        PartialInputs expected = PartialInputs.of(metric, raw);
        boolean clash = distinctCountCarriedTwice(metric, rows);
        if (clash) {
            assertFalse(metric.isMergeable(), () -> metric.id() + " is not mergeable");
            assertThrows(IllegalStateException.class, () -> fold(parts, false),
                    () -> metric.id() + ": summing a distinct count must be refused");
            PartialInputs approx = fold(parts, true);
            assertTrue(approx.isApproximate(), "an opted-in sum of distinct counts is approximate");
            assertSameValue(metric.evaluate(raw), metric.evaluate(approx.values()), "approximate merge");
            return;
        }
        Laws.mergeOrderIndependent(parts, PartialInputs.empty(), PartialInputs::plus, expected, Objects::equals,
                random);
        if (parts.size() >= 3) {
            Laws.associative(PartialInputs::plus, parts.get(0), parts.get(1), parts.get(2));
        }
        if (parts.size() >= 2) {
            Laws.commutative(PartialInputs::plus, parts.get(0), parts.get(1));
        }
        Laws.identity(PartialInputs::plus, PartialInputs.empty(), parts.get(0));
        PartialInputs merged = fold(parts, false);
        assertEquals(metric.evaluate(raw), metric.evaluate(merged.values()),
                () -> metric.id() + ": merged partials differ from the raw recomputation");
    }

    /** Asserts the value of one row is finite, in the declared unit and currency, and deterministic. */
    public static void checkValue(MetricDefinition metric, InputValues row) {
        MetricValue v = metric.evaluate(row);
        assertEquals(metric.unit(), v.unit(), () -> metric.id() + ": value in another unit: " + v);
        if (v.isDefined()) {
            double d = v.asDouble().orElseThrow();
            assertTrue(Double.isFinite(d), () -> metric.id() + ": not finite: " + v);
            if (v.unit() == Unit.MONEY) {
                assertEquals(MetricGen.CURRENCY, v.money().orElseThrow().currency(), "currency");
            }
        }
        assertEquals(v, metric.evaluate(row), () -> metric.id() + ": not deterministic");
        assertEquals(v, metric.evaluate(reversed(metric, row)),
                () -> metric.id() + ": depends on the order inputs were supplied in");
    }

    /** Asserts that removing any {@link NullPolicy#ABSENT} input from {@code row} makes the value undefined. */
    public static void checkMissingInputs(MetricDefinition metric, InputValues row) {
        for (Input input : metric.inputs()) {
            if (input.nullPolicy() != NullPolicy.ABSENT) {
                continue;
            }
            InputValues without = copy(metric, row, input.stateKey());
            MetricValue v = metric.evaluate(without);
            assertFalse(v.isDefined(), () -> metric.id() + " is defined (" + v + ") without its input " + input);
        }
    }

    /** Asserts all-zero inputs do not throw, and give an undefined value when {@code undefined} is expected. */
    public static void checkZeroInputs(MetricDefinition metric, boolean undefined) {
        InputValues zeros = MetricGen.row(metric).edgeCases().get(0);
        MetricValue v = metric.evaluate(zeros);
        if (undefined) {
            assertFalse(v.isDefined(), () -> metric.id() + " is defined on zero inputs: " + v);
        } else if (v.isDefined()) {
            assertTrue(Double.isFinite(v.asDouble().orElseThrow()), metric.id());
        }
    }

    /**
     * Asserts {@code metric.formula()} parses against the catalog (plus the metric itself, for a formula that is
     * just its id) into a metric of the same unit whose own formula prints back unchanged; returns it.
     */
    public static MetricDefinition checkTextRoundTrip(MetricDefinition metric, MetricCatalog catalog) {
        MetricCatalog withMetric = catalog.contains(metric.id()) ? catalog
                : catalog.toBuilder().add(metric).build();
        MetricDefinition parsed = MetricDefinition.builder(metric.info()).expression(metric.formula(), withMetric);
        assertEquals(metric.unit(), parsed.unit(), "unit of the parsed formula");
        MetricDefinition again = MetricDefinition.builder(metric.info()).expression(parsed.formula(), withMetric);
        assertEquals(parsed, again, () -> "formula text does not round-trip: " + parsed.formula());
        return parsed;
    }

    /**
     * Runs the per-case checks on one row set: {@link #checkMerge}, {@link #checkValue} on every row,
     * {@link #checkMissingInputs} on the first, and equal values from {@code parsed} (the metric's text form).
     */
    public static void checkRows(MetricDefinition metric, MetricDefinition parsed, List<InputValues> rows,
            SplittableRandom random) {
        checkMerge(metric, rows, random);
        for (InputValues row : rows) {
            checkValue(metric, row);
            assertSameValue(metric.evaluate(row), parsed.evaluate(row), "parsed formula '" + metric.formula() + "'");
        }
        checkMissingInputs(metric, rows.get(0));
    }

    private static boolean dividesByDefault(MetricDefinition metric) {
        String f = metric.formula();
        return f.contains("/") || f.contains("mean_of_rates(");
    }

    private static void assertSameValue(MetricValue expected, MetricValue actual, String what) {
        assertEquals(expected.isDefined(), actual.isDefined(), () -> what + ": " + expected + " vs " + actual);
        if (expected.isDefined()) {
            assertEquals(0, expected.value().orElseThrow().compareTo(actual.value().orElseThrow()),
                    () -> what + ": " + expected + " vs " + actual);
            assertEquals(expected.money().map(m -> m.currency()), actual.money().map(m -> m.currency()), what);
        }
    }

    private static PartialInputs fold(List<PartialInputs> parts, boolean approximate) {
        PartialInputs acc = PartialInputs.empty();
        for (PartialInputs p : parts) {
            acc = approximate ? acc.plusSummingDistinctCounts(p) : acc.plus(p);
        }
        return acc;
    }

    private static boolean distinctCountCarriedTwice(MetricDefinition metric, List<InputValues> rows) {
        for (Input s : MetricGen.states(metric)) {
            if (s.isMergeable()) {
                continue;
            }
            int carriers = 0;
            for (InputValues row : rows) {
                carriers += row.get(s).isPresent() ? 1 : 0;
            }
            if (carriers >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The brute-force reference: each state summed over the rows that carry it, absent where none does. */
    private static InputValues rawSums(MetricDefinition metric, List<InputValues> rows) {
        Map<Input, BigDecimal> sums = new LinkedHashMap<>();
        InputValuesBuilder b = InputValues.builder();
        for (Input s : MetricGen.states(metric)) {
            for (InputValues row : rows) {
                Optional<BigDecimal> v = row.get(s);
                v.ifPresent(x -> sums.merge(s, x, BigDecimal::add));
                row.currency(s.measure()).ifPresent(c -> b.currency(s.measure(), c));
            }
        }
        sums.forEach(b::put);
        return b.build();
    }

    private static InputValues reversed(MetricDefinition metric, InputValues row) {
        List<Input> states = new ArrayList<>(MetricGen.states(metric));
        java.util.Collections.reverse(states);
        InputValuesBuilder b = InputValues.builder();
        for (Input s : states) {
            row.get(s).ifPresent(v -> b.put(s, v));
            row.currency(s.measure()).ifPresent(c -> b.currency(s.measure(), c));
        }
        return b.build();
    }

    private static InputValues copy(MetricDefinition metric, InputValues row, Input skipped) {
        InputValuesBuilder b = InputValues.builder();
        for (Input s : MetricGen.states(metric)) {
            if (!s.equals(skipped)) {
                row.get(s).ifPresent(v -> b.put(s, v));
            }
            row.currency(s.measure()).ifPresent(c -> b.currency(s.measure(), c));
        }
        return b.build();
    }
}
