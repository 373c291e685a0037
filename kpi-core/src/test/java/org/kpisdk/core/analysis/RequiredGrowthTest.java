package org.kpisdk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.analysis.RequiredGrowth.Achievability;
import org.kpisdk.core.value.Direction;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

final class RequiredGrowthTest {
    private static final PeriodKey JAN = PeriodKey.parse("2026-01");
    /** Growth rates 0.05, −1/21, 0.3, 0, 0.1; median 0.05. */
    private static final KpiSeries HISTORY = KpiSeries.of(JAN, 100, 105, 100, 130, 130, 143);

    @Test
    void requiredRateByHand() {
        assertEquals(0.2, RequiredGrowth.requiredRate(100, 144, 2), 1e-15);          // 1.2² = 1.44
        assertEquals(Math.pow(2, 1.0 / 12) - 1, RequiredGrowth.requiredRate(1_000, 2_000, 12), 1e-15);
        assertEquals(-0.1, RequiredGrowth.requiredRate(100, 81, 2), 1e-15);          // 0.9² = 0.81
        assertEquals(0.0, RequiredGrowth.requiredRate(7, 7, 3));
    }

    @Test
    void judgedAgainstTheHistoryWhenHigherIsBetter() {
        RequiredGrowth stretch = RequiredGrowth.assess(100, 144, 2, HISTORY, Direction.HIGHER_IS_BETTER);
        assertEquals(5, stretch.historicalRates());
        assertEquals(0.05, stretch.historicalMedian().getAsDouble(), 1e-15);
        assertEquals(OptionalDouble.of(0.2), stretch.shareOfPeriodsAsGood(), "only 0.3 >= 0.2: 1 of 5");
        assertEquals(Achievability.STRETCH, stretch.achievability());
        RequiredGrowth easy = RequiredGrowth.assess(100, 104, 2, HISTORY, Direction.HIGHER_IS_BETTER);
        assertEquals(OptionalDouble.of(0.6), easy.shareOfPeriodsAsGood(), "0.05, 0.3, 0.1 >= 1.98%");
        assertEquals(Achievability.ACHIEVABLE, easy.achievability());
        assertEquals(Achievability.UNLIKELY,
                RequiredGrowth.assess(100, 400, 2, HISTORY, Direction.HIGHER_IS_BETTER).achievability());
        assertEquals(Achievability.ALREADY_MET,
                RequiredGrowth.assess(100, 90, 2, HISTORY, Direction.HIGHER_IS_BETTER).achievability());
    }

    @Test
    void mirroredWhenLowerIsBetter() {
        // −10% a period: no historical rate is that low.
        assertEquals(Achievability.UNLIKELY,
                RequiredGrowth.assess(100, 81, 2, HISTORY, Direction.LOWER_IS_BETTER).achievability());
        // −1%: only −1/21 <= −0.01, 1 of 5.
        RequiredGrowth small = RequiredGrowth.assess(100, 99, 1, HISTORY, Direction.LOWER_IS_BETTER);
        assertEquals(OptionalDouble.of(0.2), small.shareOfPeriodsAsGood());
        assertEquals(Achievability.STRETCH, small.achievability());
        assertEquals(Achievability.ALREADY_MET,
                RequiredGrowth.assess(100, 120, 2, HISTORY, Direction.LOWER_IS_BETTER).achievability());
    }

    @Test
    void undefinedGapsAndNonPositiveValuesAreSkipped() {
        // 0 → 5 (from zero: skipped), 5 → – (undefined), – → 6, 6 → (missing) → 9 (not consecutive), 9 → 9.9.
        KpiSeries s = KpiSeries.builder(TimeGrain.MONTH).add(JAN, 0).add(JAN.plus(1), 5).addUndefined(JAN.plus(2))
                .add(JAN.plus(3), 6).add(JAN.plus(5), 9).add(JAN.plus(6), 9.9).build();
        RequiredGrowth g = RequiredGrowth.assess(10, 11, 1, s, Direction.HIGHER_IS_BETTER);
        assertEquals(1, g.historicalRates());
        assertEquals(0.1, g.historicalMedian().getAsDouble(), 1e-12);
        assertEquals(Achievability.INSUFFICIENT_HISTORY, g.achievability());
        RequiredGrowth none = RequiredGrowth.assess(10, 11, 1, KpiSeries.of(JAN), Direction.HIGHER_IS_BETTER);
        assertFalse(none.historicalMedian().isPresent());
        assertFalse(none.shareOfPeriodsAsGood().isPresent());
    }

    @Test
    void refusesBadInputNamingTheRule() {
        assertEquals("baseline must be finite and > 0 for compound growth, was 0.0", assertThrows(
                IllegalArgumentException.class, () -> RequiredGrowth.requiredRate(0, 10, 3)).getMessage());
        assertEquals("target must be finite and > 0 for compound growth, was -1.0", assertThrows(
                IllegalArgumentException.class, () -> RequiredGrowth.requiredRate(5, -1, 3)).getMessage());
        assertEquals("periods must be >= 1, was 0", assertThrows(
                IllegalArgumentException.class, () -> RequiredGrowth.requiredRate(5, 10, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RequiredGrowth.requiredRate(Double.NaN, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> RequiredGrowth.requiredRate(1e-300, 1e300, 1));
        assertEquals("direction must be HIGHER_IS_BETTER or LOWER_IS_BETTER to judge a growth target, was NEUTRAL",
                assertThrows(IllegalArgumentException.class,
                        () -> RequiredGrowth.assess(1, 2, 1, HISTORY, Direction.NEUTRAL)).getMessage());
        assertThrows(NullPointerException.class, () -> RequiredGrowth.assess(1, 2, 1, null, Direction.NEUTRAL));
    }
}
