package org.kpisdk.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.Unit;

/**
 * Every built-in metric kind says why its value is undefined: the input with no observation, the zero denominator,
 * the referenced metric that is undefined (its reason chained), the mean of rates without a defined rate.
 */
final class UndefinedReasonTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final MetricCatalog CATALOG = StandardMetrics.catalog();
    private static final MetricDefinition CTR = MetricDefinition.builder("my_ctr")
            .ratio(Input.of(StandardMeasures.AD_CLICKS), Input.of(StandardMeasures.IMPRESSIONS));

    private static InputValuesBuilder values() {
        return InputValues.builder().currency(StandardMeasures.COST, EUR);
    }

    private static String reason(MetricValue value) {
        assertFalse(value.isDefined(), () -> "expected an undefined value, was " + value);
        return value.undefinedReason().orElseThrow();
    }

    @Test
    void definedValuesHaveNoReason() {
        MetricValue v = CTR.evaluate(values().put(Input.of(StandardMeasures.AD_CLICKS), 40)
                .put(Input.of(StandardMeasures.IMPRESSIONS), 4000).build());
        assertTrue(v.isDefined());
        assertEquals(Optional.empty(), v.undefinedReason());
    }

    @Test
    void simpleMetricNamesTheMissingInput() {
        MetricDefinition clicks = MetricDefinition.builder("clicks").simple(Input.of(StandardMeasures.AD_CLICKS));
        assertEquals("no observation of 'ad_clicks'", reason(clicks.evaluate(values().build())));
        MetricDefinition firstFollowers = MetricDefinition.builder("first_followers")
                .simple(Input.of(StandardMeasures.FOLLOWERS, GaugeReduction.FIRST));
        assertEquals("no observation of 'first(followers)'", reason(firstFollowers.evaluate(values().build())));
    }

    @Test
    void ratioNamesTheZeroDenominatorAndKeepsTheRatio() {
        MetricValue v = CTR.evaluate(values().put(Input.of(StandardMeasures.AD_CLICKS), 40)
                .put(Input.of(StandardMeasures.IMPRESSIONS), 0).build());
        assertEquals("denominator impressions = 0", reason(v));
        assertEquals(Optional.of(Ratio.of(40, 0)), v.ratio());
        assertEquals("undefined (40/0): denominator impressions = 0", v.toString());
    }

    @Test
    void ratioNamesTheMissingNumeratorOrDenominator() {
        assertEquals("no observation of 'ad_clicks'",
                reason(CTR.evaluate(values().put(Input.of(StandardMeasures.IMPRESSIONS), 10).build())));
        assertEquals("no observation of 'impressions'",
                reason(CTR.evaluate(values().put(Input.of(StandardMeasures.AD_CLICKS), 10).build())));
    }

    @Test
    void moneyQuotientNamesTheZeroDenominator() {
        MetricValue cpc = StandardMetrics.AVG_CPC.evaluate(values().put(Input.of(StandardMeasures.COST), 12)
                .put(Input.of(StandardMeasures.AD_CLICKS), 0).build());
        assertEquals(Unit.MONEY, cpc.unit());
        assertEquals("denominator ad_clicks = 0", reason(cpc));
        MetricValue cpl = StandardMetrics.CPL.evaluate(values().put(Input.of(StandardMeasures.COST), 12).build());
        assertEquals("no observation of 'leads'", reason(cpl));
    }

    @Test
    void meanOfRatesNamesTheRowsWithoutARate() {
        MetricDefinition err = MetricDefinition.builder("avg_err")
                .meanOfRates(StandardMeasures.LIKES, StandardMeasures.IMPRESSIONS);
        Input sum = Input.rateSum(StandardMeasures.LIKES, StandardMeasures.IMPRESSIONS);
        Input count = Input.rateCount(StandardMeasures.LIKES, StandardMeasures.IMPRESSIONS);
        assertEquals("no row carries both 'likes' and 'impressions'", reason(err.evaluate(values().build())));
        assertEquals("denominator impressions = 0 in every row carrying 'likes'",
                reason(err.evaluate(values().put(sum, 0).put(count, 0).build())));
        MetricDefinition expr = MetricDefinition.builder("avg_err_expr")
                .expression("mean_of_rates(likes, impressions)", CATALOG);
        assertEquals("denominator impressions = 0 in every row carrying 'likes'",
                reason(expr.evaluate(values().put(sum, 0).put(count, 0).build())));
    }

    @Test
    void expressionNamesTheInputOrTheDenominatorItStoppedAt() {
        MetricDefinition er = MetricDefinition.builder("er")
                .expression("(likes + comments) / impressions", CATALOG);
        InputValues zero = values().put(Input.of(StandardMeasures.LIKES), 3)
                .put(Input.of(StandardMeasures.COMMENTS), 1).put(Input.of(StandardMeasures.IMPRESSIONS), 0).build();
        assertEquals("undefined (4/0): denominator impressions = 0", er.evaluate(zero).toString());
        InputValues noComments = values().put(Input.of(StandardMeasures.LIKES), 3)
                .put(Input.of(StandardMeasures.IMPRESSIONS), 9).build();
        assertEquals("no observation of 'comments'", reason(er.evaluate(noComments)));

        MetricDefinition nested = MetricDefinition.builder("nested")
                .expression("likes / (impressions - comments) * 100", CATALOG);
        InputValues cancel = values().put(Input.of(StandardMeasures.LIKES), 3)
                .put(Input.of(StandardMeasures.COMMENTS), 5).put(Input.of(StandardMeasures.IMPRESSIONS), 5).build();
        assertEquals("denominator (impressions - comments) = 0", reason(nested.evaluate(cancel)));
    }

    @Test
    void referencedMetricChainsItsReason() {
        MetricDefinition ctrPercent = MetricDefinition.builder("ctr_percent").expression("ctr * 100", CATALOG);
        InputValues zero = values().put(Input.of(StandardMeasures.AD_CLICKS), 4)
                .put(Input.of(StandardMeasures.IMPRESSIONS), 0).build();
        assertEquals("metric ctr is undefined: denominator impressions = 0", reason(ctrPercent.evaluate(zero)));
        MetricCatalog withPercent = MetricCatalog.builder().addAll(CATALOG).add(ctrPercent).build();
        MetricDefinition twice = MetricDefinition.builder("twice").expression("ctr_percent + ctr", withPercent);
        assertEquals("metric ctr_percent is undefined: metric ctr is undefined: denominator impressions = 0",
                reason(twice.evaluate(zero)));
    }

    @Test
    void coalescedInputIsNeverTheReason() {
        MetricDefinition leadRate = MetricDefinition.builder("lead_rate")
                .expression("coalesce(leads, 0) / sessions", CATALOG);
        MetricValue zero = leadRate.evaluate(values().put(Input.of(StandardMeasures.SESSIONS), 5).build());
        assertEquals(Optional.of(Ratio.of(0, 5)), zero.ratio(), "missing leads count as 0");
        assertEquals("no observation of 'sessions'", reason(leadRate.evaluate(values().build())));
    }

    @Test
    void reasonTakesPartInEquality() {
        MetricValue a = MetricValue.undefined(Unit.RATIO, "no observation of 'leads'");
        MetricValue b = MetricValue.undefined(Unit.RATIO, "no observation of 'leads'");
        MetricValue c = MetricValue.undefined(Unit.RATIO, "denominator impressions = 0");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertEquals(Optional.of(MetricValue.NO_REASON), MetricValue.undefined(Unit.RATIO).undefinedReason());
    }

    @Test
    void blankReasonIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MetricValue.undefined(Unit.RATIO, " "));
        assertEquals("reason must not be blank, was ' '", e.getMessage());
        assertThrows(NullPointerException.class, () -> MetricValue.undefined(Unit.RATIO, null));
    }
}
