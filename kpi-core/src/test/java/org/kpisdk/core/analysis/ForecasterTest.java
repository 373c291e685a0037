package org.kpisdk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

final class ForecasterTest {
    private static final PeriodKey JAN = PeriodKey.parse("2026-01");

    @Test
    void linearTrendByHand() {
        // y = 2.1, 3.9, 6.2, 7.8 at x = 0..3: slope 1.94, intercept 2.09 (see LinearFitTest, shifted by one).
        KpiSeries s = KpiSeries.of(JAN, 2.1, 3.9, 6.2, 7.8);
        LinearFit fit = LinearTrendForecaster.fit(s);
        assertEquals(1.94, fit.slope(), 1e-12);
        assertEquals(2.09, fit.intercept(), 1e-12);
        Forecast f = Forecaster.linearTrend().forecast(s, 2, 0.95);
        assertEquals("linear_trend", f.method());
        assertEquals(List.of(PeriodKey.parse("2026-05"), PeriodKey.parse("2026-06")),
                List.of(f.points().get(0).period(), f.points().get(1).period()));
        assertEquals(9.85, f.points().get(0).value(), 1e-12);
        assertEquals(11.79, f.points().get(1).value(), 1e-12);
        // x = 4: ŷ ± t(2) · √0.041 · √(1 + 1/4 + 2.5²/5), t(2; 0.975) = 0.95/√(2·0.975·0.025).
        double half = 0.95 / Math.sqrt(2 * 0.975 * 0.025) * Math.sqrt(0.041 * 2.5);
        assertEquals(9.85 - half, f.points().get(0).interval().lower(), 1e-10);
        assertTrue(f.points().get(1).interval().width() > f.points().get(0).interval().width());
    }

    @Test
    void linearTrendSkipsUndefinedValuesAndKeepsPeriodPositions() {
        // 2, –, 6, 8 at x = 0, 2, 3 lie on y = 2 + 2x: the gap must not shift x.
        KpiSeries s = KpiSeries.builder(TimeGrain.MONTH).add(JAN, 2).addUndefined(JAN.plus(1)).add(JAN.plus(2), 6)
                .add(JAN.plus(3), 8).build();
        Forecast f = Forecaster.linearTrend().forecast(s, 1, 0.9);
        assertEquals(10.0, f.points().get(0).value(), 1e-12);
        assertEquals(0.0, f.points().get(0).interval().width(), 1e-12);
    }

    @Test
    void holtByHand() {
        // alpha = beta = 0.5 on 10, 12, 15, 15: level 12, trend 2 after the first two values;
        // 15: forecast 14, e = 1, level 14.5, trend 2 + 0.25·1 = 2.25;
        // 15: forecast 16.75, e = −1.75, level 15.875, trend 2.25 − 0.4375 = 1.8125.
        // σ² = (1 + 3.0625)/2 = 2.03125; forecasts 17.6875 and 19.5;
        // σ₂² = σ²[1 + (α² + α·b·2 + b²·2·3/6)] with b = αβ = 0.25: 2.03125 · 1.5625.
        KpiSeries s = KpiSeries.of(JAN, 10, 12, 15, 15);
        Forecast f = Forecaster.holt(0.5, 0.5).forecast(s, 2, 0.95);
        assertArrayEquals(new double[] {17.6875, 19.5}, f.values(), 1e-12);
        double z = 1.959963984540054;
        assertEquals(z * Math.sqrt(2.03125), f.points().get(0).interval().upper() - 17.6875, 1e-12);
        assertEquals(z * Math.sqrt(2.03125 * 1.5625), f.points().get(1).interval().upper() - 19.5, 1e-12);
        assertEquals("holt(alpha=0.5, beta=0.5)", f.method());
    }

    @Test
    void holtAdvancesWithoutCorrectionOverUndefinedAndMissingPeriods() {
        // 10, 12, –, (missing), 18 with alpha = 1, beta = 0: the trend 2 carries level 12 → 14 → 16; at 18 the
        // forecast 18 has e = 0.
        KpiSeries s = KpiSeries.builder(TimeGrain.MONTH).add(JAN, 10).add(JAN.plus(1), 12).addUndefined(JAN.plus(2))
                .add(JAN.plus(4), 18).build();
        Forecast f = Forecaster.holt(1.0, 0.0).forecast(s, 1, 0.95);
        assertEquals(20.0, f.values()[0], 1e-12);
        assertEquals(0.0, f.points().get(0).interval().width(), 1e-12);
    }

    @Test
    void fittedHoltPicksTheSmoothestParametersOnAnExactLineAndTheBestOnTheGrid() {
        // Every parameter pair forecasts an exact line without error: the tie goes to alpha 0.05, beta 0.
        HoltForecaster line = HoltForecaster.fitted(KpiSeries.of(JAN, 3, 5, 7, 9, 11));
        assertEquals(0.05, line.alpha());
        assertEquals(0.0, line.beta());
        // A level shift (a step) is followed fastest by alpha = 1 with no trend update: after 10, 10, the step to
        // 20, 20, 20 costs one error of 10 with alpha 1, beta 0, and more with any smoother choice.
        HoltForecaster step = HoltForecaster.fitted(KpiSeries.of(JAN, 10, 10, 20, 20, 20, 20));
        assertEquals(1.0, step.alpha());
        assertEquals(0.0, step.beta());
        assertThrows(IllegalArgumentException.class, () -> HoltForecaster.fitted(KpiSeries.of(JAN, 1, 2)));
    }

    @Test
    void tooShortHistoriesAndBadArgumentsAreRefusedNamingTheRule() {
        KpiSeries two = KpiSeries.builder(TimeGrain.MONTH).add(JAN, 1).addUndefined(JAN.next()).add(JAN.plus(2), 3)
                .build();
        IllegalArgumentException linear = assertThrows(IllegalArgumentException.class,
                () -> Forecaster.linearTrend().forecast(two, 1, 0.9));
        assertEquals("a linear trend needs at least 3 defined values, had 2 (of 3 periods)", linear.getMessage());
        IllegalArgumentException holt = assertThrows(IllegalArgumentException.class,
                () -> Forecaster.holt(0.3, 0.1).forecast(two, 1, 0.9));
        assertEquals("Holt's method needs at least 3 defined values, had 2 (of 3 periods)", holt.getMessage());
        KpiSeries ok = KpiSeries.of(JAN, 1, 2, 3);
        for (Forecaster f : new Forecaster[] {Forecaster.linearTrend(), Forecaster.holt(0.3, 0.1)}) {
            assertEquals("horizon must be in [1, 10000], was 0",
                    assertThrows(IllegalArgumentException.class, () -> f.forecast(ok, 0, 0.9)).getMessage());
            assertThrows(IllegalArgumentException.class, () -> f.forecast(ok, 1, 1.0));
            assertThrows(NullPointerException.class, () -> f.forecast(null, 1, 0.9));
        }
        assertEquals("alpha must be in (0, 1], was 0.0",
                assertThrows(IllegalArgumentException.class, () -> Forecaster.holt(0, 0.1)).getMessage());
        assertEquals("beta must be in [0, 1], was 1.5",
                assertThrows(IllegalArgumentException.class, () -> Forecaster.holt(0.5, 1.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Forecaster.holt(Double.NaN, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new Forecast("x", 0.9, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new ForecastPoint(JAN, 5, new Interval(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> new Interval(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Interval(0, Double.POSITIVE_INFINITY));
    }
}
