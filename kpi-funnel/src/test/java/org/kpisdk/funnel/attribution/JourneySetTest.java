package org.kpisdk.funnel.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpisdk.funnel.attribution.TestJourneys.EUR;
import static org.kpisdk.funnel.attribution.TestJourneys.day;
import static org.kpisdk.funnel.attribution.TestJourneys.eur;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Money;

final class JourneySetTest {
    @Test
    void eventsAreSplitAtEachConversion() {
        // c1: display, search, BUY(40), email, BUY(10), social → 3 journeys; c2: video only → 1 lost journey.
        List<JourneyEvent> log = List.of(
                JourneyEvent.touch("c1", day(2), "search", "brand"),
                JourneyEvent.conversion("c1", day(2), eur("40")),   // same instant as the touch: touch first
                JourneyEvent.touch("c1", day(1), "display"),
                JourneyEvent.touch("c1", day(3), "email"),
                JourneyEvent.conversion("c1", day(4), eur("10")),
                JourneyEvent.touch("c1", day(5), "social"),
                JourneyEvent.touch("c2", day(1), "video"));
        JourneySet set = JourneySet.fromEvents(EUR, log);
        assertEquals(4, set.size());
        assertEquals(List.of("display", "search"), set.path(0));
        assertEquals(1, set.conversions(0));
        assertEquals(eur("40.00"), set.value(0));
        assertTrue(set.hasTimes(0));
        assertEquals(List.of("email"), set.path(1));
        assertEquals(List.of("social"), set.path(2));
        assertEquals(1, set.nonConversions(2));
        assertFalse(set.hasTimes(2));
        assertEquals(List.of("video"), set.path(3));
        assertEquals(2, set.totalConversions());
        assertEquals(2, set.totalNonConversions());
        assertEquals(eur("50.00"), set.totalValue());
        assertEquals(List.of("display", "email", "search", "social", "video"), set.channels());
    }

    @Test
    void conversionWithoutATouchIsRefused() {
        List<JourneyEvent> log = List.of(JourneyEvent.touch("c", day(1), "a"),
                JourneyEvent.conversion("c", day(2), eur("1")), JourneyEvent.conversion("c", day(3), eur("1")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JourneySet.fromEvents(EUR, log));
        assertTrue(e.getMessage().contains("customer 'c'"), e.getMessage());
    }

    @Test
    void aggregatedPathsParseAndValidate() {
        AggregatedPath p = AggregatedPath.parse(" display >search > email ", 3, 7, eur("360"));
        assertEquals(List.of("display", "search", "email"), p.channels());
        assertEquals("display > search > email", p.pathText());
        assertThrows(IllegalArgumentException.class, () -> AggregatedPath.parse("a >> b", 1, 0, eur("1")));
        assertThrows(IllegalArgumentException.class, () -> AggregatedPath.parse("a", -1, 0, eur("0")));
        assertEquals("value must be zero when conversions is 0, was EUR 5.00 (path [a])",
                assertThrows(IllegalArgumentException.class, () -> AggregatedPath.parse("a", 0, 2, eur("5")))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> AggregatedPath.parse("a", 1, 0, eur("-5")));
    }

    @Test
    void journeysValidateTheirInput() {
        assertThrows(IllegalArgumentException.class, () -> Journey.notConverted("x", List.of()));
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
                () -> TestJourneys.converted("x", 1, "5", "a", 2));
        assertTrue(late.getMessage().contains("must not be after the conversion"), late.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TestJourneys.converted("x", 3, "-5", "a", 2));
        assertThrows(IllegalArgumentException.class, () -> Touchpoint.of(" ", day(0)));
        assertThrows(NullPointerException.class, () -> Touchpoint.of("a", null));
        // Touches are sorted by time, stably.
        Journey j = Journey.notConverted("x", TestJourneys.touches("b", 2, "a", 1, "c", 2));
        assertEquals(List.of("a", "b", "c"), j.channels());
        assertEquals(Touchpoint.of("a", day(1), "camp").campaign().orElseThrow(), "camp");
    }

    @Test
    void currencyMixesAreRefusedNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JourneySet.of(EUR, List.of(Journey.converted("x", TestJourneys.touches("a", 0), day(1),
                        Money.of("1", "USD")))));
        assertEquals("Currency mismatch: EUR vs USD", e.getMessage());
    }

    @Test
    void comparisonShowsEveryModelPerChannel() {
        JourneySet set = TestJourneys.set(TestJourneys.converted("1", 2, "10.00", "a", 0, "b", 1),
                TestJourneys.lost("2", "b", 0));
        AttributionComparison cmp = AttributionComparison.of(set, AttributionModel.standardModels(
                java.time.Duration.ofDays(7)));
        assertEquals(8, cmp.models().size());
        assertEquals(eur("10.00"), cmp.credit("a", "first_touch").revenue());
        assertEquals(eur("0.00"), cmp.credit("a", "last_touch").revenue());
        assertEquals(eur("5.00"), cmp.credit("a", "linear").revenue());
        assertEquals(2, cmp.rows().size());
        assertEquals(8, cmp.rows().get(0).byModel().size());
        assertTrue(cmp.toString().contains("first_touch"));
        assertTrue(cmp.result("markov(order=1)").isPresent());
        assertThrows(IllegalArgumentException.class, () -> cmp.credit("zz", "linear"));
        assertThrows(IllegalArgumentException.class, () -> cmp.credit("a", "nope"));
        assertThrows(IllegalArgumentException.class, () -> AttributionComparison.of(set,
                List.of(AttributionModel.linear(), AttributionModel.linear())));
        // The ROI bridge: a chosen model's revenue per channel.
        assertEquals(java.util.Map.of("a", eur("5.00"), "b", eur("5.00")),
                AttributionModel.linear().revenueByChannel(set));
    }
}
