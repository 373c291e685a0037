package org.kpisdk.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.Unit;

/** Construction rules, value equality and the printed forms documented on {@link MetricValue#toString()}. */
final class MetricValueTest {
    @Test
    void moneyNeedsACurrency() {
        IllegalArgumentException plain = assertThrows(IllegalArgumentException.class,
                () -> MetricValue.of(Unit.MONEY, BigDecimal.ONE));
        assertEquals("a money value needs a currency: use MetricValue.of(Money), was 1", plain.getMessage());
        IllegalArgumentException ratio = assertThrows(IllegalArgumentException.class,
                () -> MetricValue.of(Unit.MONEY, Ratio.of(1, 2)));
        assertEquals("a money quotient needs a currency, was 1/2", ratio.getMessage());
    }

    @Test
    void equalityIsByUnitRatioCurrencyAndNumericValue() {
        MetricValue a = MetricValue.of(Unit.RATIO, new BigDecimal("0.5"));
        MetricValue b = MetricValue.of(Unit.RATIO, new BigDecimal("0.50"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, MetricValue.of(Unit.PERCENT, new BigDecimal("0.5")));
        assertNotEquals(a, MetricValue.of(Unit.RATIO, new BigDecimal("0.6")));
        assertNotEquals(a, MetricValue.of(Unit.RATIO, Ratio.of(1, 2)));        // same value, but carries its ratio
        assertNotEquals(a, MetricValue.undefined(Unit.RATIO));
        assertNotEquals(MetricValue.undefined(Unit.RATIO), a);
        // Two undefined values built apart are equal when their units are.
        MetricValue undefinedRatio = MetricValue.undefined(Unit.RATIO);
        assertEquals(undefinedRatio, MetricValue.undefined(Unit.RATIO));
        assertEquals(undefinedRatio.hashCode(), MetricValue.undefined(Unit.RATIO).hashCode());
        assertNotEquals(undefinedRatio, MetricValue.undefined(Unit.COUNT));
        assertNotEquals(MetricValue.of(Money.of("3", "EUR")), MetricValue.of(Money.of("3", "USD")));
        assertFalse(a.equals("0.5"));
    }

    @Test
    void printsTheDocumentedForms() {
        assertEquals("undefined: no reason given", MetricValue.undefined(Unit.RATIO).toString());
        assertEquals("undefined: no observation of 'leads'",
                MetricValue.undefined(Unit.RATIO, "no observation of 'leads'").toString());
        // 0/0 is undefined; 5/0 too, but the ratio is kept and printed
        assertEquals("undefined", MetricValue.of(Unit.RATIO, Ratio.of(0, 0)).toString().substring(0, 9));
        assertEquals("undefined (5/0): denominator = 0", MetricValue.of(Unit.RATIO, Ratio.of(5, 0)).toString());
        assertEquals("EUR 12.50", MetricValue.of(Money.of("12.50", "EUR")).toString());
        assertEquals("0.01 (40/4000)", MetricValue.of(Unit.RATIO, Ratio.of(40, 4000)).toString());
        assertEquals("2.5", MetricValue.of(Unit.COUNT, new BigDecimal("2.500")).toString());
    }
}
