package org.kpisdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpisdk.funnel.BreakdownTouch;
import org.kpisdk.funnel.EventLog;
import org.kpisdk.funnel.Funnel;
import org.kpisdk.funnel.FunnelResult;
import org.kpisdk.funnel.Step;

/** Event property columns: read into the log, used by step filters and breakdowns exactly as a log built in code. */
final class EventPropertiesCsvTest {
    private static final EventMapping MAPPING = EventMapping.builder().entity("user_id").timestamp("time")
            .type("event").property("channel").property("plan", "utm_plan").build();

    @Test
    void readsPropertyColumnsAndTreatsEmptyCellsAsNoValue() throws IOException {
        EventLog log = EventCsv.readStrict(new StringReader("""
                user_id,time,event,channel,utm_plan
                17,2026-03-01T10:15:30Z,view,instagram,pro
                17,2026-03-01T10:16:30Z,cart,,pro
                18,2026-03-01T10:17:30Z,view,"news, letter",
                """), MAPPING);
        assertEquals(3, log.size());
        assertEquals(Optional.of("instagram"), log.property(0, "channel"));
        assertEquals(Optional.empty(), log.property(1, "channel"));
        assertEquals(Optional.of("news, letter"), log.property(2, "channel"));
        assertEquals(Optional.of("pro"), log.property(1, "plan"));
        assertEquals(Optional.empty(), log.property(2, "plan"));
        assertEquals(java.util.Set.of("channel", "plan"), log.propertyNames());
        assertEquals(Map.of("channel", "channel", "plan", "utm_plan"), MAPPING.properties());
    }

    @Test
    void propertyColumnsMustBeInTheHeader() {
        CsvImportException e = assertThrows(CsvImportException.class, () -> EventCsv.readStrict(
                new StringReader("user_id,time,event,channel\n1,2026-03-01T10:15:30Z,view,ads\n"), MAPPING));
        assertTrue(e.getMessage().contains("'utm_plan' is missing from the header"), e.getMessage());
    }

    @Test
    void mappingRefusesAPropertyDeclaredTwiceOrAColumnMappedTwice() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> EventMapping.builder()
                .property("channel", "a").property("channel", "b"));
        assertEquals("property 'channel' is declared twice (columns 'a' and 'b')", twice.getMessage());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> EventMapping.builder()
                .property(" ", "a"));
        assertEquals("property name must not be blank, was ' '", blank.getMessage());
        IllegalArgumentException shared = assertThrows(IllegalArgumentException.class, () -> EventMapping.builder()
                .entity("u").timestamp("t").type("e").property("channel", "e").build());
        assertEquals("column 'e' is mapped twice", shared.getMessage());
    }

    /**
     * The seam "events CSV → funnel with breakdown": a generated export is read from CSV, and the funnel's
     * breakdown by channel and its step filter on a property are compared with counts recomputed from the
     * generated rows by a plain loop.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 0x5eed})
    void breakdownByAnImportedChannelMatchesARecomputationFromTheRows(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String[] channels = {"instagram", "newsletter", "search"};
        StringBuilder csv = new StringBuilder("user_id,time,event,channel,utm_plan\n");
        // level per channel of each user's view, as the loop computes it: view, then cart, then buy, within 1 hour
        SortedMap<String, long[]> expected = new TreeMap<>();
        long[] proBuyers = new long[1];
        long base = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();
        int users = 200 + random.nextInt(200);
        for (int u = 1; u <= users; u++) {
            String channel = channels[random.nextInt(channels.length)];
            String plan = random.nextBoolean() ? "pro" : "";
            long t = base + random.nextInt(86_400) * 1_000L;
            row(csv, u, t, "view", channel, plan);
            int level = 1;
            if (random.nextInt(3) > 0) {
                long cart = t + random.nextInt(1_800) * 1_000L;
                row(csv, u, cart, "cart", "", plan);
                level = 2;
                if (random.nextBoolean()) {
                    // within the hour (inclusive bound at exactly 3,600 s) or well past it
                    long buy = random.nextBoolean() ? t + 3_600_000L : t + 7_200_000L;
                    row(csv, u, buy, "buy", "", plan);
                    if (buy - t <= 3_600_000L) {
                        level = 3;
                        if (!plan.isEmpty()) {
                            proBuyers[0]++;
                        }
                    }
                }
            }
            expected.computeIfAbsent(channel, c -> new long[4])[level]++;
        }
        EventLog log = EventCsv.readStrict(new StringReader(csv.toString()), MAPPING);

        Funnel funnel = Funnel.builder().step("view").step("cart").step("buy").window(Duration.ofHours(1)).build();
        SortedMap<String, FunnelResult> byChannel = funnel.breakdown(log, "channel", BreakdownTouch.firstTouch());
        SortedMap<String, FunnelResult> want = new TreeMap<>();
        expected.forEach((c, levels) -> want.put(c, FunnelResult.of(List.of("view", "cart", "buy"), levels)));
        assertEquals(want, byChannel);

        Funnel pro = Funnel.builder().step("view").step("cart").step(Step.of("buy").where("plan", "pro"))
                .window(Duration.ofHours(1)).build();
        assertEquals(proBuyers[0], pro.count(log).atLevel(3).value());
    }

    private static void row(StringBuilder csv, int user, long millis, String event, String channel, String plan) {
        csv.append(user).append(',').append(Instant.ofEpochMilli(millis)).append(',').append(event).append(',')
                .append(channel).append(',').append(plan).append('\n');
    }
}
