package org.kpisdk.funnel.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Money;

/** Value semantics, accessors, printed forms and argument checks of the journey value types. */
final class JourneyValuesTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-02T10:00:00Z");

    /** Asserts that {@code a} equals {@code same} (and hashes alike) and differs from each of {@code others}. */
    private static void assertValue(Object a, Object same, Object... others) {
        assertEquals(a, same);
        assertEquals(same, a);
        assertEquals(a.hashCode(), same.hashCode());
        assertEquals(a.toString(), same.toString());
        assertNotEquals(null, a);
        assertNotEquals(a, a.toString());
        for (Object other : others) {
            assertNotEquals(a, other);
            assertNotEquals(other, a);
        }
    }

    @Test
    void touchpoints() {
        Touchpoint t = Touchpoint.of("email", T0, "spring");
        assertValue(t, Touchpoint.of("email", T0, "spring"),
                Touchpoint.of("search", T0, "spring"), Touchpoint.of("email", T1, "spring"),
                Touchpoint.of("email", T0, "autumn"), Touchpoint.of("email", T0));
        assertEquals("email", t.channel());
        assertEquals(T0, t.time());
        assertEquals(Optional.of("spring"), t.campaign());
        assertEquals(Optional.empty(), Touchpoint.of("email", T0).campaign());
        assertEquals("email@2026-03-01T10:00:00Z[spring]", t.toString());
        assertEquals("email@2026-03-01T10:00:00Z", Touchpoint.of("email", T0).toString());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Touchpoint.of(" ", T0));
        assertEquals("channel must not be blank, was ' '", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Touchpoint.of("email", T0, ""));
        assertEquals("campaign must not be blank, was ''", e.getMessage());
        assertThrows(NullPointerException.class, () -> Touchpoint.of("email", null));
        assertThrows(NullPointerException.class, () -> Touchpoint.of(null, T0));
    }

    @Test
    void journeyEvents() {
        Money eighty = Money.of("80", "EUR");
        JourneyEvent touch = JourneyEvent.touch("c-1", T0, "email", "spring");
        JourneyEvent conversion = JourneyEvent.conversion("c-1", T1, eighty);
        assertValue(touch, JourneyEvent.touch("c-1", T0, "email", "spring"),
                JourneyEvent.touch("c-2", T0, "email", "spring"), JourneyEvent.touch("c-1", T1, "email", "spring"),
                JourneyEvent.touch("c-1", T0, "email"), conversion);
        assertValue(conversion, JourneyEvent.conversion("c-1", T1, Money.of("80", "EUR")),
                JourneyEvent.conversion("c-1", T1, Money.of("81", "EUR")),
                JourneyEvent.conversion("c-1", T0, eighty), JourneyEvent.conversion("c-9", T1, eighty));

        assertEquals("c-1", touch.customer());
        assertEquals(T0, touch.time());
        assertFalse(touch.isConversion());
        assertEquals(Optional.of(Touchpoint.of("email", T0, "spring")), touch.touchpoint());
        assertEquals(Optional.empty(), touch.value());
        assertTrue(conversion.isConversion());
        assertEquals(Optional.empty(), conversion.touchpoint());
        assertEquals(Optional.of(eighty), conversion.value());
        assertEquals("c-1 touch email@2026-03-01T10:00:00Z[spring]", touch.toString());
        assertEquals("c-1 conversion@2026-03-02T10:00:00Z " + eighty, conversion.toString());

        // A conversion worth nothing is allowed; a negative one is not.
        assertEquals(Optional.of(Money.of("0", "EUR")),
                JourneyEvent.conversion("c-1", T1, Money.of("0", "EUR")).value());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JourneyEvent.conversion("c-1", T1, Money.of("-0.01", "EUR")));
        assertTrue(e.getMessage().startsWith("value must be >= 0, was "), e.getMessage());
        assertTrue(e.getMessage().endsWith("(customer 'c-1')"), e.getMessage());
    }

    @Test
    void journeys() {
        Money value = Money.of("120.00", "EUR");
        List<Touchpoint> touches = List.of(Touchpoint.of("search", T1), Touchpoint.of("display", T0));
        Journey converted = Journey.converted("c-17", touches, T1, value);
        Journey lost = Journey.notConverted("c-17", touches);
        assertValue(converted, Journey.converted("c-17", touches, T1, Money.of("120.00", "EUR")),
                Journey.converted("c-18", touches, T1, value),
                Journey.converted("c-17", List.of(Touchpoint.of("display", T0)), T1, value),
                Journey.converted("c-17", touches, T1.plusSeconds(1), value),
                Journey.converted("c-17", touches, T1, Money.of("121.00", "EUR")), lost);
        assertValue(lost, Journey.notConverted("c-17", touches), Journey.notConverted("c-18", touches));

        assertEquals("c-17", converted.customer());
        assertEquals(List.of(Touchpoint.of("display", T0), Touchpoint.of("search", T1)), converted.touchpoints());
        assertEquals(List.of("display", "search"), converted.channels());
        assertTrue(converted.isConverted());
        assertEquals(Optional.of(T1), converted.conversionTime());
        assertEquals(Optional.of(value), converted.value());
        assertFalse(lost.isConverted());
        assertEquals(Optional.empty(), lost.conversionTime());
        assertEquals(Optional.empty(), lost.value());
        assertEquals("c-17: [display@2026-03-01T10:00:00Z, search@2026-03-02T10:00:00Z] -> conversion@"
                + "2026-03-02T10:00:00Z " + value, converted.toString());
        assertEquals("c-17: [display@2026-03-01T10:00:00Z, search@2026-03-02T10:00:00Z] -> no conversion",
                lost.toString());

        // A touch at the very instant of the conversion counts; a free conversion is allowed.
        assertEquals(Optional.of(Money.of("0", "EUR")),
                Journey.converted("c-17", touches, T1, Money.of("0", "EUR")).value());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Journey.converted("c-17", touches, T1, Money.of("-1", "EUR")));
        assertTrue(e.getMessage().startsWith("value must be >= 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Journey.converted("c-17", touches, T1.minusSeconds(1), value));
        assertTrue(e.getMessage().startsWith("touchpoints must not be after the conversion"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Journey.notConverted("c-17", List.of()));
        assertEquals("touchpoints must not be empty (customer 'c-17')", e.getMessage());
    }
}
