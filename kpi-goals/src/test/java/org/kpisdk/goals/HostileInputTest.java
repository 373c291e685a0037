package org.kpisdk.goals;

import static org.kpisdk.testkit.Refusals.refused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.value.TimeGrain;
import org.kpisdk.testkit.Refusals;

/**
 * Hostile input to kpi-goals' public entry points, kept from the adversarial pass of issue 26: extreme ints,
 * NaN and infinities, NUL in ids, nulls, blank names. Each must be refused with the documented exception and a
 * message naming the field.
 */
final class HostileInputTest {
    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

    static Stream<Arguments> hostile() {
        Class<IllegalArgumentException> iae = IllegalArgumentException.class;
        Class<NullPointerException> npe = NullPointerException.class;
        return Stream.of(
                refused("milestones reached Integer.MIN_VALUE", () -> KeyResult.milestones("x", Integer.MIN_VALUE, 3),
                        iae, "was -2147483648"),
                refused("milestones reached above planned", () -> KeyResult.milestones("x", Integer.MAX_VALUE, 3),
                        iae, "was 2147483647"),
                refused("milestones planned 0", () -> KeyResult.milestones("x", 0, 0), iae, "must be > 0, was 0"),
                refused("maintained periods Integer.MIN_VALUE", () -> KeyResult.maintained("x", 0, Integer.MIN_VALUE),
                        iae, "must be > 0, was -2147483648"),
                refused("key result blank name", () -> KeyResult.binary(" ", true), iae,
                        "name must not be blank"),
                refused("key result null name", () -> KeyResult.binary(null, true), npe, "name"),
                refused("metric key result null current",
                        () -> KeyResult.metric("x", BigDecimal.ZERO, BigDecimal.ONE, null), npe, "current"),
                refused("History NaN", () -> History.of(TimeGrain.MONTH, 1, Double.NaN), iae, "must be finite"),
                refused("History +Infinity", () -> History.of(TimeGrain.MONTH, Double.POSITIVE_INFINITY), iae,
                        "must be finite"),
                refused("goal null name", () -> Goal.builder(null), npe, "name"),
                refused("goal blank name", () -> Goal.builder("\t"), iae, "name must not be blank"),
                refused("metric id with NUL", () -> Goal.builder("x").metric("ctr\u0000"), iae, "metricId"),
                refused("metric id of 10,000 characters", () -> Goal.builder("x").metric("c".repeat(10_000)), iae,
                        "metricId"),
                refused("null baseline date", () -> Goal.builder("x").baseline(BigDecimal.ONE, null), npe,
                        "baseline date"),
                refused("two milestones on one date", () -> Goal.builder("x").metric("ctr")
                        .baseline(BigDecimal.ONE, MAR_1).target(BigDecimal.TEN).deadline(MAR_1.plusMonths(3))
                        .milestone(MAR_1.plusMonths(1), BigDecimal.ONE).milestone(MAR_1.plusMonths(1), BigDecimal.TEN)
                        .build(), iae, "distinct dates"));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileInputIsRefusedWithTheDocumentedExceptionNamingTheField(Executable call,
            Class<? extends Throwable> type, String fragment) {
        Refusals.assertRefused(call, type, fragment);
    }
}
