package org.kpisdk.core.roi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Direction;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.TimeGrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every factory refuses bad input with a message naming the field, the value and the rule. */
final class RoiBadInputTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);
    private static final DateRange MARCH = DateRange.parse("2026-03-01..2026-03-31");
    private static final Dimensions NONE = Dimensions.empty();

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static Arguments bad(String what, Executable call, String message) {
        return Arguments.of(Named.of(what, call), message);
    }

    static Stream<Arguments> illegalArguments() {
        RoiSummary summary = RoiSummary.of(eur("10"), eur("20"));
        RoiCalculation roi = RoiCalculation.of(Costs.in("EUR"), Revenue.in("EUR"));
        return Stream.of(
                bad("end before start", () -> DateRange.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 1)),
                        "end must be >= start, was end 2026-03-01 before start 2026-03-31"),
                bad("range text", () -> DateRange.parse("2026-03-01/2026-03-31"),
                        "DateRange text must be 'start..end' such as '2026-03-01..2026-03-31', was "
                                + "'2026-03-01/2026-03-31'"),
                bad("range date", () -> DateRange.parse("2026-03-01..2026-02-30"),
                        "DateRange text '2026-03-01..2026-02-30' has an invalid date '2026-02-30' at position 0"),
                bad("negative hours", () -> CostItem.staffTime("manager", new BigDecimal("-2"), eur("40"), MARCH, NONE),
                        "hours must be >= 0, was -2 (role 'manager')"),
                bad("negative rate", () -> CostItem.staffTime("manager", BigDecimal.TEN, eur("-40"), MARCH, NONE),
                        "hourlyRate must be >= 0, was EUR -40.00 (role 'manager')"),
                bad("unknown currency", () -> Costs.in("XYZ"), "currency must be an ISO 4217 code, was 'XYZ'"),
                bad("unknown currency in revenue", () -> Revenue.in("EURO"),
                        "currency must be an ISO 4217 code, was 'EURO'"),
                bad("unknown currency in values", () -> ActionValues.in("xx"),
                        "currency must be an ISO 4217 code, was 'xx'"),
                bad("negative cost", () -> CostItem.adSpend(eur("-1"), MARCH, NONE),
                        "amount must be >= 0, was EUR -1.00 (ad_spend 'ad spend')"),
                bad("blank label", () -> CostItem.of(CostCategory.TRAINING, " ", eur("1"), MARCH, NONE),
                        "label must not be blank, was ' '"),
                bad("category id", () -> CostCategory.of("Influencer Fees"),
                        "category id must be lowercase snake case [a-z][a-z0-9_]* of at most 64 characters, was "
                                + "'Influencer Fees'"),
                bad("negative scale", () -> CostItem.adSpend(eur("1"), MARCH, NONE).scaledBy(new BigDecimal("-1")),
                        "factor must be >= 0, was -1"),
                bad("negative costs scale", () -> roi.withCostsScaled(CostCategory.AD_SPEND, new BigDecimal("-0.5")),
                        "factor must be >= 0, was -0.5"),
                bad("negative revenue scale", () -> roi.withRevenueScaled(new BigDecimal("-3")),
                        "factor must be >= 0, was -3"),
                bad("unvalued action scale", () -> roi.withActionValueScaled("lead", BigDecimal.ONE),
                        "action 'lead' has no value in this table (known: [])"),
                bad("no grouping keys", () -> Costs.in("EUR").totalsBy(),
                        "keys must name at least one dimension, was none"),
                bad("bad grouping key", () -> roi.by("Channel"),
                        "dimension key must be lowercase snake case [a-z][a-z0-9_]* of at most 64 characters, was "
                                + "'Channel'"),
                bad("negative revenue", () -> RevenueItem.of(eur("-5"), DAY, NONE),
                        "amount must be >= 0, was EUR -5.00 (revenue on 2026-03-14..2026-03-14)"),
                bad("negative count", () -> ActionCount.of("lead", -3, DAY, NONE), "count must be >= 0, was -3"),
                bad("action id", () -> ActionCount.of("new customer", 1, DAY, NONE),
                        "action must be lowercase snake case [a-z][a-z0-9_]* of at most 64 characters, was "
                                + "'new customer'"),
                bad("negative action value", () -> ActionValues.in("EUR").with("lead", eur("-25")),
                        "value of action 'lead' must be >= 0, was EUR -25.00"),
                bad("action value currency", () -> ActionValues.in("EUR").with("lead", Money.of("25", "USD")),
                        "Currency mismatch: EUR vs USD"),
                bad("unknown action", () -> ActionValues.in("EUR").with("lead", eur("1"))
                        .valueOf(ActionCount.of("demo", 1, DAY, NONE)),
                        "action 'demo' has no value in this table (known: [lead])"),
                bad("neutral uplift", () -> SegmentUplift.mean("reach", Direction.NEUTRAL, BigDecimal.ONE, 1,
                        BigDecimal.ONE, 1, 1, eur("1")), "direction must say which way is better, was NEUTRAL"),
                bad("negative segment", () -> SegmentUplift.rate("retention", Ratio.of(1, 2), Ratio.of(1, 2), -10,
                        eur("1")), "engagedSize must be >= 0, was -10"),
                bad("negative unit value", () -> SegmentUplift.rate("retention", Ratio.of(1, 2), Ratio.of(1, 2), 10,
                        eur("-1")), "valuePerUnit must be >= 0, was EUR -1.00"),
                bad("negative deals", () -> SegmentUplift.dealSize(eur("1"), -1, eur("1"), 1),
                        "engagedCount must be >= 0, was -1"),
                bad("uplift currencies", () -> SegmentUplift.dealSize(eur("1"), 1, Money.of("1", "USD"), 1),
                        "Currency mismatch: EUR vs USD"),
                bad("uplift metric", () -> SegmentUplift.rate("", Ratio.of(1, 2), Ratio.of(1, 2), 1, eur("1")),
                        "metric must be lowercase snake case [a-z][a-z0-9_]* of at most 64 characters, was ''"),
                bad("negative order value", () -> CustomerValue.of(eur("-80"), BigDecimal.ONE, BigDecimal.ONE),
                        "averageOrderValue must be >= 0, was EUR -80.00"),
                bad("negative frequency", () -> CustomerValue.of(eur("80"), new BigDecimal("-1"), BigDecimal.ONE),
                        "purchasesPerYear must be >= 0, was -1"),
                bad("negative lifespan", () -> CustomerValue.of(eur("80"), BigDecimal.ONE, new BigDecimal("-2")),
                        "lifespanYears must be >= 0, was -2"),
                bad("zero observed years", () -> CustomerValue.fromHistory(eur("1"), 1, 1, BigDecimal.ZERO,
                        BigDecimal.ONE), "observedYears must be > 0, was 0"),
                bad("negative orders", () -> CustomerValue.fromHistory(eur("1"), -1, 1, BigDecimal.ONE,
                        BigDecimal.ONE), "orders must be >= 0, was -1"),
                bad("margin above 1", () -> CustomerValue.of(eur("1"), BigDecimal.ONE, BigDecimal.ONE)
                        .clvMargin(new BigDecimal("1.5")), "grossMargin must be in [0, 1], was 1.5"),
                bad("break-even margin 0", () -> summary.breakEvenRevenue(BigDecimal.ZERO),
                        "grossMargin must be in (0, 1], was 0"),
                bad("negative summary costs", () -> RoiSummary.of(eur("-1"), eur("1")),
                        "totalCosts must be >= 0, was EUR -1.00"),
                bad("negative summary revenue", () -> RoiSummary.of(eur("1"), eur("-1")),
                        "attributedRevenue must be >= 0, was EUR -1.00"),
                bad("summary currencies", () -> RoiSummary.of(eur("1"), Money.of("1", "USD")),
                        "Currency mismatch: EUR vs USD"),
                bad("negative summary actions", () -> summary.plusActions("lead", -1), "count must be >= 0, was -1"),
                bad("negative payback margin", () -> summary.paybackMonths(eur("-5")),
                        "monthlyGrossMarginPerCustomer must be >= 0, was EUR -5.00"),
                bad("payback currency", () -> summary.paybackMonths(Money.of("5", "USD")),
                        "Currency mismatch: EUR vs USD"),
                bad("LTV of a ratio", () -> summary.ltvToCac(Figure.ratio(BigDecimal.ONE, BigDecimal.ONE)),
                        "clv must be a MONEY figure, was RATIO"),
                bad("LTV currency", () -> summary.ltvToCac(Figure.money(Money.of("1", "USD"))),
                        "Currency mismatch: EUR vs USD"),
                bad("undefined money without currency", () -> Figure.undefined(Figure.Kind.MONEY),
                        "kind must not be MONEY without a currency, was MONEY"),
                bad("costs merge currencies", () -> Costs.in("EUR").plus(Costs.in("USD")),
                        "Currency mismatch: EUR vs USD"),
                bad("revenue merge currencies", () -> Revenue.in("EUR").plus(Revenue.in("USD")),
                        "Currency mismatch: EUR vs USD"));
    }

    @ParameterizedTest
    @MethodSource("illegalArguments")
    void refusedWithANamedField(Executable call, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, e.getMessage());
    }

    static Stream<Arguments> nulls() {
        return Stream.of(
                Arguments.of(Named.of("range start", (Executable) () -> DateRange.of(null, LocalDate.MAX)), "start"),
                Arguments.of(Named.of("item category", (Executable) () -> CostItem.of(null, "x", Money.zero(EUR),
                        MARCH, NONE)), "category"),
                Arguments.of(Named.of("hours", (Executable) () -> CostItem.staffTime("x", null, Money.zero(EUR),
                        MARCH, NONE)), "hours"),
                Arguments.of(Named.of("costs currency", (Executable) () -> Costs.empty(null)), "currency"),
                Arguments.of(Named.of("costs item", (Executable) () -> Costs.empty(EUR).plus((CostItem) null)),
                        "item"),
                Arguments.of(Named.of("calculation costs", (Executable) () -> RoiCalculation.of(null,
                        Revenue.empty(EUR))), "costs"),
                Arguments.of(Named.of("calculation revenue", (Executable) () -> RoiCalculation.of(Costs.empty(EUR),
                        null)), "revenue"),
                Arguments.of(Named.of("period grain", (Executable) () -> Costs.empty(EUR).totalsByPeriod(null)),
                        "grain"),
                Arguments.of(Named.of("action scope", (Executable) () -> ActionCount.of("lead", 1, DAY, null)),
                        "scope"),
                Arguments.of(Named.of("revenue date", (Executable) () -> RevenueItem.of(Money.zero(EUR),
                        (LocalDate) null, NONE)), "date"),
                Arguments.of(Named.of("figure rounding", (Executable) () -> Figure.money(Money.zero(EUR))
                        .rounded(2, null)), "rounding"),
                Arguments.of(Named.of("actions", (Executable) () -> RoiCalculation.of(Costs.empty(EUR),
                        Revenue.empty(EUR)).withActions(List.of()).withActions(null)), "counts"),
                Arguments.of(Named.of("grain", (Executable) () -> RoiCalculation.of(Costs.empty(EUR),
                        Revenue.empty(EUR)).byPeriod((TimeGrain) null)), "grain"));
    }

    @ParameterizedTest
    @MethodSource("nulls")
    void nullsAreRefusedByName(Executable call, String name) {
        NullPointerException e = assertThrows(NullPointerException.class, call);
        assertEquals(name, e.getMessage());
    }

    @Test
    void toMoneyOnANonMoneyFigureIsAStateError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Figure.percent(BigDecimal.ONE, BigDecimal.ONE).toMoney(RoundingMode.HALF_EVEN));
        assertTrue(e.getMessage().contains("PERCENT"), e.getMessage());
    }
}
