package org.kpisdk.core.roi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** equals, hashCode, toString and ordering of the ROI value types, and their extremes. */
final class RoiValueTypesTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void dateRange() {
        DateRange q1 = DateRange.of(PeriodKey.parse("2028-Q1"));
        assertEquals("2028-01-01..2028-03-31", q1.toString());
        assertEquals(q1, DateRange.parse(q1.toString()));
        assertEquals(q1.hashCode(), DateRange.parse("2028-01-01..2028-03-31").hashCode());
        assertEquals(91, q1.lengthInDays()); // 31 + 29 (leap) + 31
        assertEquals(1, DateRange.day(LocalDate.of(2028, 2, 29)).lengthInDays());
        assertEquals(Optional.of(DateRange.parse("2028-03-15..2028-03-31")),
                q1.intersection(DateRange.parse("2028-03-15..2028-04-10")));
        assertEquals(Optional.empty(), q1.intersection(DateRange.parse("2028-04-01..2028-04-10")));
        assertTrue(q1.contains(LocalDate.of(2028, 3, 31)));
        assertFalse(q1.contains(LocalDate.of(2028, 4, 1)));
        // the longest range LocalDate allows is still counted exactly
        assertEquals(LocalDate.MAX.toEpochDay() - LocalDate.MIN.toEpochDay() + 1,
                DateRange.of(LocalDate.MIN, LocalDate.MAX).lengthInDays());
    }

    @Test
    void costCategory() {
        assertEquals(CostCategory.STAFF_TIME, CostCategory.of("staff_time"));
        assertEquals(CostCategory.STAFF_TIME.hashCode(), CostCategory.of("staff_time").hashCode());
        assertEquals("agency_fees", CostCategory.AGENCY_FEES.toString());
        TreeSet<CostCategory> sorted = new TreeSet<>(List.of(CostCategory.TRAINING, CostCategory.AD_SPEND,
                CostCategory.of("zz_custom")));
        assertEquals(List.of(CostCategory.AD_SPEND, CostCategory.TRAINING, CostCategory.of("zz_custom")),
                List.copyOf(sorted));
    }

    @Test
    void figure() {
        Figure half = Figure.ratio(BigDecimal.ONE, new BigDecimal("2"));
        Figure twoQuarters = Figure.ratio(new BigDecimal("2"), new BigDecimal("4"));
        assertNotEquals(half, twoQuarters);
        assertTrue(half.hasSameValueAs(twoQuarters));
        // 1.0/2.00 equals 1/2: parts compare numerically
        assertEquals(half, Figure.ratio(new BigDecimal("1.0"), new BigDecimal("2.00")));
        assertEquals(half.hashCode(), Figure.ratio(new BigDecimal("1.0"), new BigDecimal("2.00")).hashCode());
        // the denominator is kept positive
        Figure negative = Figure.percent(new BigDecimal("100"), new BigDecimal("-3")); // 100 / −3 = −33.33… %
        assertEquals(new BigDecimal("3"), negative.denominator());
        assertEquals(new BigDecimal("-33.33"), negative.rounded(2, RoundingMode.HALF_EVEN).orElseThrow());
        assertEquals("-33.33%", negative.toString());
        assertEquals("0.50x", half.toString());
        assertEquals(Optional.of(new BigDecimal("0.5")), half.value(MathContext.DECIMAL64));
        // undefined: every view is empty, parts are zero, and different kinds differ
        Figure undefined = Figure.ratio(BigDecimal.TEN, BigDecimal.ZERO);
        assertFalse(undefined.isDefined());
        assertEquals(Figure.undefined(Figure.Kind.RATIO, "the denominator is 0"), undefined);
        assertNotEquals(Figure.undefined(Figure.Kind.RATIO), undefined);   // the reasons differ
        assertNotEquals(Figure.undefined(Figure.Kind.PERCENT, "the denominator is 0"), undefined);
        assertEquals(Optional.of("the denominator is 0"), undefined.undefinedReason());
        assertEquals("undefined: the denominator is 0", undefined.toString());
        Figure because = undefined.orBecause("no ad spend");
        assertEquals(Optional.of("no ad spend"), because.undefinedReason());
        assertEquals(Figure.undefined(Figure.Kind.RATIO, "no ad spend"), because);
        assertEquals(Figure.undefined(Figure.Kind.RATIO, "no ad spend").hashCode(), because.hashCode());
        assertSame(half, half.orBecause("never used"));
        assertEquals(Optional.empty(), half.undefinedReason());
        assertEquals(Optional.empty(), undefined.value(MathContext.DECIMAL128));
        assertFalse(undefined.hasSameValueAs(undefined));
        Figure money = Figure.money(BigDecimal.TEN, new BigDecimal("3"), EUR);
        assertEquals("EUR 3.33", money.toString());
        assertEquals(Optional.of(EUR), money.currency());
        assertEquals(Optional.empty(), half.currency());
        assertEquals("undefined EUR: the denominator is 0",
                Figure.money(BigDecimal.ONE, BigDecimal.ZERO, EUR).toString());
        assertEquals(Figure.Kind.MONTHS, Figure.months(BigDecimal.ONE, BigDecimal.ONE).kind());
        // JPY has no minor unit: 10 / 3 yen → 3 yen
        assertEquals(Money.of("3", "JPY"), Figure.money(BigDecimal.TEN, new BigDecimal("3"),
                Currency.getInstance("JPY")).toMoney(RoundingMode.HALF_EVEN).orElseThrow());
    }

    @Test
    void itemsAndCollections() {
        DateRange d = DateRange.parse("2026-03-01..2026-03-31");
        CostItem a = CostItem.adSpend(Money.of("5", "EUR"), d, Dimensions.of("channel", "x"));
        assertEquals(a, CostItem.of(CostCategory.AD_SPEND, "ad spend", Money.of("5.000", "EUR"), d,
                Dimensions.of("channel", "x")));
        assertEquals(a.hashCode(), CostItem.adSpend(Money.of("5.0", "EUR"), d, Dimensions.of("channel", "x"))
                .hashCode());
        assertEquals(Costs.in("EUR").plus(a), Costs.of(EUR, List.of(a)));
        assertEquals(Costs.in("EUR").plus(a).hashCode(), Costs.of(EUR, List.of(a)).hashCode());
        assertTrue(Costs.in("EUR").plus(a).toString().contains("ad_spend"));
        assertEquals(Money.zero(EUR), Costs.in("EUR").total());
        assertTrue(Costs.in("EUR").totalsBy("channel").isEmpty());
        assertEquals(RoiSummary.empty(EUR), RoiCalculation.of(Costs.in("EUR"), Revenue.in("EUR")).total());
        assertEquals(ActionValues.in("EUR").with("lead", Money.of("2", "EUR")),
                ActionValues.in("EUR").with("lead", Money.of("1", "EUR")).with("lead", Money.of("2", "EUR")));
        // a staff item with zero hours costs nothing; a zero rate too
        assertTrue(CostItem.staffTime("x", BigDecimal.ZERO, Money.of("50", "EUR"), d, Dimensions.empty())
                .amount().isZero());
        // summaries: a category or count of zero is the same as none
        RoiSummary s = RoiSummary.empty(EUR).plusActions("lead", 0);
        assertEquals(RoiSummary.empty(EUR), s);
        assertEquals(RoiSummary.empty(EUR).hashCode(), s.hashCode());
        assertTrue(RoiSummary.of(Money.of("2000", "EUR"), Money.of("2500", "EUR")).toString()
                .contains("roi=25.00%"));
    }

    @Test
    void countsOverflowInsteadOfWrapping() {
        RoiSummary big = RoiSummary.empty(EUR).plusActions("lead", Long.MAX_VALUE);
        assertThrows(ArithmeticException.class, () -> big.plusActions("lead", 1));
        assertThrows(ArithmeticException.class, () -> big.plus(big));
        // the cost per lead at the extreme is still exact: 1 / (2^63 − 1)
        assertTrue(RoiSummary.of(Money.of("1", "EUR"), Money.zero(EUR)).plus(big).costPer("lead").isDefined());
    }
}
