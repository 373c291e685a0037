package org.kpisdk.io;

import static org.kpisdk.testkit.Refusals.refused;

import java.io.Reader;
import java.io.StringReader;
import java.util.stream.Stream;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.testkit.Refusals;

/**
 * Hostile CSV input, kept from the adversarial pass of issue 26: NUL and control characters in cells, extreme and
 * negative numbers, mixed currencies, empty files, nulls. Each must be refused with the documented exception (a
 * {@link CsvImportException} naming line, column and value for file content) and a message naming the field.
 */
final class HostileInputTest {
    private static final ObservationMapping MAPPING = ObservationMapping.builder()
            .date("date").dimension("channel").measure("impressions", StandardMeasures.IMPRESSIONS)
            .money("cost", StandardMeasures.COST, "EUR").build();
    private static final EventMapping EVENTS = EventMapping.builder()
            .entity("user_id").timestamp("time").type("event").build();

    private static Executable csv(String rows) {
        return () -> ObservationCsv.readStrict(new StringReader("date,channel,impressions,cost\n" + rows), MAPPING);
    }

    private static Executable events(String rows) {
        return () -> EventCsv.readStrict(new StringReader("user_id,time,event\n" + rows), EVENTS);
    }

    static Stream<Arguments> hostile() {
        Class<CsvImportException> csv = CsvImportException.class;
        Class<NullPointerException> npe = NullPointerException.class;
        return Stream.of(
                refused("NUL in a dimension", csv("2026-03-01,se\u0000arch,1,1\n"), csv,
                        "line 2, column 'channel'"),
                refused("a count of 20 digits", csv("2026-03-01,a,99999999999999999999,1\n"), csv,
                        "line 2, column 'impressions', value '99999999999999999999'"),
                refused("a count of Long.MIN_VALUE", csv("2026-03-01,a,-9223372036854775808,1\n"), csv,
                        "line 2, column 'impressions', value '-9223372036854775808'"),
                refused("a USD cost in an EUR column", csv("2026-03-01,a,1,1 USD\n"), csv,
                        "line 2, column 'cost', value '1 USD'"),
                refused("NaN as a count", csv("2026-03-01,a,NaN,1\n"), csv, "line 2, column 'impressions'"),
                refused("an empty file", () -> ObservationCsv.readStrict(new StringReader(""), MAPPING), csv,
                        "the file is empty"),
                refused("a missing column", () -> ObservationCsv.readStrict(new StringReader("date,channel\n"),
                        MAPPING), csv, "cost"),
                refused("a null reader", () -> ObservationCsv.readStrict((Reader) null, MAPPING), npe, "reader"),
                refused("a null mapping", () -> ObservationCsv.readStrict(new StringReader(""), null), npe, "mapping"),
                refused("entity Long.MIN_VALUE minus one", events("-9223372036854775809,2026-03-01T00:00:00Z,a\n"),
                        csv, "line 2, column 'user_id'"),
                refused("a timestamp in year 1000000000",
                        events("1,+1000000000-01-01T00:00:00Z,a\n"), csv, "line 2, column 'time'"),
                refused("a blank event type", events("1,2026-03-01T00:00:00Z,\t\n"), csv,
                        "line 2, column 'event', value '\t': event type must not be blank"),
                refused("a null event mapping", () -> EventCsv.readStrict(new StringReader(""), null), npe,
                        "mapping"));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileInputIsRefusedWithTheDocumentedExceptionNamingTheField(Executable call,
            Class<? extends Throwable> type, String fragment) {
        Refusals.assertRefused(call, type, fragment);
    }
}
