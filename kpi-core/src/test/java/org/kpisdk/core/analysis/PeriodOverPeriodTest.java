package org.kpisdk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

final class PeriodOverPeriodTest {
    private static final PeriodKey JAN = PeriodKey.parse("2026-01");
    private static final OptionalDouble U = OptionalDouble.empty();

    @Test
    void differencesAndRelativeChangesByHand() {
        // 1000, 1100, 990, 0, 5, –, 7, (missing), 9 and −50 → −25.
        KpiSeries s = KpiSeries.builder(TimeGrain.MONTH).add(JAN, 1000).add(JAN.plus(1), 1100).add(JAN.plus(2), 990)
                .add(JAN.plus(3), 0).add(JAN.plus(4), 5).addUndefined(JAN.plus(5)).add(JAN.plus(6), 7)
                .add(JAN.plus(8), -50).add(JAN.plus(9), -25).build();
        assertEquals(List.of(U, OptionalDouble.of(100), OptionalDouble.of(-110), OptionalDouble.of(-990),
                OptionalDouble.of(5), U, U, U, OptionalDouble.of(25)), PeriodOverPeriod.difference(s).values());
        KpiSeries relative = PeriodOverPeriod.relativeChange(s);
        assertEquals(0.1, relative.value(1).getAsDouble(), 1e-15);
        assertEquals(-0.1, relative.value(2).getAsDouble(), 1e-15);
        assertEquals(-1.0, relative.value(3).getAsDouble(), 1e-15);
        assertEquals(U, relative.value(4), "from 0: undefined");
        assertEquals(U, relative.value(7), "after a missing period: undefined");
        assertEquals(0.5, relative.value(8).getAsDouble(), 1e-15, "−50 → −25 is +50%");
        assertEquals(s.periods(), relative.periods());
    }

    @Test
    void overflowAndNull() {
        KpiSeries s = KpiSeries.of(JAN, -Double.MAX_VALUE, Double.MAX_VALUE);
        assertThrows(ArithmeticException.class, () -> PeriodOverPeriod.difference(s));
        assertThrows(NullPointerException.class, () -> PeriodOverPeriod.relativeChange(null));
    }
}
