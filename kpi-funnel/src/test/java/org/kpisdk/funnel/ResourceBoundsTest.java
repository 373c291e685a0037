package org.kpisdk.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Money;
import org.kpisdk.funnel.attribution.Journey;
import org.kpisdk.funnel.attribution.JourneySet;
import org.kpisdk.funnel.attribution.MarkovModel;
import org.kpisdk.funnel.attribution.ShapleyModel;
import org.kpisdk.funnel.attribution.Touchpoint;

/**
 * Every kpi-funnel limit on input that could explode time or memory, at the limit (accepted) and just past it
 * (refused with a message naming the field, the value and the limit).
 */
final class ResourceBoundsTest {
    private static Funnel.Builder steps(int n) {
        Funnel.Builder b = Funnel.builder().window(Duration.ofHours(1));
        for (int k = 0; k < n; k++) {
            b.step("e" + k);
        }
        return b;
    }

    @Test
    void funnelStepsAtTheLimitWorkAndOneMoreIsRefused() {
        // One entity doing e0..e63 a millisecond apart reaches the last level.
        long[] entities = new long[Funnel.MAX_STEPS];
        long[] ts = new long[Funnel.MAX_STEPS];
        String[] types = new String[Funnel.MAX_STEPS];
        for (int k = 0; k < Funnel.MAX_STEPS; k++) {
            entities[k] = 1;
            ts[k] = k;
            types[k] = "e" + k;
        }
        FunnelResult r = steps(Funnel.MAX_STEPS).build().count(EventLog.of(entities, ts, types));
        assertEquals(Funnel.MAX_STEPS, r.steps().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> steps(Funnel.MAX_STEPS + 1).build());
        assertEquals("steps must number 1 to 64, were 65", e.getMessage());
    }

    @Test
    void parallelCountAtTheThreadLimitEqualsSequentialAndOneMoreIsRefused() {
        // Three entities: 1 does e0 then e1, 2 only e0, 3 only e1 (no e0, so level 0).
        EventLog log = EventLog.of(new long[] {1, 1, 2, 3}, new long[] {0, 1, 0, 0},
                new String[] {"e0", "e1", "e0", "e1"});
        Funnel funnel = steps(2).build();
        assertEquals(funnel.count(log), funnel.count(log, Funnel.MAX_PARALLELISM));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> funnel.count(log, Funnel.MAX_PARALLELISM + 1));
        assertEquals("parallelism must be <= 1024, was 1025", e.getMessage());
    }

    @Test
    void shapleyExactLimitAndSamplesAtTheLimitAreAcceptedAndOneMoreIsRefused() {
        ShapleyModel m = ShapleyModel.of(ShapleyModel.ValueFunction.SUBSET_CONVERSIONS);
        assertEquals(ShapleyModel.MAX_EXACT_LIMIT, m.withExactLimit(ShapleyModel.MAX_EXACT_LIMIT).exactLimit());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.withExactLimit(ShapleyModel.MAX_EXACT_LIMIT + 1));
        assertEquals("exactLimit must be in [0, 24], was 25", e.getMessage());
        m.withSamples(ShapleyModel.MAX_SAMPLES);
        e = assertThrows(IllegalArgumentException.class, () -> m.withSamples(ShapleyModel.MAX_SAMPLES + 1));
        assertEquals("samples must be in [1, 10000000], was 10000001", e.getMessage());
    }

    @Test
    void markovOrderAtTheLimitFitsAndOneMoreIsRefused() {
        // Two channels alternating over 20 touches: order 16 has states for every suffix, well under the state cap.
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        List<Touchpoint> touches = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            touches.add(Touchpoint.of(i % 2 == 0 ? "a" : "b", t0.plusSeconds(i)));
        }
        JourneySet set = JourneySet.of(Currency.getInstance("EUR"), List.of(
                Journey.converted("c1", touches, t0.plusSeconds(60), Money.of("10", "EUR")),
                Journey.notConverted("c2", touches.subList(0, 3))));
        MarkovModel at = MarkovModel.ofOrder(MarkovModel.MAX_ORDER);
        assertEquals(1, at.attribute(set).totalConversions());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MarkovModel.ofOrder(MarkovModel.MAX_ORDER + 1));
        assertEquals("order must be in [1, 16], was 17", e.getMessage());
    }
}
