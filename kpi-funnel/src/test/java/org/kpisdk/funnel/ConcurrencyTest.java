package org.kpisdk.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.value.Money;
import org.kpisdk.funnel.attribution.AttributionModel;
import org.kpisdk.funnel.attribution.AttributionResult;
import org.kpisdk.funnel.attribution.Journey;
import org.kpisdk.funnel.attribution.JourneySet;
import org.kpisdk.funnel.attribution.Touchpoint;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Concurrency;

/**
 * A shared funnel and event log, and shared attribution models over a shared journey set, used from
 * {@value Concurrency#THREADS} threads released together: every result equals the single-threaded result.
 */
final class ConcurrencyTest {
    private static final String[] TYPES = {"a", "b", "c", "x"};
    private static final String[] CHANNELS = {"direct", "display", "email", "search", "social"};

    private static EventLog log(SplittableRandom r, int rows) {
        long[] entities = new long[rows];
        long[] ts = new long[rows];
        String[] types = new String[rows];
        for (int i = 0; i < rows; i++) {
            entities[i] = r.nextInt(300);
            ts[i] = r.nextLong(100_000);
            types[i] = TYPES[r.nextInt(TYPES.length)];
        }
        return EventLog.of(entities, ts, types);
    }

    private static JourneySet journeys(SplittableRandom r, int count) {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        List<Journey> list = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            List<Touchpoint> touches = new ArrayList<>();
            int n = 1 + r.nextInt(4);
            for (int k = 0; k < n; k++) {
                touches.add(Touchpoint.of(CHANNELS[r.nextInt(CHANNELS.length)], t0.plus(Duration.ofHours(k * 7L))));
            }
            list.add(r.nextBoolean()
                    ? Journey.converted("c" + j, touches, t0.plus(Duration.ofHours(n * 7L)),
                            Money.of(Integer.toString(1 + r.nextInt(500)), "EUR"))
                    : Journey.notConverted("c" + j, touches));
        }
        return JourneySet.of(Currency.getInstance("EUR"), list);
    }

    @Test
    void sharedFunnelOverSharedLogGivesTheSingleThreadedResult() {
        EventLog log = log(new SplittableRandom(Cases.seed()), 5_000);
        Funnel funnel = Funnel.builder().step("a").step("b").step(Step.anyOf("c", "x"))
                .window(Duration.ofSeconds(20)).build();
        FunnelResult single = Concurrency.sameFromThreads(Concurrency.THREADS, 40, () -> funnel.count(log));
        assertTrue(single.counts().toString().length() > 0);
        // Split inside each thread too, and per-entity evaluation.
        Concurrency.sameFromThreads(Concurrency.THREADS, 10, () -> funnel.count(log, 2));
        assertEquals(single, funnel.count(log, 2));
        FunnelRun run = funnel.evaluate(log);
        assertEquals(single, run.result());
        Concurrency.sameFromThreads(Concurrency.THREADS, 10, () -> funnel.evaluate(log),
                r -> List.of(r.result(), r.timeToConvert(0, 2).toString()));
    }

    @Test
    void sharedModelsOverSharedJourneysGiveTheSingleThreadedResult() {
        JourneySet set = journeys(new SplittableRandom(Cases.seed() + 1), 300);
        List<AttributionModel> models = new ArrayList<>(AttributionModel.standardModels(Duration.ofDays(1)));
        models.add(AttributionModel.orderedShapley());
        models.add(AttributionModel.linearPerChannel());
        for (AttributionModel model : models) {
            AttributionResult single = Concurrency.sameFromThreads(Concurrency.THREADS, 8,
                    () -> model.attribute(set),
                    r -> List.of(r.channels(), r.warnings(), r.totalRevenue(), r.conversionShares(0)));
            assertTrue(single.totalConversions() > 0, model.name());
        }
    }
}
