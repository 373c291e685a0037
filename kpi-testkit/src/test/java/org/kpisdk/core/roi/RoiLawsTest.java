package org.kpisdk.core.roi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;
import org.kpisdk.testkit.Laws;
import org.kpisdk.testkit.ValueGens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Laws of the ROI package, each over 1,000 seeded cases (more with {@code -Dkpi.testkit.cases=…}): totals are the
 * sum of their parts under any grouping, merged summaries equal recomputation from the merged inputs, and
 * proration over any split of a range sums to the whole range exactly.
 *
 * <p>Expected values are recomputed here from the raw generated items by brute force (plain {@code BigDecimal}
 * sums, filters and day-by-day loops), never taken from the code under test.
 */
final class RoiLawsTest {
    static Stream<Arguments> costsAndKeys() {
        return Cases.of(RoiGen.inputs(12), RoiGen.keys(), Gen.oneOf(TimeGrain.values()));
    }

    static Stream<Arguments> inputsAndSeeds() {
        return Cases.of(RoiGen.inputs(12), RoiGen.keys(), RoiGen.seeds());
    }

    static Stream<Arguments> itemsAndSeeds() {
        Gen<CostItem> items = Gen.of(r -> RoiGen.costItem(r, RoiGen.currency(r)), List.of());
        return Cases.of(items, RoiGen.seeds());
    }

    private static BigDecimal sum(Iterable<Money> amounts) {
        BigDecimal s = BigDecimal.ZERO;
        for (Money m : amounts) {
            s = s.add(m.amount());
        }
        return s;
    }

    private static Dimensions project(Dimensions scope, List<String> keys) {
        Dimensions d = Dimensions.empty();
        for (Map.Entry<String, String> e : scope) {
            if (keys.contains(e.getKey())) {
                d = d.and(e.getKey(), e.getValue());
            }
        }
        return d;
    }

    @ParameterizedTest
    @MethodSource("costsAndKeys")
    void costTotalsAreTheSumOfTheirPartsInAnyGrouping(RoiGen.Inputs in, List<String> keys, TimeGrain grain) {
        Costs costs = Costs.of(in.currency(), in.costs());
        BigDecimal expected = BigDecimal.ZERO;
        for (CostItem i : in.costs()) {
            expected = expected.add(i.amount().amount());
        }
        assertEquals(0, expected.compareTo(costs.total().amount()), "total");
        assertEquals(0, expected.compareTo(sum(costs.totalsByCategory().values())), "by category");
        assertEquals(0, expected.compareTo(sum(costs.totalsBy(keys.toArray(new String[0])).values())), "by " + keys);
        assertEquals(0, expected.compareTo(sum(costs.totalsByPeriod(grain).values())), "by " + grain);
        // each group recomputed from the items that project onto it
        for (Map.Entry<Dimensions, Money> g : costs.totalsBy(keys.toArray(new String[0])).entrySet()) {
            BigDecimal group = BigDecimal.ZERO;
            for (CostItem i : in.costs()) {
                if (project(i.scope(), keys).equals(g.getKey())) {
                    group = group.add(i.amount().amount());
                }
            }
            assertEquals(0, group.compareTo(g.getValue().amount()), "group " + g.getKey());
        }
        // each period equals the items' shares of that period's days
        for (Map.Entry<PeriodKey, Money> p : costs.totalsByPeriod(grain).entrySet()) {
            assertEquals(costs.totalWithin(DateRange.of(p.getKey())), p.getValue(), "period " + p.getKey());
        }
    }

