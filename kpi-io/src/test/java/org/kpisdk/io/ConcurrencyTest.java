package org.kpisdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.funnel.EventLog;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Concurrency;

/**
 * Shared CSV mappings read from {@value Concurrency#THREADS} threads released together, each thread with its own
 * reader over the same text: every table, log and list of rejected rows equals the single-threaded one.
 */
final class ConcurrencyTest {
    private static final ObservationMapping OBSERVATIONS = ObservationMapping.builder()
            .date("date").dimension("channel")
            .measure("impressions", StandardMeasures.IMPRESSIONS)
            .money("cost", StandardMeasures.COST, "EUR")
            .build();
    private static final EventMapping EVENTS = EventMapping.builder()
            .entity("user_id").timestamp("time").type("event").build();

    /** Rows of a table as plain values: date, channel and each measure per row. */
    private static List<Object> view(ObservationTable t) {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            List<Object> row = new ArrayList<>(List.of(t.date(i), t.dimension(i, "channel")));
            for (BaseMeasure m : t.measures()) {
                row.add(t.value(i, m));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<Object> view(EventLog log) {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            rows.add(List.of(log.entity(i), log.timestamp(i), log.type(i)));
        }
        return rows;
    }

    private static String observations(SplittableRandom r, int rows) {
        StringBuilder s = new StringBuilder("date,channel,impressions,cost\n");
        for (int i = 0; i < rows; i++) {
            s.append("2026-0").append(1 + r.nextInt(9)).append('-').append(10 + r.nextInt(18)).append(',')
                    .append(r.nextBoolean() ? "search" : "social").append(',')
                    // One row in 50 is bad (a negative count), for the lenient reader.
                    .append(r.nextInt(50) == 0 ? -1 : r.nextInt(10_000)).append(',')
                    .append(r.nextInt(1_000)).append('.').append(r.nextInt(100)).append('\n');
        }
        return s.toString();
    }

    private static <T> T io(IoCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface IoCall<T> {
        T run() throws IOException;
    }

    @Test
    void sharedObservationMappingReadsTheSameFromEveryThread() {
        String csv = observations(new SplittableRandom(Cases.seed()), 2_000);
        ImportResult<ObservationTable> single = Concurrency.sameFromThreads(Concurrency.THREADS, 5,
                () -> io(() -> ObservationCsv.readLenient(new StringReader(csv), OBSERVATIONS)),
                r -> List.of(view(r.value()), r.rejected()));
        assertFalse(single.rejected().isEmpty());
        assertEquals(2_000, single.value().size() + single.rejected().size());
    }

    @Test
    void sharedEventMappingReadsTheSameFromEveryThread() {
        SplittableRandom r = new SplittableRandom(Cases.seed() + 3);
        StringBuilder s = new StringBuilder("user_id,time,event\n");
        for (int i = 0; i < 2_000; i++) {
            s.append(r.nextInt(300)).append(",2026-03-0").append(1 + r.nextInt(9)).append('T')
                    .append(10 + r.nextInt(10)).append(":15:30Z,").append(r.nextBoolean() ? "view" : "cart")
                    .append('\n');
        }
        String csv = s.toString();
        EventLog single = Concurrency.sameFromThreads(Concurrency.THREADS, 5,
                () -> io(() -> EventCsv.readStrict(new StringReader(csv), EVENTS)), ConcurrencyTest::view);
        assertEquals(2_000, single.size());
    }
}
