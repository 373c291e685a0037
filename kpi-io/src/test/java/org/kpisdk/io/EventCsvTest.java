package org.kpisdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.funnel.EventLog;

final class EventCsvTest {
    private static final EventMapping ISO = EventMapping.builder().entity("user_id").timestamp("time").type("event")
            .ignore("properties").build();
    private static final String HEADER = "user_id,time,event,properties\n";

    /** Epoch milliseconds of 2026-03-01 at h:m:s UTC, by day arithmetic. */
    private static long millis(int h, int m, int s) {
        return (LocalDate.of(2026, 3, 1).toEpochDay() * 86_400 + h * 3_600L + m * 60L + s) * 1_000;
    }

    @Test
    void readsIsoInstantsWithOffsets() throws IOException {
        EventLog log = EventCsv.readStrict(new StringReader(HEADER
                + "17,2026-03-01T10:15:30Z,view,\"{\"\"page\"\": \"\"home, top\"\"}\"\n"
                + "17,2026-03-01T11:15:31.250+01:00,cart,\n"
                + "-4,2026-03-01T00:00:00Z,view,\n"), ISO);
        assertEquals(3, log.size());
        assertEquals(17, log.entity(0));
        assertEquals(millis(10, 15, 30), log.timestamp(0));
        // 11:15:31.250+01:00 is 10:15:31.250Z.
        assertEquals(millis(10, 15, 31) + 250, log.timestamp(1));
        assertEquals("cart", log.type(1));
        assertEquals(-4, log.entity(2));
        assertEquals(List.of("view", "cart"), log.eventTypes());
    }

    @Test
    void readsEpochMillisAndLocalTimesInAZone(@TempDir Path dir) throws IOException {
        EventMapping epoch = EventMapping.builder().entity("u").timestamp("t").type("e").timestampEpochMillis()
                .build();
        EventLog log = EventCsv.readStrict(new StringReader("u,t,e\n1,0,a\n2,1772360130000,b\n"), epoch);
        assertEquals(List.of(0L, 1_772_360_130_000L), List.of(log.timestamp(0), log.timestamp(1)));

        EventMapping paris = EventMapping.builder().entity("u").timestamp("t").type("e")
                .timestampFormat("yyyy-MM-dd HH:mm:ss", ZoneId.of("Europe/Paris")).build();
        Path file = dir.resolve("events.csv");
        Files.writeString(file, "u,t,e\r\n1,2026-03-01 11:15:30,a\r\n");
        // Paris is UTC+1 in winter: 11:15:30 local = 10:15:30Z.
        assertEquals(millis(10, 15, 30), EventCsv.readStrict(file, paris).timestamp(0));
        assertEquals(true, EventCsv.readLenient(file, paris).isClean());
    }

    @Test
    void aLocalTimeInADaylightSavingGapIsRefused() throws IOException {
        EventMapping paris = EventMapping.builder().entity("u").timestamp("t").type("e")
                .timestampFormat("uuuu-MM-dd HH:mm", ZoneId.of("Europe/Paris")).build();
        // Clocks in Paris jump from 02:00 to 03:00 on the last Sunday of March 2026, the 29th.
        ImportResult<EventLog> r = EventCsv.readLenient(
                new StringReader("u,t,e\n1,2026-03-29 02:30,a\n1,2026-03-29 03:30,a\n"), paris);
        assertEquals(List.of(new RejectedRow(2, "t", "2026-03-29 02:30",
                "local time does not exist in Europe/Paris (daylight saving gap)")), r.rejected());
        assertEquals(1, r.value().size());
    }

    private static EventMapping rome(EventMapping.Overlap overlap) {
        return EventMapping.builder().entity("u").timestamp("t").type("e")
                .timestampFormat("uuuu-MM-dd HH:mm", ZoneId.of("Europe/Rome"), overlap).build();
    }

    /**
     * Summer time in the EU ends at 01:00 UTC on the last Sunday of October (Directive 2000/84/EC, article 2), the
     * 25th in 2026: Rome's clocks go from 03:00 CEST (UTC+2) back to 02:00 CET (UTC+1), so 02:30 local happens at
     * 00:30Z and again at 01:30Z.
     */
    private static final String FALL_BACK = "u,t,e\n1,2026-10-25 02:30,a\n1,2026-10-25 03:30,b\n";

