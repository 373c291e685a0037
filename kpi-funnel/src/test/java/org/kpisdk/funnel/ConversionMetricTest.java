package org.kpisdk.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Count;
import org.kpisdk.core.value.Ratio;

final class ConversionMetricTest {
    private static final ConversionMetric VISIT_TO_SIGNUP = ConversionMetric.of("visit", "signup",
            Duration.ofMillis(10));

    @Test
    void eachConversionGoesToTheClosestPrecedingBaseEventWithinTheWindow() {
        // Entity 1: visit@0 visit@5 signup@12 signup@13 -> both signups credited to visit@5 (7 and 8 <= 10).
        // Entity 2: signup@3 comes before any visit: none; visit@4 signup@14 -> 10 <= 10 (bound inclusive): 1;
        //           signup@15 -> 11 > 10: none.
        // Entity 3: signup@0 visit@0 -> at equal times the visit comes first: 1 conversion.
        // Base events 2 + 1 + 1 = 4; conversions 2 + 1 + 1 = 4; converted base events 1 + 1 + 1 = 3.
        EventLog log = Logs.parse("1:visit@0 1:visit@5 1:signup@12 1:signup@13 2:signup@3 2:visit@4 2:signup@14 "
                + "2:signup@15 3:signup@0 3:visit@0");
        ConversionMetric.Result r = VISIT_TO_SIGNUP.compute(log);
        assertEquals(new ConversionMetric.Result(Count.of(4), Count.of(4), Count.of(3)), r);
        assertEquals(Ratio.of(4, 4), r.rate());
        assertEquals(Ratio.of(3, 4), r.convertedShare());
    }

    @Test
    void noBaseEventGivesAnUndefinedRate() {
        ConversionMetric.Result r = VISIT_TO_SIGNUP.compute(Logs.parse("signup@1"));
        assertFalse(r.rate().isDefined());
        assertEquals(0, r.conversions().value());
    }

    @Test
    void resultsOfDisjointEntitiesAdd() {
        ConversionMetric.Result a = VISIT_TO_SIGNUP.compute(Logs.parse("1:visit@0 1:signup@1"));
        ConversionMetric.Result b = VISIT_TO_SIGNUP.compute(Logs.parse("2:visit@0"));
        assertEquals(VISIT_TO_SIGNUP.compute(Logs.parse("1:visit@0 1:signup@1 2:visit@0")), a.plus(b));
    }

    @Test
    void badInputIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConversionMetric.of("visit", "signup", Duration.ofDays(-1)));
        assertTrue(e.getMessage().contains("window must be >= 0, was PT-24H"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConversionMetric.of(" ", "signup", Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class, () -> ConversionMetric.of("visit", "", Duration.ofDays(1)));
        assertThrows(NullPointerException.class, () -> ConversionMetric.of("visit", "signup", null));
    }

    @Test
    void aConstantPropertyCreditsOnlyBaseEventsWithTheSameValue() {
        // Entity 1: visit{p1}@0 visit{p2}@5 signup{p1}@7 -> credited to visit{p1}@0 (7 <= 10), not to the closer
        //           visit{p2}@5 (without the constant it would be).
        // Entity 2: visit{p1}@0 signup@3 -> the signup has no product: none.
        // Entity 3: visit@0 signup{p1}@1 -> the visit has no product: none.
        // Entity 4: visit{p3}@0 signup{p3}@12 -> 12 > 10: none.
        // Base events 2 + 1 + 1 + 1 = 5; conversions 1; converted base events 1.
        EventLog log = Logs.parse("1:visit{product=p1}@0 1:visit{product=p2}@5 1:signup{product=p1}@7 "
                + "2:visit{product=p1}@0 2:signup@3 3:visit@0 3:signup{product=p1}@1 4:visit{product=p3}@0 "
                + "4:signup{product=p3}@12");
        ConversionMetric same = VISIT_TO_SIGNUP.withConstantProperty("product", "product");
        assertEquals(new ConversionMetric.Result(Count.of(5), Count.of(1), Count.of(1)), same.compute(log));
        // Without the constant: entity 1 -> visit@5, entity 2 -> visit@0, entity 3 -> visit@0: 3 conversions.
        assertEquals(new ConversionMetric.Result(Count.of(5), Count.of(3), Count.of(3)), VISIT_TO_SIGNUP.compute(log));
        // Two signups on one visit count twice, the visit once; the property names may differ.
        EventLog twice = Logs.parse("visit{product=a}@0 signup{item=a}@1 signup{item=a}@2 signup{item=b}@3");
        assertEquals(new ConversionMetric.Result(Count.of(1), Count.of(2), Count.of(1)),
                VISIT_TO_SIGNUP.withConstantProperty("product", "item").compute(twice));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VISIT_TO_SIGNUP.withConstantProperty(" ", "item"));
        assertEquals("baseProperty must not be blank, was ' '", e.getMessage());
    }
}
