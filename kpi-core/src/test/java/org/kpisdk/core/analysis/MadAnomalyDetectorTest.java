package org.kpisdk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.analysis.AnomalyCheck.Verdict;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

final class MadAnomalyDetectorTest {
    private static final PeriodKey D1 = PeriodKey.parse("2026-03-01");
    /** 1/Φ⁻¹(3/4), with Φ⁻¹(3/4) = 0.67448975019608174320 (20-digit table, see NormalTest). */
    @SuppressWarnings("FloatingPointLiteralPrecision") // quoted with the table's 20 digits
    private static final double SCALE = 1 / 0.67448975019608174320;

    @Test
    void flagsASpikeByHand() {
        KpiSeries s = KpiSeries.of(D1, 10, 12, 11, 13, 12, 30, 12);
        List<AnomalyCheck> checks = MadAnomalyDetector.of(5, 3.0).check(s);
        assertEquals(7, checks.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(Verdict.INSUFFICIENT_HISTORY, checks.get(i).verdict(), "fewer than 3 values before");
            assertFalse(checks.get(i).score().isPresent());
        }
        // Day 4 (13): window {10, 12, 11}, median 11, |dev| {1, 1, 0}, MAD 1: score 2/1.4826.
        assertEquals(2 / SCALE, checks.get(3).score().getAsDouble(), 1e-12);
        assertEquals(Verdict.NORMAL, checks.get(3).verdict());
        // Day 5 (12): window {10, 12, 11, 13}, median 11.5, |dev| {1.5, 0.5, 0.5, 1.5}, MAD 1.
        assertEquals(0.5 / SCALE, checks.get(4).score().getAsDouble(), 1e-12);
        // Day 6 (30): window {10, 12, 11, 13, 12}, median 12, MAD 1: score 18/1.4826 > 3.
        assertEquals(18 / SCALE, checks.get(5).score().getAsDouble(), 1e-12);
        assertEquals(Verdict.HIGH, checks.get(5).verdict());
        assertTrue(checks.get(5).isAnomaly());
        assertEquals(OptionalDouble.of(12), checks.get(5).median());
        // Day 7 (12): the spike is in the window but cannot inflate the MAD: median 12, MAD 1, score 0.
        assertEquals(0.0, checks.get(6).score().getAsDouble());
        assertEquals(PeriodKey.parse("2026-03-07"), checks.get(6).period());
    }

    @Test
    void zeroSpreadUndefinedValuesAndDrops() {
        KpiSeries flat = KpiSeries.builder(TimeGrain.DAY).add(D1, 5).add(D1.plus(1), 5).add(D1.plus(2), 5)
                .add(D1.plus(3), 5).add(D1.plus(4), 6).addUndefined(D1.plus(5)).add(D1.plus(6), 1).build();
        List<AnomalyCheck> checks = MadAnomalyDetector.of(4, 3.0).check(flat);
        assertEquals(Verdict.NORMAL, checks.get(3).verdict(), "equal to the median of a flat window");
        assertEquals(OptionalDouble.of(0), checks.get(3).score());
        assertEquals(Verdict.HIGH, checks.get(4).verdict(), "any departure from a flat window");
        assertFalse(checks.get(4).score().isPresent(), "the score would be infinite");
        assertEquals(Verdict.UNDEFINED_VALUE, checks.get(5).verdict());
        // Day 7: window days 3–6 = {5, 5, 6, –}: median 5, MAD 0, value 1 is LOW.
        assertEquals(Verdict.LOW, checks.get(6).verdict());
    }

    @Test
    void minimumHistoryAndBadArguments() {
        KpiSeries s = KpiSeries.of(D1, 1, 2, 3);
        MadAnomalyDetector one = MadAnomalyDetector.of(2, 2.5).withMinimumHistory(1);
        assertEquals(1, one.minimumHistory());
        // Day 2: window {1}, median 1, MAD 0, value 2 differs: HIGH without a score.
        assertEquals(Verdict.HIGH, one.check(s).get(1).verdict());
        assertEquals(Verdict.INSUFFICIENT_HISTORY, MadAnomalyDetector.of(2, 2.5).check(s).get(1).verdict());
        assertEquals("window must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> MadAnomalyDetector.of(0, 3)).getMessage());
        for (double t : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertEquals("threshold must be finite and > 0, was " + t,
                    assertThrows(IllegalArgumentException.class, () -> MadAnomalyDetector.of(5, t)).getMessage());
        }
        assertEquals("minimumHistory must be in 1..window = 5, was 6", assertThrows(IllegalArgumentException.class,
                () -> MadAnomalyDetector.of(5, 3).withMinimumHistory(6)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> MadAnomalyDetector.of(5, 3).withMinimumHistory(0));
        assertThrows(NullPointerException.class, () -> MadAnomalyDetector.of(5, 3).check(null));
        assertTrue(MadAnomalyDetector.of(5, 3).check(KpiSeries.builder(TimeGrain.DAY).build()).isEmpty());
    }
}
