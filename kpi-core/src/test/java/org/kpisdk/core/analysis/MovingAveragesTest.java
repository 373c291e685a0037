package org.kpisdk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

final class MovingAveragesTest {
    private static final PeriodKey D1 = PeriodKey.parse("2026-03-01");
    private static final OptionalDouble U = OptionalDouble.empty();

    private static OptionalDouble v(double d) {
        return OptionalDouble.of(d);
    }

    /** 2, 4, undefined, 8, 10, (3-05 missing), 12 on days 1..4, 6, 7. */
    private static KpiSeries withHoles() {
        return KpiSeries.builder(TimeGrain.DAY).add(D1, 2).add(D1.plus(1), 4).addUndefined(D1.plus(2))
                .add(D1.plus(3), 8).add(D1.plus(5), 10).add(D1.plus(6), 12).build();
    }

    @Test
    void simpleSkippingAveragesTheDefinedValuesOfEachFullWindow() {
        KpiSeries ma = MovingAverages.simple(withHoles(), 3, UndefinedValues.SKIP);
        // Windows of 3 days: days 1–2 incomplete; day 3 {2, 4, –} = 3; day 4 {4, –, 8} = 6;
        // day 6 {8, missing, 10} = 9; day 7 {missing, 10, 12} = 11.
        assertEquals(List.of(U, U, v(3), v(6), v(9), v(11)), ma.values());
        assertEquals(withHoles().periods(), ma.periods());
    }

    @Test
    void simplePropagatingIsUndefinedWheneverTheWindowHasAHole() {
        KpiSeries ma = MovingAverages.simple(withHoles(), 2, UndefinedValues.PROPAGATE);
        // Windows of 2: day 2 {2, 4} = 3; day 3 has its own hole; day 4 {–, 8}; day 6 {missing, 10}; day 7 {10, 12}.
        assertEquals(List.of(U, v(3), U, U, U, v(11)), ma.values());
        assertEquals(KpiSeries.of(D1, 1, 2, 3).values(),
                MovingAverages.simple(KpiSeries.of(D1, 1, 2, 3), 1, UndefinedValues.PROPAGATE).values());
    }

    @Test
    void exponentialSkipCarriesTheStateAndPropagateRestarts() {
        // alpha = 0.5: s = 2; 3 (2 + 0.5·2); day 3 undefined; 5.5 (3 + 0.5·5); 7.75; 9.875.
        KpiSeries skip = MovingAverages.exponential(withHoles(), 0.5, UndefinedValues.SKIP);
        assertEquals(List.of(v(2), v(3), v(3), v(5.5), v(7.75), v(9.875)), skip.values());
        // Propagate: undefined at day 3, restart at 8; day 5 missing, restart at 10; then 11.
        KpiSeries propagate = MovingAverages.exponential(withHoles(), 0.5, UndefinedValues.PROPAGATE);
        assertEquals(List.of(v(2), v(3), U, v(8), v(10), v(11)), propagate.values());
        KpiSeries leadingHole = KpiSeries.builder(TimeGrain.DAY).addUndefined(D1).add(D1.next(), 4).build();
        assertEquals(List.of(U, v(4)),
                MovingAverages.exponential(leadingHole, 0.3, UndefinedValues.SKIP).values());
        // alpha = 1 reproduces the series.
        KpiSeries s = KpiSeries.of(D1, 3, -1, 7);
        assertEquals(s, MovingAverages.exponential(s, 1.0, UndefinedValues.SKIP));
    }

    @Test
    void refusesBadInputNamingTheRule() {
        KpiSeries s = KpiSeries.of(D1, 1, 2);
        assertEquals("window must be >= 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> MovingAverages.simple(s, 0, UndefinedValues.SKIP)).getMessage());
        for (double alpha : new double[] {0, -0.1, 1.5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> MovingAverages.exponential(s, alpha, UndefinedValues.SKIP));
            assertEquals("alpha must be in (0, 1], was " + alpha, e.getMessage());
        }
        assertThrows(NullPointerException.class, () -> MovingAverages.simple(s, 2, null));
        assertThrows(NullPointerException.class, () -> MovingAverages.exponential(null, 0.5, UndefinedValues.SKIP));
        assertThrows(ArithmeticException.class, () -> MovingAverages.simple(
                KpiSeries.of(D1, -Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE), 3, UndefinedValues.SKIP));
        assertEquals(Arrays.asList(U, U), MovingAverages.simple(s, 5, UndefinedValues.SKIP).values());
    }
}
