package org.kpisdk.core.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.TimeGrain;

/** Every undefined ROI figure says which input is missing (issue 18), and a defined one has no reason. */
final class RoiUndefinedReasonTest {
    private static final DateRange MARCH = DateRange.parse("2026-03-01..2026-03-31");
    private static final String NO_AD_SPEND = "no ad spend (cost category AD_SPEND) in costs";

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** Uncategorised costs of 2000 and revenue of 2500: seed 004's two numbers, without ad spend. */
    private static final RoiSummary UNCATEGORISED = RoiSummary.of(eur("2000"), eur("2500"));

    private static RoiSummary withAdSpend(String amount) {
        Costs costs = Costs.in("EUR").plus(CostItem.adSpend(eur(amount), MARCH, Dimensions.empty()));
        return RoiCalculation.of(costs, Revenue.in("EUR")).total();
    }

    @Test
    void roasWithoutAdSpendNamesTheMissingCategory() {
        Figure roas = UNCATEGORISED.roas();
        assertFalse(roas.isDefined());
        assertEquals(Optional.of(NO_AD_SPEND), roas.undefinedReason());
        assertEquals("undefined: " + NO_AD_SPEND, roas.toString());
        // with ad spend the same summary has a ROAS and no reason
        Figure defined = UNCATEGORISED.plus(withAdSpend("500")).roas();
        assertEquals(new BigDecimal("5"), defined.rounded(0, Figure.PRESENTATION_ROUNDING).orElseThrow());
        assertEquals(Optional.empty(), defined.undefinedReason());
    }

    @Test
    void cpaAndCplNameAdSpendFirstThenTheCount() {
        RoiSummary conversions = UNCATEGORISED.plusActions(ActionCount.CONVERSION, 7).plusActions(ActionCount.LEAD, 9);
        assertEquals(Optional.of(NO_AD_SPEND), conversions.cpa().undefinedReason());
        assertEquals(Optional.of(NO_AD_SPEND), conversions.cpl().undefinedReason());
        assertEquals("undefined EUR: " + NO_AD_SPEND, conversions.cpa().toString());
        RoiSummary noCounts = UNCATEGORISED.plus(withAdSpend("500"));
        assertEquals(Optional.of("no conversions (action 'conversion') counted"), noCounts.cpa().undefinedReason());
        assertEquals(Optional.of("no leads (action 'lead') counted"), noCounts.cpl().undefinedReason());
        assertTrue(noCounts.plus(conversions).cpa().isDefined());
    }

    @Test
    void roiWithZeroCostsSaysTheCostsAreZero() {
        Figure roi = RoiSummary.of(eur("0"), eur("10")).roiPercent();
        assertEquals(Optional.of("total costs are 0 (no cost in this group)"), roi.undefinedReason());
        assertEquals(Optional.of("total costs are 0 (no cost in this group)"),
                RoiSummary.empty(Currency.getInstance("EUR")).roiPercent().undefinedReason());
    }

    @Test
    void cacAndCostPerNameTheAction() {
        assertEquals(Optional.of("no new customers (action 'new_customer') counted"),
                UNCATEGORISED.cac().undefinedReason());
        assertEquals(Optional.of("no demos (action 'demo') counted"), UNCATEGORISED.costPer("demo").undefinedReason());
        assertEquals(Optional.of("no sales (action 'sale') counted"), UNCATEGORISED.costPer("sale").undefinedReason());
        assertEquals("undefined EUR: no new customers (action 'new_customer') counted",
                UNCATEGORISED.cac().toString());
    }

    @Test
    void ltvToCacAndPaybackChainTheReason() {
        Figure clv = CustomerValue.of(eur("80"), new BigDecimal("3"), new BigDecimal("2.5")).clv();
        assertEquals(Optional.of("CAC is undefined: no new customers (action 'new_customer') counted"),
                UNCATEGORISED.ltvToCac(clv).undefinedReason());
        assertEquals(Optional.of("CAC is undefined: no new customers (action 'new_customer') counted"),
                UNCATEGORISED.paybackMonths(eur("20")).undefinedReason());
        RoiSummary customers = UNCATEGORISED.plusActions(ActionCount.NEW_CUSTOMER, 8);
        assertEquals(Optional.of("monthlyGrossMarginPerCustomer is 0: CAC is never paid back"),
                customers.paybackMonths(eur("0")).undefinedReason());
        // CAC 0 (customers without costs): LTV:CAC has no value
        RoiSummary free = RoiSummary.of(eur("0"), eur("0")).plusActions(ActionCount.NEW_CUSTOMER, 8);
        assertEquals(Optional.of("CAC is 0: total costs are 0 (no cost in this group)"),
                free.ltvToCac(clv).undefinedReason());
        Figure noOrders = CustomerValue.fromHistory(eur("0"), 0, 5, BigDecimal.ONE, BigDecimal.ONE).clv();
        assertEquals(Optional.of("no orders: average order value needs orders > 0"), noOrders.undefinedReason());
        assertEquals(Optional.of("CLV is undefined: no orders: average order value needs orders > 0"),
                customers.ltvToCac(noOrders).undefinedReason());
        Figure noCustomers = CustomerValue.fromHistory(eur("100"), 4, 0, BigDecimal.ONE, BigDecimal.ONE).clv();
        assertEquals(Optional.of("no customers: purchase frequency needs customers > 0"),
                noCustomers.undefinedReason());
        // defined: 600 / 250 = 2.4 with no reason
        assertEquals(Optional.empty(), customers.ltvToCac(clv).undefinedReason());
    }

    @Test
    void reasonsSurviveEveryGrouping() {
        LocalDate day = LocalDate.of(2026, 3, 10);
        Costs costs = Costs.in("EUR").plus(CostItem.of(CostCategory.STAFF_TIME, "manager", eur("300"), MARCH,
                Dimensions.of("channel", "instagram")));
        RoiCalculation roi = RoiCalculation.of(costs,
                Revenue.in("EUR").plus(eur("900"), day, Dimensions.of("channel", "instagram")));
        assertEquals(Optional.of(NO_AD_SPEND), roi.total().roas().undefinedReason());
        roi.by("channel").values().forEach(s -> assertEquals(Optional.of(NO_AD_SPEND), s.roas().undefinedReason()));
        roi.byPeriod(TimeGrain.WEEK).values()
                .forEach(s -> assertEquals(Optional.of(NO_AD_SPEND), s.roas().undefinedReason()));
    }
}
