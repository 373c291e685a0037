package org.kpisdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.function.ToIntFunction;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.funnel.EventLog;

/**
 * Jazzer fuzz targets for the CSV readers, strict and lenient mode over the same fuzzed text (see
 * {@code docs/fuzzing.md}). The input bytes are decoded as UTF-8, so the committed seeds under
 * {@code src/test/resources/org/kpisdk/io/CsvFuzzTestInputs/<method>/} are plain CSV files.
 *
 * <p>Contract of both targets, for every mapping tried: the only exception either mode throws is
 * {@link CsvImportException} (no {@code IOException} from an in-memory reader, no parser or index error), with a
 * message; strict mode succeeds exactly when lenient mode succeeds with nothing rejected, and then both keep the
 * same number of rows; when strict mode refuses a row, lenient mode reports that same problem first, or refuses the
 * whole file (malformed CSV) at that line or a later one that strict mode never reached; lenient rejections name
 * lines in increasing order inside the text, and kept plus rejected rows never exceed the text's data lines.
 */
final class CsvFuzzTest {
    // Dictionary entries are written to a libFuzzer dictionary file, one quoted line each: escape what it cannot hold.
    private static final String QUOTE = "\\\"";
    private static final String CRLF = "\\x0D\\x0A";
    private static final String BOM = "\\xEF\\xBB\\xBF";
    private static final List<ObservationMapping> OBSERVATIONS = List.of(
            ObservationMapping.builder().date("date").dimension("channel").dimension("region")
                    .measure("impressions", StandardMeasures.IMPRESSIONS)
                    .money("cost", StandardMeasures.COST, "EUR")
                    .measure("followers", StandardMeasures.FOLLOWERS)
                    .build(),
            ObservationMapping.builder().date("Datum").dateFormat("dd.MM.uuuu").dimension("Kanal", "channel")
                    .measure("Klicks", StandardMeasures.AD_CLICKS)
                    .money("Kosten", StandardMeasures.COST, "EUR")
                    .numberStyle(NumberStyle.decimalComma()).fieldSeparator(';').ignoreUnmappedColumns()
                    .build());
    private static final List<EventMapping> EVENTS = List.of(
            EventMapping.builder().entity("user_id").timestamp("time").type("event").ignore("properties").build(),
            EventMapping.builder().entity("user_id").timestamp("time").type("event").timestampEpochMillis()
                    .ignoreUnmappedColumns().build(),
            EventMapping.builder().entity("user_id").timestamp("time").type("event")
                    .timestampFormat("yyyy-MM-dd HH:mm:ss", ZoneId.of("Europe/Paris")).build());

    /** Reads one text with one mapping in one mode. */
    @FunctionalInterface
    private interface Read<T> {
        T read(String text) throws IOException;
    }

    /** {@link ObservationCsv} with each mapping in {@link #OBSERVATIONS}. */
    @FuzzTest(maxDuration = "10m", maxExecutions = 10_000_000L)
    @DictionaryEntries({"date,channel,region,impressions,cost,followers\\x0A", "Datum;Kanal;Klicks;Kosten\\x0A",
            "2026-03-01", "01.03.2026", QUOTE, QUOTE + QUOTE, CRLF, "12.50", "EUR ", "1.234,5", "-3", BOM})
    void observationCsv(FuzzedDataProvider data) throws IOException {
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        for (ObservationMapping m : OBSERVATIONS) {
            check(text, t -> ObservationCsv.readStrict(new StringReader(t), m),
                    t -> ObservationCsv.readLenient(new StringReader(t), m), ObservationTable::size);
        }
    }

    /** {@link EventCsv} with each mapping in {@link #EVENTS}. */
    @FuzzTest(maxDuration = "10m", maxExecutions = 10_000_000L)
    @DictionaryEntries({"user_id,time,event,properties\\x0A", "2026-03-01T10:15:30Z", "2026-03-01 11:15:30",
            "1772360130000", "+01:00", ".250", QUOTE, QUOTE + QUOTE, CRLF, BOM})
    void eventCsv(FuzzedDataProvider data) throws IOException {
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        for (EventMapping m : EVENTS) {
            check(text, t -> EventCsv.readStrict(new StringReader(t), m),
                    t -> EventCsv.readLenient(new StringReader(t), m), EventLog::size);
        }
    }

    private static <T> void check(String text, Read<T> strict, Read<ImportResult<T>> lenient, ToIntFunction<T> size)
            throws IOException {
        T strictValue = null;
        CsvImportException strictError = null;
        try {
            strictValue = strict.read(text);
        } catch (CsvImportException e) {
            assertExplains(e, text);
            strictError = e;
        }
        ImportResult<T> result;
        try {
            result = lenient.read(text);
        } catch (CsvImportException e) {
            assertExplains(e, text);
            assertNotNull(strictError, () -> "lenient refused the file but strict read it: " + e.getMessage());
            // Strict mode stops at the first bad row, so it may never reach the malformed part lenient refuses.
            CsvImportException s = strictError;
            assertTrue(s.problem().equals(e.problem()) || s.problem().line() < e.problem().line(),
                    () -> "strict refused " + s.problem() + " but lenient refused the file at " + e.problem());
            return;
        }
        if (strictError == null) {
            assertTrue(result.rejected().isEmpty(), () -> "strict read it but lenient rejected " + result.rejected());
            assertEquals(size.applyAsInt(strictValue), size.applyAsInt(result.value()));
        } else {
            assertFalse(result.rejected().isEmpty(),
                    "strict refused a row but lenient rejected none: " + strictError.getMessage());
            assertEquals(strictError.problem(), result.rejected().get(0));
        }
        long lines = 1 + text.chars().filter(c -> c == '\n' || c == '\r').count();
        long previous = 1;
        for (RejectedRow r : result.rejected()) {
            assertTrue(r.line() > previous && r.line() <= lines, () -> "rejection out of order or range: " + r);
            assertFalse(r.rule().isBlank(), r::toString);
            previous = r.line();
        }
        assertTrue(size.applyAsInt(result.value()) + result.rejected().size() <= lines - 1,
                () -> "more rows than data lines: " + result);
    }

    private static void assertExplains(CsvImportException e, String text) {
        assertNotNull(e.getMessage(), text);
        assertFalse(e.getMessage().isBlank(), text);
        assertTrue(e.problem().line() >= 1, e::getMessage);
    }
}
