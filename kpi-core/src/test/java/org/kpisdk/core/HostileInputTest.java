package org.kpisdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.aggregate.Query;
import org.kpisdk.core.analysis.Forecaster;
import org.kpisdk.core.analysis.KpiSeries;
import org.kpisdk.core.analysis.MovingAverages;
import org.kpisdk.core.analysis.Rates;
import org.kpisdk.core.analysis.UndefinedValues;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.FormulaException;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Count;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.TimeGrain;

/**
 * Hostile input to kpi-core's public entry points, kept from the adversarial pass of issue 26: huge and negative
 * sizes, extreme longs, NaN, NUL and control characters, nulls, mixed currencies, empty input. Each must be refused
 * with the documented exception and a message naming the field (or, for overflow, saying so), quickly.
 */
final class HostileInputTest {
    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

    private static KpiSeries series(double... values) {
        return KpiSeries.of(PeriodKey.of(MAR_1, TimeGrain.MONTH), values);
    }

    private static ObservationTable.Builder table() {
        return ObservationTable.builder().dimensions("channel").measure(StandardMeasures.IMPRESSIONS);
    }

    private static Arguments refused(String name, Executable call, Class<? extends Throwable> type, String fragment) {
        return Arguments.of(Named.of(name, call), type, fragment);
    }

    static Stream<Arguments> hostile() {
        Class<IllegalArgumentException> iae = IllegalArgumentException.class;
        Class<NullPointerException> npe = NullPointerException.class;
        Class<FormulaException> fe = FormulaException.class;
        return Stream.of(
                refused("Count.of(Long.MIN_VALUE)", () -> Count.of(Long.MIN_VALUE), iae,
                        "count must be >= 0, was -9223372036854775808"),
                refused("Count overflow", () -> Count.of(Long.MAX_VALUE).plus(Count.of(Long.MAX_VALUE)),
                        ArithmeticException.class, "overflow"),
                refused("Ratio.of(1, Long.MIN_VALUE)", () -> Ratio.of(1, Long.MIN_VALUE), iae, "denominator"),
                refused("Money mixed currencies", () -> Money.of("1", "EUR").plus(Money.of("1", "USD")), iae,
                        "Currency mismatch: EUR vs USD"),
                refused("Money.of(null)", () -> Money.of(null, "EUR"), npe, "amount"),
                refused("Money.parse(NUL)", () -> Money.parse("EUR \u00001"), iae, "EUR"),
                refused("Dimensions value with NUL", () -> Dimensions.of("channel", "se\u0000arch"), iae,
                        "value of dimension 'channel' must not contain control characters, found U+0000 at 2"),
                refused("Dimensions value with a newline", () -> Dimensions.of("channel", "a\nb"), iae,
                        "U+000A at 1"),
                refused("Dimensions value of 10 million characters", () -> Dimensions.of("k", "x".repeat(10_000_000)),
                        iae, "value of dimension 'k' must have at most 256 characters, had 10000000"),
                refused("Dimensions empty value", () -> Dimensions.of("channel", ""), iae, "channel"),
                refused("Dimensions key with NUL", () -> Dimensions.of("chan\u0000nel", "a"), iae, "dimension key"),
                refused("Dimensions null value", () -> Dimensions.of("channel", null), npe, "value"),
                refused("KpiSeries NaN", () -> series(1, Double.NaN), iae, "must be finite, was NaN"),
                refused("KpiSeries -Infinity", () -> series(Double.NEGATIVE_INFINITY), iae, "must be finite"),
                refused("forecast horizon Integer.MAX_VALUE",
                        () -> Forecaster.linearTrend().forecast(series(1, 2, 3), Integer.MAX_VALUE, 0.9), iae,
                        "horizon must be in [1, 10000], was 2147483647"),
                refused("forecast horizon -1", () -> Forecaster.linearTrend().forecast(series(1, 2, 3), -1, 0.9),
                        iae, "horizon must be in [1, 10000], was -1"),
                refused("forecast confidence 1", () -> Forecaster.linearTrend().forecast(series(1, 2, 3), 1, 1.0),
                        iae, "confidence"),
                refused("moving average window Integer.MIN_VALUE",
                        () -> MovingAverages.simple(series(1, 2), Integer.MIN_VALUE, UndefinedValues.SKIP), iae,
                        "window"),
                refused("Wilson with Long.MIN_VALUE trials", () -> Rates.wilson(0, Long.MIN_VALUE, 0.95), iae,
                        "trials"),
                refused("Query.trailing(Integer.MIN_VALUE)", () -> Query.builder().trailing(Integer.MIN_VALUE), iae,
                        "trailing periods must be > 0, was -2147483648"),
                refused("Query parallelism Integer.MAX_VALUE",
                        () -> Query.builder().metric(StandardMetrics.IMPRESSIONS).build().execute(table().build(),
                                Integer.MAX_VALUE), iae, "parallelism must be <= 1024, was 2147483647"),
                refused("Query parallelism 0",
                        () -> Query.builder().metric(StandardMetrics.IMPRESSIONS).build().execute(table().build(), 0),
                        iae, "parallelism"),
                refused("Query without metrics", () -> Query.builder().build(), iae, "at least one metric"),
                refused("row value Long.MIN_VALUE",
                        () -> table().row(MAR_1).dimension("channel", "a")
                                .value(StandardMeasures.IMPRESSIONS, Long.MIN_VALUE).add(), iae,
                        "impressions must be >= 0, was -9223372036854775808"),
                refused("row dimension value with NUL",
                        () -> table().row(MAR_1).dimension("channel", "a\u0000").add(), iae,
                        "row 0: dimension 'channel' must not contain control characters"),
                refused("dimensions with a null name", () -> ObservationTable.builder().dimensions("a", null), npe,
                        ""),
                refused("formula of 10 million characters",
                        () -> MetricDefinition.builder("x").expression("impressions" + " ".repeat(10_000_000),
                                StandardMetrics.catalog()), fe,
                        "formula is 10,000,011 characters long, the limit is 65,536"),
                refused("formula with NUL",
                        () -> MetricDefinition.builder("x").expression("impressions\u0000", StandardMetrics.catalog()),
                        fe, "expected an operator or the end at position 11"),
                refused("empty formula", () -> MetricDefinition.builder("x").expression("", StandardMetrics.catalog()),
                        fe, "formula is empty"));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileInputIsRefusedWithTheDocumentedExceptionNamingTheField(Executable call,
            Class<? extends Throwable> type, String fragment) {
        long start = System.nanoTime();
        try {
            call.execute();
            fail("accepted hostile input; expected " + type.getSimpleName() + " containing '" + fragment + "'");
        } catch (Throwable e) {
            assertEquals(type, e.getClass(), () -> "wrong exception: " + e);
            assertTrue(String.valueOf(e.getMessage()).contains(fragment),
                    () -> "message '" + e.getMessage() + "' does not contain '" + fragment + "'");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 5_000, () -> "took " + millis + " ms");
    }
}
