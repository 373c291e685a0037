package org.kpisdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.FormulaException;
import org.kpisdk.core.metric.Input;
import org.kpisdk.core.metric.InputValues;
import org.kpisdk.core.metric.MetricCatalog;
import org.kpisdk.core.metric.MetricDefinition;
import org.kpisdk.core.metric.MetricValue;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.metric.StandardMetrics;
import org.kpisdk.core.roi.CostItem;
import org.kpisdk.core.roi.Costs;
import org.kpisdk.core.roi.DateRange;
import org.kpisdk.core.roi.Revenue;
import org.kpisdk.core.roi.RoiCalculation;
import org.kpisdk.core.roi.RoiSummary;
import org.kpisdk.core.value.Dimensions;
import org.kpisdk.core.value.Direction;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.Unit;
import org.kpisdk.testkit.MetricContract;

/** The code of README.md, statement for statement, with the results its comments promise; keep the two in step. */
class ReadmeExamplesTest {
    @Test
    void firstExample() {
        MetricDefinition ctr = MetricDefinition.builder("ctr")
                .name("Click-through rate")
                .ratio(Input.of(StandardMeasures.AD_CLICKS), Input.of(StandardMeasures.IMPRESSIONS));

        Ratio monday = Ratio.of(30, 1_000);
        Ratio tuesday = Ratio.of(10, 3_000);
        Ratio week = monday.plus(tuesday);
        Money spend = Money.parse("EUR 1200.00").plus(Money.of("35.50", "EUR"));
        IllegalArgumentException mix = assertThrows(IllegalArgumentException.class,
                () -> spend.plus(Money.of("1", "USD")));

        assertEquals(Ratio.of(40, 4_000), week);
        assertEquals(0.01, week.value().orElseThrow(), 0.0);
        assertEquals(OptionalDouble.empty(), Ratio.empty().value());
        assertEquals("EUR 1235.50", spend.toString());
        assertEquals("Currency mismatch: EUR vs USD", mix.getMessage());
        // and the ctr definition reads the two sums: 40 clicks over 4,000 impressions
        MetricValue value = ctr.evaluate(InputValues.builder()
                .put(Input.of(StandardMeasures.AD_CLICKS), 40).put(Input.of(StandardMeasures.IMPRESSIONS), 4_000)
                .build());
        assertEquals(0, new BigDecimal("0.01").compareTo(value.value().orElseThrow()));
    }

    @Test
    void defineYourOwnMetric() {
        BaseMeasure storyReplies = BaseMeasure.additive("story_replies", Unit.COUNT);
        MetricCatalog catalog = StandardMetrics.catalog().with(storyReplies);
        MetricDefinition saveRate = MetricDefinition.builder("save_rate")
                .name("Save rate")
                .direction(Direction.HIGHER_IS_BETTER)
                .expression("(saves + coalesce(story_replies, 0)) / impressions", catalog);
        assertEquals(Unit.RATIO, saveRate.unit());
        catalog = catalog.toBuilder().add(saveRate).build();

        assertEquals(saveRate, catalog.require("save_rate"));
        MetricContract.verify(saveRate, catalog, 200);
        MetricCatalog withReplies = catalog;
        FormulaException typo = assertThrows(FormulaException.class, () -> MetricDefinition.builder("x")
                .expression("(saves + story_repiles) / impressions", withReplies));
        assertTrue(typo.getMessage().startsWith("unknown reference"), typo.getMessage());
        assertTrue(typo.getMessage().contains("position 9 ('story_repiles')"), typo.getMessage());
    }

    @Test
    void roiInAFewLines() {
        Dimensions insta = Dimensions.of("channel", "instagram");
        DateRange march = DateRange.parse("2026-03-01..2026-03-31");
        Costs costs = Costs.in("EUR")
                .plus(CostItem.staffTime("manager", new BigDecimal("40"), Money.of("35", "EUR"), march, insta))
                .plus(CostItem.adSpend(Money.of("500", "EUR"), march, insta))
                .plus(CostItem.subscription("scheduler", Money.of("100", "EUR"), march, Dimensions.empty()));
        Revenue revenue = Revenue.in("EUR").plus(Money.of("2500", "EUR"), LocalDate.of(2026, 3, 20), insta);
        RoiSummary total = RoiCalculation.of(costs, revenue).total();

        assertEquals(Money.of("2000.00", "EUR"), total.totalCosts());                // 40 × 35 + 500 + 100
        assertEquals(Optional.of(new BigDecimal("25.00")), total.roiPercent().rounded(2, RoundingMode.HALF_EVEN));
        assertEquals(Optional.of(new BigDecimal("5.00")), total.roas().rounded(2, RoundingMode.HALF_EVEN));
    }
}
