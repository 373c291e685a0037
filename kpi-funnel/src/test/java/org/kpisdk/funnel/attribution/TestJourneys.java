package org.kpisdk.funnel.attribution;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.kpisdk.core.value.Money;

/** Small builders for hand-written journeys: touches are given as channel names at whole days. */
final class TestJourneys {
    static final Currency EUR = Currency.getInstance("EUR");
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private TestJourneys() {
    }

    static Instant day(double d) {
        return T0.plus(Duration.ofMinutes(Math.round(d * 24 * 60)));
    }

    /** Touches "a", 0, "b", 3 ... as channel/day pairs. */
    static List<Touchpoint> touches(Object... channelDay) {
        List<Touchpoint> list = new ArrayList<>();
        for (int i = 0; i < channelDay.length; i += 2) {
            list.add(Touchpoint.of((String) channelDay[i], day(((Number) channelDay[i + 1]).doubleValue())));
        }
        return list;
    }

    static Journey converted(String id, double conversionDay, String eur, Object... channelDay) {
        return Journey.converted(id, touches(channelDay), day(conversionDay), Money.of(eur, "EUR"));
    }

    static Journey lost(String id, Object... channelDay) {
        return Journey.notConverted(id, touches(channelDay));
    }

    static JourneySet set(Journey... journeys) {
        return JourneySet.of(EUR, List.of(journeys));
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static Fraction f(long n, long d) {
        return Fraction.of(n, d);
    }
}
