package org.kpisdk.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpisdk.core.value.Direction;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.Unit;

final class ExpressionMetricTest {
    private static final MetricCatalog CATALOG = StandardMetrics.catalog();

    private static MetricDefinition expr(String formula) {
        return MetricDefinition.builder("custom").expression(formula, CATALOG);
    }

    @Test
    void engagementRateFromTextIsARatioOfSums() {
        MetricDefinition er = expr("(likes + comments + shares) / impressions");
        assertEquals(Unit.RATIO, er.unit());
        assertEquals(List.of(Input.of(StandardMeasures.LIKES), Input.of(StandardMeasures.COMMENTS),
                Input.of(StandardMeasures.SHARES), Input.of(StandardMeasures.IMPRESSIONS)), er.inputs());
        // (10 + 5 + 5) / 400 = 20/400 = 0.05, kept as the exact ratio of the two sums
        MetricValue v = er.evaluate(TestInputs.of("likes=10; comments=5; shares=5; impressions=400"));
        assertEquals(Ratio.of(20, 400), v.ratio().orElseThrow());
        assertEquals(0, new BigDecimal("0.05").compareTo(v.value().orElseThrow()));
    }

    @ParameterizedTest(name = "{0} has unit {1}")
    @CsvSource({
        "cost / ad_clicks, MONEY",
        "ad_clicks / impressions, RATIO",
        "cost / conversion_value, RATIO",
        "session_duration_s / sessions, DURATION",
        "cost * 2 + cost, MONEY",
        "likes * 3, COUNT",
        "1 - ctr, RATIO",
        "ctr * impressions, COUNT",
        "cpa * conversions, MONEY",
        "first(followers) + last(followers), COUNT",
        "'mean_of_rates(likes, impressions)', RATIO",
    })
    void unitsAreInferred(String formula, Unit unit) {
        assertEquals(unit, expr(formula).unit());
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource(delimiter = '|', value = {
        "cost + clicks_total        | 7  | clicks_total | unknown reference",
        "cost + likes               | 5  | +            | cannot add or subtract MONEY and COUNT",
        "likes / cost               | 6  | /            | COUNT / MONEY has no unit",
        "cost * cost                | 5  | *            | MONEY * MONEY has no unit",
        "cost + 1                   | 5  | +            | plain number and MONEY",
        "ctr + likes                | 4  | +            | RATIO and COUNT",
        "first(impressions)         | 6  | impressions  | applies to gauges",
        "first(ctr)                 | 6  | ctr          | needs a base measure",
        "coalesce(leads, 1)         | 16 | 1            | must be the number 0",
        "coalesce(ctr, 0)           | 9  | ctr          | not to the metric",
        "coalesce(1 + leads, 0)     | 11 | 1 + leads    | applies to a measure",
        "median(leads)              | 0  | median       | unknown function",
        "first(followers, reps)     | 0  | first        | takes 1 argument",
        "2 * 3                      | 0  | 2 * 3        | references no measure",
    })
    void badFormulasNamePositionAndToken(String formula, int position, String token, String problem) {
        FormulaException e = assertThrows(FormulaException.class, () -> expr(formula));
        assertEquals(position, e.position(), e.getMessage());
        assertEquals(token, e.token(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void nullPolicyPropagates() {
        MetricDefinition strict = expr("leads / sessions");
        MetricDefinition lenient = expr("coalesce(leads, 0) / sessions");
        InputValues noLeads = TestInputs.of("sessions=50");
        assertFalse(strict.evaluate(noLeads).isDefined(), "absent leads make the ratio undefined");
        assertEquals(Ratio.of(0, 50), lenient.evaluate(noLeads).ratio().orElseThrow(), "leads count as 0");
        assertEquals(NullPolicy.ZERO, lenient.inputs().get(0).nullPolicy());
        // a derived metric that refers to a metric is undefined when the referenced metric is
        MetricDefinition derived = expr("ctr * 100");
        assertFalse(derived.evaluate(TestInputs.of("ad_clicks=3")).isDefined());
        assertEquals(0, BigDecimal.valueOf(5).compareTo(
                derived.evaluate(TestInputs.of("ad_clicks=3; impressions=60")).value().orElseThrow()));   // 3/60*100
    }

    @Test
    void divisionByZeroIsUndefinedAnywhereInTheTree() {
        MetricDefinition f = expr("likes / impressions + 1");
        assertFalse(f.evaluate(TestInputs.of("likes=3; impressions=0")).isDefined());
        MetricDefinition money = expr("cost / conversions");
        MetricValue v = money.evaluate(TestInputs.of("cost=10; conversions=0"));
        assertFalse(v.isDefined());
        assertEquals(Unit.MONEY, v.unit());
    }

    @Test
    void moneyKeepsItsCurrencyAndRefusesMixes() {
        MetricValue cpm = StandardMetrics.CPM.evaluate(TestInputs.of("cost=12.34; impressions=1000"));
        assertEquals("EUR 12.34", cpm.money().orElseThrow().toString());   // 1000 x 12.34 / 1000
        InputValues mixed = InputValues.builder()
                .put(Input.of(StandardMeasures.CONVERSION_VALUE), 100).currency(StandardMeasures.CONVERSION_VALUE,
                        Currency.getInstance("USD"))
                .put(Input.of(StandardMeasures.COST), 10).currency(StandardMeasures.COST, Currency.getInstance("EUR"))
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StandardMetrics.ROAS.evaluate(mixed));
        assertTrue(e.getMessage().contains("Currency mismatch: USD vs EUR"), e.getMessage());
    }

    @Test
    void meanOfRatesInAnExpressionMatchesTheBuilderKind() {
        MetricDefinition built = MetricDefinition.builder("custom").meanOfRates(StandardMeasures.LIKES,
                StandardMeasures.IMPRESSIONS);
        MetricDefinition parsed = expr(built.formula());
        InputValues v = TestInputs.of("rate_sum(likes, impressions)=0.3; rate_count(likes, impressions)=4");
        assertEquals(built.evaluate(v), parsed.evaluate(v));
        assertEquals(0, new BigDecimal("0.075").compareTo(parsed.evaluate(v).value().orElseThrow()));   // 0.3 / 4
    }

    @Test
    void formulaRoundTripsToAnEqualDefinition() {
        MetricDefinition m = MetricDefinition.builder("nps_like").name("NPS-like").direction(Direction.HIGHER_IS_BETTER)
                .unit(Unit.SCORE).expression("100*(nps_promoters-nps_detractors)/(nps_promoters+nps_passives"
                        + "+nps_detractors)", CATALOG);
        MetricDefinition back = MetricDefinition.builder(m.info()).expression(m.formula(), CATALOG);
        assertEquals(m, back);
        assertEquals(m.hashCode(), back.hashCode());
        assertEquals("nps_like = 100 * (nps_promoters - nps_detractors) / (nps_promoters + nps_passives + "
                + "nps_detractors)", m.toString());
        assertNotEquals(m, MetricDefinition.builder(m.info()).expression("nps_promoters / nps_passives", CATALOG));
    }

    @Test
    void declaredUnitMustFitTheInferredOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MetricDefinition.builder("x").unit(Unit.MONEY).expression("likes / impressions", CATALOG));
        assertTrue(e.getMessage().contains("cannot be declared MONEY"), e.getMessage());
    }

    @Test
    void javaCodeMetricsUseTheSameInterface() {
        MetricDefinition twice = new MetricDefinition() {
            private final MetricInfo info = new MetricInfo("double_ctr", "Twice CTR", Unit.RATIO,
                    Direction.HIGHER_IS_BETTER, ValueRange.unbounded(), "", "");

            @Override
            public MetricInfo info() {
                return info;
            }

            @Override
            public List<Input> inputs() {
                return StandardMetrics.CTR.inputs();
            }

            @Override
            public MetricValue evaluate(InputValues values) {
                MetricValue ctr = StandardMetrics.CTR.evaluate(values);
                return ctr.value().map(v -> MetricValue.of(Unit.RATIO, v.multiply(BigDecimal.valueOf(2))))
                        .orElse(MetricValue.undefined(Unit.RATIO));
            }
        };
        MetricCatalog catalog = CATALOG.toBuilder().add(twice).build();
        MetricDefinition half = MetricDefinition.builder("half").expression("double_ctr / 2", catalog);
        InputValues v = TestInputs.of("ad_clicks=3; impressions=60");
        assertEquals(StandardMetrics.CTR.evaluate(v).value().orElseThrow().compareTo(
                half.evaluate(v).value().orElseThrow()), 0);
    }

    @Test
    void coalescedMissingMoneyNeedsNoCurrency() {
        MetricDefinition spend = expr("cost + coalesce(total_costs, 0)");
        // 12.50 + 0: total_costs is missing and has no declared currency; the result keeps cost's EUR
        assertEquals("EUR 12.50", spend.evaluate(TestInputs.of("cost=12.50")).money().orElseThrow().toString());
        InputValues noCurrency = InputValues.builder().put(Input.of(StandardMeasures.COST), 5).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> spend.evaluate(noCurrency));
        assertTrue(e.getMessage().contains("currency of money measure 'cost' is not declared"), e.getMessage());
    }
}
