package org.kpisdk.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpisdk.core.value.Unit;

/**
 * A count over a count is either a share (a {@link Unit#RATIO}: 0.01 is 1 %) or an average per thing (a
 * {@link Unit#PER_UNIT}: 2.5 shares per post). The averages of the catalog (DOMAIN A.3 per-post variants, GA4's
 * engaged sessions per user, A.9's "count/rep") are declared PER_UNIT.
 */
final class HonestUnitsTest {
    @ParameterizedTest
    @CsvSource({
            "amplification_per_post, shares=10; posts=4, 2.5",
            "applause_per_post, likes=30; posts=4, 7.5",
            "conversation_per_post, comments=6; posts=4, 1.5",
            "requests_per_rep, requests_handled=90; average(reps)=4, 22.5",
            })
    void averagesPerThingArePerUnitAndKeepTheirValue(String id, String inputs, String expected) {
        MetricDefinition metric = StandardMetrics.catalog().require(id);
        assertEquals(Unit.PER_UNIT, metric.unit());
        MetricValue value = metric.evaluate(TestInputs.of(inputs));
        assertEquals(Unit.PER_UNIT, value.unit());
        assertEquals(0, new BigDecimal(expected).compareTo(value.value().orElseThrow()), value::toString);
    }

    @Test
    void exactlyTheFiveAveragesArePerUnit() {
        List<String> perUnit = new ArrayList<>();
        for (MetricDefinition m : StandardMetrics.all()) {
            if (m.unit() == Unit.PER_UNIT) {
                perUnit.add(m.id());
            }
        }
        assertEquals(List.of("amplification_per_post", "applause_per_post", "conversation_per_post",
                "engaged_sessions_per_user", "requests_per_rep"), perUnit);
        assertEquals(Unit.PER_UNIT, StandardMetrics.ENGAGED_SESSIONS_PER_USER.unit());
        // Shares stay ratios.
        assertEquals(Unit.RATIO, StandardMetrics.AMPLIFICATION_RATE.unit());
        assertEquals(Unit.RATIO, StandardMetrics.CTR.unit());
    }

    @Test
    void formulasInferARatioAndAcceptPerUnitWhenDeclared() {
        MetricDefinition inferred = MetricDefinition.builder("saves_per_post").expression("saves / posts",
                StandardMetrics.catalog());
        assertEquals(Unit.RATIO, inferred.unit());
        MetricDefinition declared = MetricDefinition.builder("saves_per_post").unit(Unit.PER_UNIT)
                .expression("saves / posts", StandardMetrics.catalog());
        assertEquals(Unit.PER_UNIT, declared.unit());
        // Money is not a count per thing.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MetricDefinition
                .builder("cost_per_post").unit(Unit.PER_UNIT).expression("cost / posts", StandardMetrics.catalog()));
        assertEquals("unit of metric 'cost_per_post' cannot be declared PER_UNIT: its formula gives MONEY",
                e.getMessage());
        // A per-unit metric in a formula combines like a ratio: a count times it is a count.
        MetricDefinition shares = MetricDefinition.builder("expected_shares")
                .expression("posts * amplification_per_post", StandardMetrics.catalog());
        assertEquals(Unit.COUNT, shares.unit());
    }
}
