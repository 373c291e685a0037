package org.kpisdk.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Ratio;

final class PartialInputsTest {
    @Test
    void mergedPartialsGiveTheRatioOfSums() {
        PartialInputs monday = PartialInputs.of(StandardMetrics.CTR, TestInputs.of("ad_clicks=30; impressions=1000"));
        PartialInputs tuesday = PartialInputs.of(StandardMetrics.CTR, TestInputs.of("ad_clicks=10; impressions=3000"));
        // (30 + 10) / (1000 + 3000) = 1%, not the 1.67% mean of 3% and 0.33%
        assertEquals(Ratio.of(40, 4000),
                StandardMetrics.CTR.evaluate(monday.plus(tuesday).values()).ratio().orElseThrow());
        assertSame(monday, monday.plus(PartialInputs.empty()));
        assertEquals(monday.plus(tuesday), tuesday.plus(monday));
    }

    @Test
    void distinctCountsAreNotMergedFromSumsUnlessAskedFor() {
        PartialInputs a = PartialInputs.of(StandardMetrics.ENGAGEMENT_RATE_BY_REACH,
                TestInputs.of("likes=5; comments=0; shares=1; reach=100"));
        PartialInputs b = PartialInputs.of(StandardMetrics.ENGAGEMENT_RATE_BY_REACH,
                TestInputs.of("likes=3; comments=1; shares=0; reach=80"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> a.plus(b));
        assertTrue(e.getMessage().contains("'reach'") && e.getMessage().contains("distinct count")
                && e.getMessage().contains("plusSummingDistinctCounts"), e.getMessage());
        PartialInputs approx = a.plusSummingDistinctCounts(b);
        assertTrue(approx.isApproximate());
        assertEquals(0, BigDecimal.valueOf(180).compareTo(approx.sum(Input.of(StandardMeasures.REACH)).orElseThrow()));
        assertFalse(a.isApproximate());
        // merging with an empty part is exact: nothing is re-aggregated
        assertEquals(a, a.plus(PartialInputs.empty()));
        assertEquals(a, PartialInputs.empty().plus(a));
    }

    @Test
    void currencyMixIsRefused() {
        PartialInputs eur = PartialInputs.of(StandardMetrics.CPA, TestInputs.of("cost=10; conversions=1"));
        InputValues usdValues = InputValues.builder().put(Input.of(StandardMeasures.COST), 5)
                .currency(StandardMeasures.COST, java.util.Currency.getInstance("USD")).build();
        PartialInputs usd = PartialInputs.of(StandardMetrics.CPA, usdValues);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> eur.plus(usd));
        assertTrue(e.getMessage().contains("Currency mismatch: EUR vs USD"), e.getMessage());
    }
}
