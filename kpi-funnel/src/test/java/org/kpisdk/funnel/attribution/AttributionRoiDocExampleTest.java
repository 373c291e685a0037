package org.kpisdk.funnel.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.roi.CostItem;
import org.kpisdk.core.roi.Costs;
import org.kpisdk.core.roi.DateRange;
import org.kpisdk.core.roi.RoiCalculation;
import org.kpisdk.core.roi.RoiSummary;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

/** The "Attribution into ROI" example of docs/roi.md and docs/attribution.md, line for line; keep them in step. */
final class AttributionRoiDocExampleTest {
    private static final Dimensions SEARCH = Dimensions.of("channel", "search");
    private static final Dimensions SOCIAL = Dimensions.of("channel", "social");

    @Test
    void anyModelsResultIsTheRevenueOfAnRoiCalculation() {
        // --- docs/roi.md and docs/attribution.md, "Attribution into ROI" ---
        Dimensions search = Dimensions.of("channel", "search");
        Dimensions social = Dimensions.of("channel", "social");
        Instant march5 = Instant.parse("2026-03-05T10:00:00Z");
        Instant april1 = Instant.parse("2026-04-01T10:00:00Z");
        JourneySet journeys = JourneySet.of(Currency.getInstance("EUR"), List.of(
                Journey.converted("c-1", List.of(Touchpoint.of("social", march5.minusSeconds(86_400), "spring"),
                        Touchpoint.of("search", march5)), march5, Money.of("300", "EUR")),
                Journey.converted("c-2", List.of(Touchpoint.of("search", april1)), april1, Money.of("200", "EUR"))));
        Costs costs = Costs.in("EUR")
                .plus(CostItem.adSpend(Money.of("100", "EUR"), DateRange.parse("2026-03-01..2026-04-30"), search))
                .plus(CostItem.adSpend(Money.of("150", "EUR"), DateRange.parse("2026-03-01..2026-03-31"), social));
        RoiCalculation first = RoiCalculation.of(costs, AttributionModel.firstTouch().attribute(journeys));
        RoiCalculation linear = RoiCalculation.of(costs, AttributionModel.linear().attribute(journeys));
        Map<Dimensions, RoiSummary> byChannel = linear.by("channel");      // search 350, social 150
        Map<Dimensions, RoiSummary> byCampaign = first.by("channel", "campaign");   // social/spring 300
        Map<PeriodKey, RoiSummary> byMonth = linear.byPeriod(TimeGrain.MONTH);    // March 300, April 200
        // --- end of the guide's code ---

        // linear: c-1's 300 split 150 / 150, c-2's 200 to search
        assertEquals(Money.of("350", "EUR"), byChannel.get(SEARCH).attributedRevenue());
        assertEquals(Money.of("150", "EUR"), byChannel.get(SOCIAL).attributedRevenue());
        // social ROAS under linear: 150 / 150 ad spend = 1; search 350 / 100 = 3.5
        assertEquals(0, byChannel.get(SOCIAL).roas().rounded(2, RoundingMode.UNNECESSARY).orElseThrow()
                .compareTo(BigDecimal.ONE));
        assertEquals("3.50x", byChannel.get(SEARCH).roas().toString());
        // first touch: c-1 to social in campaign spring, c-2 to search
        assertEquals(Money.of("300", "EUR"), byCampaign.get(SOCIAL.and("campaign", "spring")).attributedRevenue());
        assertEquals(Money.of("200", "EUR"), byCampaign.get(SEARCH).attributedRevenue());
        // per month, under both models: March 300, April 200
        assertEquals(Money.of("300", "EUR"), byMonth.get(PeriodKey.parse("2026-03")).attributedRevenue());
        assertEquals(Money.of("200", "EUR"), byMonth.get(PeriodKey.parse("2026-04")).attributedRevenue());
        assertEquals(Money.of("300", "EUR"), first.byPeriod(TimeGrain.MONTH).get(PeriodKey.parse("2026-03"))
                .attributedRevenue());
        // Markov plugs in the same way; every model's revenue totals 500
        assertEquals(Money.of("500", "EUR"), RoiCalculation.of(costs, AttributionModel.markov().attribute(journeys))
                .total().attributedRevenue());
    }
}
