package org.kpisdk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.PeriodKey;
import org.kpisdk.core.value.TimeGrain;

final class KpiSeriesTest {
    private static final PeriodKey JAN = PeriodKey.parse("2026-01");

    @Test
    void builderMapAndVarargsAgree() {
        KpiSeries built = KpiSeries.builder(TimeGrain.MONTH).add(JAN, 1.5).addUndefined(JAN.plus(1))
                .add(JAN.plus(3), OptionalDouble.of(-2)).build();
        TreeMap<PeriodKey, OptionalDouble> map = new TreeMap<>();
        map.put(JAN.plus(3), OptionalDouble.of(-2));
        map.put(JAN, OptionalDouble.of(1.5));
        map.put(JAN.plus(1), OptionalDouble.empty());
        KpiSeries fromMap = KpiSeries.of(TimeGrain.MONTH, map);
        assertEquals(built, fromMap);
        assertEquals(built.hashCode(), fromMap.hashCode());
        assertEquals(3, built.size());
        assertEquals(2, built.definedCount());
        assertEquals(List.of(JAN, JAN.plus(1), JAN.plus(3)), built.periods());
        assertEquals(List.of(OptionalDouble.of(1.5), OptionalDouble.empty(), OptionalDouble.of(-2)), built.values());
        assertFalse(built.isDefined(1));
        assertEquals(OptionalDouble.empty(), built.valueAt(JAN.plus(2)), "absent period");
        assertEquals(OptionalDouble.of(-2), built.valueAt(JAN.plus(3)));
        assertEquals(OptionalDouble.empty(), built.valueAt(PeriodKey.parse("2026")), "other grain");
        assertEquals("KpiSeries[MONTH: 2026-01=1.5, 2026-02=undefined, 2026-04=-2.0]", built.toString());
        KpiSeries consecutive = KpiSeries.of(JAN, 1, 2, 3);
        assertEquals(PeriodKey.parse("2026-03"), consecutive.period(2));
        assertNotEquals(consecutive, KpiSeries.of(JAN, 1, 2, 4));
        assertTrue(KpiSeries.builder(TimeGrain.DAY).build().isEmpty());
    }

    @Test
    void refusesBadInputNamingTheRule() {
        KpiSeries.Builder b = KpiSeries.builder(TimeGrain.MONTH).add(JAN, 1);
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class, () -> b.add(JAN, 2));
        assertEquals("periods must be strictly increasing, was 2026-01 after 2026-01", order.getMessage());
        IllegalArgumentException grain = assertThrows(IllegalArgumentException.class,
                () -> b.add(PeriodKey.parse("2026-Q2"), 2));
        assertEquals("period 2026-Q2 must be of grain MONTH, was QUARTER", grain.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> b.add(JAN.next(), Double.NaN));
        assertEquals("value of 2026-02 must be finite, was NaN", nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KpiSeries.of(JAN, 1, Double.POSITIVE_INFINITY));
        assertThrows(NullPointerException.class, () -> KpiSeries.builder(null));
        assertThrows(NullPointerException.class, () -> b.addUndefined(null));
        assertThrows(IndexOutOfBoundsException.class, () -> b.build().value(1));
    }
}