    @Test
    void anAmbiguousFallBackTimeFollowsTheDeclaredOverlapPolicy() throws IOException {
        long earlier = Instant.parse("2026-10-25T00:30:00Z").toEpochMilli();
        long later = Instant.parse("2026-10-25T01:30:00Z").toEpochMilli();
        long after = Instant.parse("2026-10-25T02:30:00Z").toEpochMilli();
        EventLog e = EventCsv.readStrict(new StringReader(FALL_BACK), rome(EventMapping.Overlap.EARLIER));
        assertEquals(List.of(earlier, after), List.of(e.timestamp(0), e.timestamp(1)));
        EventLog l = EventCsv.readStrict(new StringReader(FALL_BACK), rome(EventMapping.Overlap.LATER));
        assertEquals(List.of(later, after), List.of(l.timestamp(0), l.timestamp(1)));

        ImportResult<EventLog> r = EventCsv.readLenient(new StringReader(FALL_BACK), rome(EventMapping.Overlap.REJECT));
        assertEquals(List.of(new RejectedRow(2, "t", "2026-10-25 02:30", "local time is ambiguous in Europe/Rome "
                + "(daylight saving overlap): 2026-10-25T02:30+02:00 or 2026-10-25T02:30+01:00; declare "
                + "Overlap.EARLIER or LATER to accept it")), r.rejected());
        assertEquals(1, r.value().size());
        assertEquals(after, r.value().timestamp(0));
    }

    @Test
    void theDefaultOverlapPolicyIsEarlierAndTheMappingSaysSo() throws IOException {
        EventMapping mapping = EventMapping.builder().entity("u").timestamp("t").type("e")
                .timestampFormat("uuuu-MM-dd HH:mm", ZoneId.of("Europe/Rome")).build();
        assertEquals(EventMapping.Overlap.EARLIER, mapping.overlap());
        assertTrue(mapping.toString().contains("uuuu-MM-dd HH:mm in Europe/Rome, overlap EARLIER"),
                mapping.toString());
        assertEquals(Instant.parse("2026-10-25T00:30:00Z").toEpochMilli(),
                EventCsv.readStrict(new StringReader(FALL_BACK), mapping).timestamp(0));
        assertFalse(rome(EventMapping.Overlap.LATER).toString().contains("EARLIER"));
        assertFalse(EventMapping.builder().entity("u").timestamp("t").type("e").build().toString()
                .contains("overlap"));
        assertThrows(NullPointerException.class, () -> EventMapping.builder()
                .timestampFormat("uuuu-MM-dd HH:mm", ZoneId.of("Europe/Rome"), null));
    }

    @Test
    void everyOverlapPolicyRefusesTheSpringForwardGap() {
        for (EventMapping.Overlap overlap : EventMapping.Overlap.values()) {
            CsvImportException x = assertThrows(CsvImportException.class, () -> EventCsv.readStrict(
                    new StringReader("u,t,e\n1,2026-03-29 02:30,a\n"), rome(overlap)));
            assertTrue(x.getMessage().contains("local time does not exist in Europe/Rome (daylight saving gap)"),
                    x.getMessage());
        }
    }

    static Stream<Arguments> badRows() {
        String iso = "is not a timestamp in format ISO-8601 instant such as 2026-03-01T10:15:30Z";
        return Stream.of(
                Arguments.of("17,2026-03-01T10:15:30Z,view\n", "", "3", "has 3 fields, the header has 4"),
                Arguments.of("u17,2026-03-01T10:15:30Z,view,\n", "user_id", "u17",
                        "entity id must be a whole number: is not a number in NumberStyle[decimal '.', no grouping]"),
                Arguments.of("17,yesterday,view,\n", "time", "yesterday", iso),
                Arguments.of("17,2026-03-01 10:15:30,view,\n", "time", "2026-03-01 10:15:30", iso),
                Arguments.of("17,,view,\n", "time", "", "timestamp is missing"),
                Arguments.of("17,2026-03-01T10:15:30.0001Z,view,\n", "time", "2026-03-01T10:15:30.0001Z",
                        "is finer than a millisecond"),
                Arguments.of("17,1969-12-31T23:59:59Z,view,\n", "time", "1969-12-31T23:59:59Z",
                        "timestamp must be >= 1970-01-01T00:00:00Z (epoch millisecond 0)"),
                Arguments.of("17,2026-03-01T10:15:30Z, ,\n", "event", " ", "event type must not be blank"));
    }

    @ParameterizedTest
    @MethodSource("badRows")
    void badRowsAreReportedInBothModes(String row, String column, String value, String rule) throws IOException {
        String csv = HEADER + "1,2026-03-01T10:15:30Z,view,\n" + row;
        CsvImportException e = assertThrows(CsvImportException.class,
                () -> EventCsv.readStrict(new StringReader(csv), ISO));
        assertEquals(new RejectedRow(3, column, value, rule), e.problem());
        ImportResult<EventLog> r = EventCsv.readLenient(new StringReader(csv), ISO);
        assertEquals(List.of(e.problem()), r.rejected());
        assertEquals(1, r.value().size());
    }

    @Test
    void headerProblemsAreRefused() {
        assertEquals("mapped column 'event' is missing from the header [user_id, time, properties]",
                assertThrows(CsvImportException.class, () -> EventCsv.readLenient(
                        new StringReader("user_id,time,properties\n"), ISO)).problem().rule());
        assertEquals(1, assertThrows(CsvImportException.class,
                () -> EventCsv.readStrict(new StringReader(""), ISO)).problem().line());
    }
}
