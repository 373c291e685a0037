package org.kpisdk.core.roi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The worked example of docs/roi.md, line for line; keep the two in step. */
final class RoiDocExampleTest {
    @Test
    void workedExampleOfTheGuide() {
        // --- docs/roi.md, "A worked example" ---
        Dimensions insta = Dimensions.of("channel", "instagram");
        DateRange march = DateRange.parse("2026-03-01..2026-03-31");
        Costs costs = Costs.in("EUR")
                .plus(CostItem.staffTime("manager", new BigDecimal("40"), Money.of("35", "EUR"), march, insta))
                .plus(CostItem.adSpend(Money.of("500", "EUR"), march, insta))
                .plus(CostItem.subscription("scheduler", Money.of("100", "EUR"), march, Dimensions.empty()));
        Revenue revenue = Revenue.in("EUR").plus(Money.of("2500", "EUR"), LocalDate.of(2026, 3, 20), insta);
        RoiCalculation roi = RoiCalculation.of(costs, revenue)
                .withActions(List.of(ActionCount.of(ActionCount.LEAD, 80, LocalDate.of(2026, 3, 20), insta)));
        RoiSummary total = roi.total();
        Money totalCosts = total.totalCosts();
        BigDecimal roiPercent = total.roiPercent().rounded(2, RoundingMode.HALF_EVEN).orElseThrow();
        BigDecimal roas = total.roas().rounded(2, RoundingMode.HALF_EVEN).orElseThrow();
        Money cpl = total.cpl().toMoney(RoundingMode.HALF_EVEN).orElseThrow();
        Map<Dimensions, RoiSummary> byChannel = roi.by("channel");
        // --- end of the guide's code ---

        // 40 h × EUR 35 = 1400; + 500 ad spend + 100 tool = 2000
        assertEquals(Money.of("2000.00", "EUR"), totalCosts);
        // (2500 − 2000) × 100 / 2000 = 25
        assertEquals(new BigDecimal("25.00"), roiPercent);
        // 2500 / 500 = 5
        assertEquals(new BigDecimal("5.00"), roas);
        // media cost per lead: 500 ad spend / 80 = 6.25
        assertEquals(Money.of("6.25", "EUR"), cpl);
        // shared tool: costs 100, no revenue: −100 %
        RoiSummary shared = byChannel.get(Dimensions.empty());
        assertEquals(Money.of("100", "EUR"), shared.totalCosts());
        assertEquals(new BigDecimal("-100.00"), shared.roiPercent().rounded(2, RoundingMode.HALF_EVEN).orElseThrow());
        // instagram: costs 1900, revenue 2500: 600 × 100 / 1900 = 31.578947… → 31.58
        RoiSummary instagram = byChannel.get(insta);
        assertEquals(Money.of("1900", "EUR"), instagram.totalCosts());
        assertEquals(new BigDecimal("31.58"),
                instagram.roiPercent().rounded(2, RoundingMode.HALF_EVEN).orElseThrow());
        assertEquals(2, byChannel.size());
    }
}
