package org.kpisdk.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Bounds, membership (both bounds inclusive), equality by numeric value, and the printed form of a range. */
final class ValueRangeTest {
    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void boundsAreReportedOrEmpty() {
        ValueRange share = ValueRange.between(0, 1);
        assertEquals(Optional.of(BigDecimal.ZERO), share.min());
        assertEquals(Optional.of(BigDecimal.ONE), share.max());
        ValueRange nonNegative = ValueRange.atLeast(d("2.5"));
        assertEquals(Optional.of(d("2.5")), nonNegative.min());
        assertEquals(Optional.empty(), nonNegative.max());
        assertEquals(Optional.empty(), ValueRange.unbounded().min());
        assertEquals(Optional.empty(), ValueRange.unbounded().max());
    }

    @Test
    void betweenAcceptsAOnePointRangeAndRefusesReversedBounds() {
        ValueRange point = ValueRange.between(3, 3);
        assertTrue(point.contains(d("3.00")));
        assertFalse(point.contains(d("3.01")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ValueRange.between(2, 1));
        assertEquals("min must be <= max, was 2 > 1", e.getMessage());
        assertThrows(NullPointerException.class, () -> ValueRange.between(null, BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> ValueRange.atLeast(null));
    }

    @Test
    void containsIncludesBothBoundsAndExcludesTheOutside() {
        ValueRange nps = ValueRange.between(-100, 100);
        assertTrue(nps.contains(d("-100")));
        assertTrue(nps.contains(d("100.0")));
        assertTrue(nps.contains(BigDecimal.ZERO));
        assertFalse(nps.contains(d("-100.0001")));
        assertFalse(nps.contains(d("100.0001")));

        ValueRange atLeastMinusOne = ValueRange.atLeast(BigDecimal.ONE.negate());
        assertTrue(atLeastMinusOne.contains(d("-1")));
        assertTrue(atLeastMinusOne.contains(d("1E+30")));
        assertFalse(atLeastMinusOne.contains(d("-1.5")));

        assertTrue(ValueRange.unbounded().contains(d("-1E+30")));
        assertTrue(ValueRange.unbounded().contains(d("1E+30")));
        assertThrows(NullPointerException.class, () -> nps.contains(null));
    }

    @Test
    void equalityComparesBoundsByNumericValue() {
        ValueRange a = ValueRange.between(d("0"), d("1"));
        ValueRange b = ValueRange.between(d("0.00"), d("1.0"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(ValueRange.atLeast(d("0")), ValueRange.atLeast(d("0.0")));
        assertEquals(ValueRange.atLeast(d("0")).hashCode(), ValueRange.atLeast(d("0.0")).hashCode());
        assertNotEquals(ValueRange.unbounded(), ValueRange.atLeast(d("0")));

        assertNotEquals(a, ValueRange.between(0, 2));
        assertNotEquals(a, ValueRange.between(-1, 1));
        assertNotEquals(a, ValueRange.atLeast(BigDecimal.ZERO));
        assertNotEquals(ValueRange.atLeast(BigDecimal.ZERO), a);
        assertNotEquals(ValueRange.atLeast(BigDecimal.ZERO), ValueRange.unbounded());
        assertNotEquals(ValueRange.unbounded(), ValueRange.atLeast(BigDecimal.ZERO));
        assertNotEquals(ValueRange.atLeast(BigDecimal.ZERO), ValueRange.atLeast(BigDecimal.ONE));
        assertFalse(a.equals("[0, 1]"));
    }

    @Test
    void printsInIntervalNotation() {
        assertEquals("[0, 1]", ValueRange.between(0, 1).toString());
        assertEquals("[-1, ∞)", ValueRange.atLeast(BigDecimal.ONE.negate()).toString());
        assertEquals("(-∞, ∞)", ValueRange.unbounded().toString());
        assertEquals("[0.5, 2.25]", ValueRange.between(d("0.5"), d("2.25")).toString());
    }
}