    @ParameterizedTest
    @MethodSource("inputsAndSeeds")
    void roiGroupingsMergeBackToTheTotalInAnyOrder(RoiGen.Inputs in, List<String> keys, long seed) {
        RoiCalculation calc = in.calculation();
        RoiSummary total = calc.total();
        RoiSummary identity = RoiSummary.empty(in.currency());
        SplittableRandom random = new SplittableRandom(seed);
        Laws.mergeOrderIndependent(new ArrayList<>(calc.by(keys.toArray(new String[0])).values()), identity,
                RoiSummary::plus, total, RoiSummary::equals, random);
        TimeGrain grain = ValueGens.grains().next(random);
        Laws.mergeOrderIndependent(new ArrayList<>(calc.byPeriod(grain).values()), identity, RoiSummary::plus, total,
                RoiSummary::equals, random);
        // a restriction to one group is that group's summary
        for (Map.Entry<Dimensions, RoiSummary> g : calc.by(keys.toArray(new String[0])).entrySet()) {
            if (g.getKey().size() == keys.size()) {
                assertEquals(g.getValue(), calc.restrictedTo(g.getKey()).total(), "restricted to " + g.getKey());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("inputsAndSeeds")
    void roiOfMergedCostsAndRevenueEqualsRecomputation(RoiGen.Inputs in, List<String> keys, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        // split every list at random into two calculations A and B
        List<CostItem> costsA = new ArrayList<>();
        List<CostItem> costsB = new ArrayList<>();
        in.costs().forEach(i -> (random.nextBoolean() ? costsA : costsB).add(i));
        List<RevenueItem> revA = new ArrayList<>();
        List<RevenueItem> revB = new ArrayList<>();
        in.revenue().forEach(i -> (random.nextBoolean() ? revA : revB).add(i));
        List<ActionCount> actA = new ArrayList<>();
        List<ActionCount> actB = new ArrayList<>();
        in.actions().forEach(i -> (random.nextBoolean() ? actA : actB).add(i));
        RoiSummary a = new RoiGen.Inputs(in.currency(), costsA, revA, actA, in.values()).calculation().total();
        RoiSummary b = new RoiGen.Inputs(in.currency(), costsB, revB, actB, in.values()).calculation().total();
        RoiSummary merged = a.plus(b);
        RoiSummary whole = in.calculation().total();
        assertEquals(whole, merged);
        Laws.commutative(RoiSummary::plus, a, b);
        Laws.identity(RoiSummary::plus, RoiSummary.empty(in.currency()), a);

        // brute force from the raw items
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal adSpend = BigDecimal.ZERO;
        for (CostItem i : in.costs()) {
            cost = cost.add(i.amount().amount());
            if (i.category().equals(CostCategory.AD_SPEND)) {
                adSpend = adSpend.add(i.amount().amount());
            }
        }
        BigDecimal revenue = BigDecimal.ZERO;
        for (RevenueItem i : in.revenue()) {
            revenue = revenue.add(i.amount().amount());
        }
        long leads = 0;
        for (ActionCount c : in.actions()) {
            BigDecimal value = in.values().valueOf(c.action()).map(Money::amount).orElse(BigDecimal.ZERO);
            revenue = revenue.add(value.multiply(BigDecimal.valueOf(c.count())));
            leads += c.action().equals(ActionCount.LEAD) ? c.count() : 0;
        }
        Figure roi = merged.roiPercent();
        if (cost.signum() == 0) {
            assertFalse(roi.isDefined(), "ROI over zero costs must be undefined");
        } else {
            BigDecimal expected = revenue.subtract(cost).multiply(BigDecimal.valueOf(100));
            assertTrue(roi.hasSameValueAs(Figure.percent(expected, cost)), () -> "ROI " + roi);
            assertTrue(roi.numerator().multiply(cost).compareTo(expected.multiply(roi.denominator())) == 0);
            if (revenue.signum() == 0) {
                assertEquals(0, roi.rounded(10, RoundingMode.UNNECESSARY).orElseThrow()
                        .compareTo(BigDecimal.valueOf(-100)), "zero revenue is −100 %");
            }
        }
        assertEquals(adSpend.signum() != 0, merged.roas().isDefined());
        assertEquals(leads != 0 && adSpend.signum() != 0, merged.cpl().isDefined());
        assertEquals(0, revenue.subtract(cost).compareTo(merged.netReturn().amount()));
    }

    /**
     * One definition per unit-economics figure (issue 18): the catalog's metric evaluated on a summary's
     * {@link RoiSummary#inputValues()} has the value of the summary's own figure, in every group, and is undefined
     * exactly when the figure is.
     */
    @ParameterizedTest
    @MethodSource("costsAndKeys")
    void unitEconomicsAgreeWithTheCatalogInEveryGroup(RoiGen.Inputs in, List<String> keys, TimeGrain grain) {
        RoiCalculation calc = in.calculation();
        List<RoiSummary> groups = new ArrayList<>();
        groups.add(calc.total());
        groups.addAll(calc.by(keys.toArray(new String[0])).values());
        groups.addAll(calc.byPeriod(grain).values());
        for (RoiSummary s : groups) {
            agree(StandardMetrics.ROI, s.roiPercent(), s);
            agree(StandardMetrics.ROAS, s.roas(), s);
            agree(StandardMetrics.CPA, s.cpa(), s);
            agree(StandardMetrics.CPL, s.cpl(), s);
            agree(StandardMetrics.CAC, s.cac(), s);
            agree(StandardMetrics.TOTAL_COSTS, Figure.money(s.totalCosts()), s);
        }
    }

    private static void agree(MetricDefinition metric, Figure figure, RoiSummary s) {
        MetricValue v = metric.evaluate(s.inputValues());
        assertEquals(v.isDefined(), figure.isDefined(), () -> metric.id() + ": catalog " + v + ", summary " + figure
                + " on " + s);
        if (figure.isDefined() && figure.kind() == Figure.Kind.MONEY) {
            // the catalog states money quotients at 12 decimals, half-even: the exact figure rounded so is equal
            BigDecimal expected = figure.rounded(12, RoundingMode.HALF_EVEN).orElseThrow();
            BigDecimal actual = v.value().orElseThrow();
            assertEquals(0, expected.compareTo(actual), () -> metric.id() + ": catalog " + actual + ", summary "
                    + expected + " on " + s);
        } else if (figure.isDefined()) {
            BigDecimal expected = figure.value(MathContext.DECIMAL128).orElseThrow();
            BigDecimal actual = v.value().orElseThrow();
            BigDecimal tolerance = expected.abs().add(BigDecimal.ONE).movePointLeft(30);
            assertTrue(actual.subtract(expected).abs().compareTo(tolerance) <= 0,
                    () -> metric.id() + ": catalog " + actual + ", summary " + expected + " on " + s);
        }
    }

    @ParameterizedTest
    @MethodSource("itemsAndSeeds")
    void prorationOverSplitRangesSumsToTheWholeExactly(CostItem item, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        // a window around or inside the item's range, split into consecutive sub-ranges
        LocalDate from = item.range().start().minusDays(random.nextInt(40));
        LocalDate to = item.range().end().plusDays(random.nextInt(40) - 20);
        if (to.isBefore(from)) {
            to = from;
        }
        DateRange window = DateRange.of(from, to);
        BigDecimal pieces = BigDecimal.ZERO;
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate end = start.plusDays(random.nextInt(random.nextBoolean() ? 3 : 45));
            if (end.isAfter(to)) {
                end = to;
            }
            pieces = pieces.add(item.amountWithin(DateRange.of(start, end)).amount());
            start = end.plusDays(1);
        }
        assertEquals(0, pieces.compareTo(item.amountWithin(window).amount()), "split of " + window);
        // the whole range carries exactly the amount, and the days outside it nothing
        assertEquals(item.amount(), item.amountWithin(item.range()));
        assertTrue(item.amountWithin(DateRange.of(item.range().end().plusDays(1), item.range().end().plusDays(9)))
                .isZero());
        // day by day: each day carries floor(amount / days) or one smallest unit more, summing to the amount
        BigDecimal unit = BigDecimal.ONE.movePointLeft(item.amount().amount().scale());
        BigDecimal floor = item.amount().amount().divide(BigDecimal.valueOf(item.range().lengthInDays()),
                item.amount().amount().scale(), RoundingMode.FLOOR);
        BigDecimal days = BigDecimal.ZERO;
        for (LocalDate d = item.range().start(); !d.isAfter(item.range().end()); d = d.plusDays(1)) {
            BigDecimal day = item.amountWithin(DateRange.day(d)).amount();
            assertTrue(day.compareTo(floor) == 0 || day.compareTo(floor.add(unit)) == 0,
                    () -> "day share " + day + " is neither " + floor + " nor one unit more");
            days = days.add(day);
        }
        assertEquals(0, days.compareTo(item.amount().amount()), "days sum to the amount");
    }

    @ParameterizedTest
    @MethodSource("inputsAndSeeds")
    void scalingACategoryChangesOnlyThatCategory(RoiGen.Inputs in, List<String> keys, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CostCategory category = RoiGen.CATEGORIES.get(random.nextInt(RoiGen.CATEGORIES.size()));
        BigDecimal factor = BigDecimal.valueOf(random.nextLong(0, 400), 2);
        RoiCalculation calc = in.calculation();
        RoiSummary base = calc.total();
        RoiSummary scaled = calc.withCostsScaled(category, factor).total();
        Currency c = in.currency();
        Money before = base.costs(category);
        // total − category + category × factor, recomputed
        Money expected = base.totalCosts().minus(before).plus(before.multipliedBy(factor));
        assertEquals(expected, scaled.totalCosts());
        assertEquals(base.revenue(), scaled.revenue());
        assertEquals(base, calc.withCostsScaled(category, BigDecimal.ONE).total());
        assertEquals(Money.zero(c), calc.withCostsScaled(category, BigDecimal.ZERO).total().costs(category));
    }
}
