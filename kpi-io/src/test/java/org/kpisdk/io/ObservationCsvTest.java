package org.kpisdk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.core.data.ObservationTable;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.value.Dimensions;

final class ObservationCsvTest {
    private static final String HEADER = "date,channel,impressions,cost\n";

    private static final ObservationMapping MAPPING = ObservationMapping.builder()
            .date("date")
            .dimension("channel")
            .measure("impressions", StandardMeasures.IMPRESSIONS)
            .money("cost", StandardMeasures.COST, "EUR")
            .build();

    private static ObservationTable strict(String csv) throws IOException {
        return ObservationCsv.readStrict(new StringReader(csv), MAPPING);
    }

    private static ImportResult<ObservationTable> lenient(String csv) throws IOException {
        return ObservationCsv.readLenient(new StringReader(csv), MAPPING);
    }

    private static CsvImportException strictFails(String csv) {
        return assertThrows(CsvImportException.class, () -> strict(csv));
    }

    @Test
    void readsRowsIntoTheTable() throws IOException {
        ObservationTable t = strict(HEADER + "2026-03-01,search,4000,12.50\n2026-03-02,social,0,0.000001\n");
        assertEquals(2, t.size());
        assertEquals(LocalDate.of(2026, 3, 1), t.date(0));
        assertEquals("search", t.dimension(0, "channel"));
        assertEquals(OptionalLong.of(4000), t.value(0, StandardMeasures.IMPRESSIONS));
        // 12.50 EUR = 12,500,000 micros; 0.000001 EUR = 1 micro.
        assertEquals(OptionalLong.of(12_500_000), t.value(0, StandardMeasures.COST));
        assertEquals(OptionalLong.of(1), t.value(1, StandardMeasures.COST));
        assertEquals(Currency.getInstance("EUR"), t.currency(StandardMeasures.COST).orElseThrow());
    }

    @Test
    void aDimensionValueOfTheMaximumLengthIsKeptAndOneMoreIsRefused() throws IOException {
        String longest = "v".repeat(Dimensions.MAX_VALUE_LENGTH);
        assertEquals(longest, strict(HEADER + "2026-03-01," + longest + ",1,1\n").dimension(0, "channel"));
        String tooLong = longest + "v";
        assertEquals(new RejectedRow(2, "channel", tooLong, "dimension value must have at most "
                + Dimensions.MAX_VALUE_LENGTH + " characters, had " + (Dimensions.MAX_VALUE_LENGTH + 1)),
                strictFails(HEADER + "2026-03-01," + tooLong + ",1,1\n").problem());
    }

    @Test
    void anEmptyMeasureCellIsAbsentNotZero() throws IOException {
        ObservationTable t = strict(HEADER + "2026-03-01,search,,1\n");
        assertEquals(OptionalLong.empty(), t.value(0, StandardMeasures.IMPRESSIONS));
    }

    @Test
    void moneyMayCarryTheDeclaredCurrencyCodeAndMayBeNegative() throws IOException {
        ObservationTable t = strict(HEADER + "2026-03-01,a,1,12.5 EUR\n2026-03-01,b,1,EUR -0.25\n");
        assertEquals(OptionalLong.of(12_500_000), t.value(0, StandardMeasures.COST));
        assertEquals(OptionalLong.of(-250_000), t.value(1, StandardMeasures.COST));
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("2026-03-01,search,4000\n", "", "3", "has 3 fields, the header has 4"),
                Arguments.of("2026-03-01,search,4000,1,extra\n", "", "5", "has 5 fields, the header has 4"),
                Arguments.of("2026-02-30,search,4000,1\n", "date", "2026-02-30", "is not a date in format uuuu-MM-dd"),
                Arguments.of("01/03/2026,search,4000,1\n", "date", "01/03/2026", "is not a date in format uuuu-MM-dd"),
                Arguments.of(",search,4000,1\n", "date", "", "date is missing"),
                Arguments.of("0000-12-31,search,4000,1\n", "date", "0000-12-31",
                        "date must be in 0001-01-01..9999-12-31"),
                Arguments.of("2026-03-01,,4000,1\n", "channel", "", "dimension value must not be empty"),
                Arguments.of("2026-03-01,search,4k,1\n", "impressions", "4k",
                        "is not a number in NumberStyle[decimal '.', no grouping]"),
                Arguments.of("2026-03-01,search,4000,1.2.3\n", "cost", "1.2.3",
                        "is not a number in NumberStyle[decimal '.', no grouping]"),
                Arguments.of("2026-03-01,search,-3,1\n", "impressions", "-3", "impressions must be >= 0"),
                Arguments.of("2026-03-01,search,2.5,1\n", "impressions", "2.5", "must be a whole number"),
                Arguments.of("2026-03-01,search,99999999999999999999,1\n", "impressions", "99999999999999999999",
                        "is out of range: must be within a long"),
                Arguments.of("2026-03-01,search,1,0.0000001\n", "cost", "0.0000001",
                        "has more than 6 decimal places (finer than micros)"),
                Arguments.of("2026-03-01,search,1,12.50 XYZ\n", "cost", "12.50 XYZ",
                        "unknown currency 'XYZ': not an ISO 4217 code"),
                Arguments.of("2026-03-01,search,1,12.50 USD\n", "cost", "12.50 USD",
                        "Currency mismatch: USD vs EUR (declared)"),
                // A code needs an amount beside it: four characters are read as an amount, not as a code.
                Arguments.of("2026-03-01,search,1,USD \n", "cost", "USD ",
                        "is not a number in NumberStyle[decimal '.', no grouping]"),
                Arguments.of("2026-03-01,search,1, USD\n", "cost", " USD",
                        "is not a number in NumberStyle[decimal '.', no grouping]"),
                Arguments.of("2026-03-01,\"a\u0001b\",1,1\n", "channel", "a\u0001b",
                        "dimension value must not contain control characters (U+0001 at index 1)"),
                Arguments.of("2026-03-01,UK\u200B,1,1\n", "channel", "UK\u200B",
                        "dimension value must not contain zero-width or bidi format characters (U+200B at index 2)"),
                Arguments.of("2026-03-01,\u200Esearch,1,1\n", "channel", "\u200Esearch",
                        "dimension value must not contain zero-width or bidi format characters (U+200E at index 0)"));
    }

    @ParameterizedTest
    @MethodSource("badRows")
    void strictStopsAtTheFirstBadRowNamingLineColumnValueAndRule(String row, String column, String value,
            String rule) {
        // Line 1 is the header, line 2 a good row, line 3 the bad one, line 4 another good one.
        CsvImportException e = strictFails(HEADER + "2026-03-01,search,1,1\n" + row + "2026-03-01,x,1,1\n");
        assertEquals(new RejectedRow(3, column, value, rule), e.problem());
        assertTrue(e.getMessage().startsWith("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains(rule), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("badRows")
    void lenientKeepsTheGoodRowsAndReportsTheBadOne(String row, String column, String value, String rule)
            throws IOException {
        ImportResult<ObservationTable> r = lenient(HEADER + "2026-03-01,search,1,1\n" + row + "2026-03-01,x,1,1\n");
        assertEquals(List.of(new RejectedRow(3, column, value, rule)), r.rejected());
        assertEquals(2, r.value().size());
        assertEquals("search", r.value().dimension(0, "channel"));
        assertEquals("x", r.value().dimension(1, "channel"));
    }

    @Test
    void lenientReportsEveryBadRowInFileOrder() throws IOException {
        String csv = HEADER
                + "2026-03-01,a,1,1\n"       // 2 good
                + "2026-03-01,b,-1,1\n"      // 3 negative count
                + "2026-03-01,c,1\n"         // 4 wrong field count
                + "2026-03-01,d,1,1\n"       // 5 good
                + "2026-13-01,e,1,1\n";      // 6 bad date
        ImportResult<ObservationTable> r = lenient(csv);
        assertEquals(List.of(3L, 4L, 6L), r.rejected().stream().map(RejectedRow::line).toList());
        assertEquals(2, r.value().size());
        // Nothing dropped unreported: 5 data records = 2 accepted + 3 rejected.
        assertEquals(5, r.value().size() + r.rejected().size());
        assertEquals(false, r.isClean());
    }

    @Test
    void anEmptyFileIsRefusedInBothModes() {
        RejectedRow expected = new RejectedRow(1, "", "",
                "the file is empty: a header row naming the columns is expected");
        assertEquals(expected, strictFails("").problem());
        assertEquals(expected, assertThrows(CsvImportException.class, () -> lenient("")).problem());
    }

    @Test
    void aHeaderAloneGivesAnEmptyTable() throws IOException {
        ObservationTable t = strict("date,channel,impressions,cost");
        assertEquals(0, t.size());
        assertEquals(List.of("channel"), t.dimensions());
        assertTrue(lenient(HEADER).isClean());
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsSkipped() throws IOException {
        ObservationTable t = strict("\uFEFF" + HEADER + "2026-03-01,search,7,1\n");
        assertEquals(OptionalLong.of(7), t.value(0, StandardMeasures.IMPRESSIONS));
    }

    @Test
    void aByteOrderMarkInAUtf8FileIsSkipped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.csv");
        byte[] body = (HEADER + "2026-03-01,search,7,1\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);
        ObservationTable t = ObservationCsv.readStrict(file, MAPPING);
        assertEquals(1, t.size());
        assertTrue(ObservationCsv.readLenient(file, MAPPING).isClean());
    }

    @Test
    void quotedNewlinesKeepLineNumbersAsAnEditorShowsThem() throws IOException {
        String csv = "date,channel,impressions,cost,note\n"      // 1
                + "2026-03-01,search,1,1,\"two\nlines\"\n"       // 2-3
                + "2026-03-01,\"so,cial\",1,1,\"a\n\nb\"\n"      // 4-6
                + "2026-03-01,search,-5,1,x\n";                  // 7
        ObservationMapping m = ObservationMapping.builder().date("date").dimension("channel")
                .measure("impressions", StandardMeasures.IMPRESSIONS).money("cost", StandardMeasures.COST, "EUR")
                .ignore("note").build();
        ImportResult<ObservationTable> r = ObservationCsv.readLenient(new StringReader(csv), m);
        assertEquals(List.of(new RejectedRow(7, "impressions", "-5", "impressions must be >= 0")), r.rejected());
        assertEquals("so,cial", r.value().dimension(1, "channel"));
    }

    @Test
    void crlfLineEndingsAreRead() throws IOException {
        String csv = "date,channel,impressions,cost\r\n2026-03-01,search,1,1\r\n2026-03-02,search,x,1\r\n";
        ImportResult<ObservationTable> r = lenient(csv);
        assertEquals(1, r.value().size());
        assertEquals("search", r.value().dimension(0, "channel"));
        assertEquals(List.of(new RejectedRow(3, "impressions", "x",
                "is not a number in NumberStyle[decimal '.', no grouping]")), r.rejected());
    }

    @Test
    void blankLinesAreSkippedAndDoNotShiftLineNumbers() throws IOException {
        ImportResult<ObservationTable> r = lenient(HEADER + "\n2026-03-01,a,1,1\n\n2026-03-01,b,-1,1\n");
        assertEquals(1, r.value().size());
        assertEquals(5, r.rejected().get(0).line());
    }

    @Test
    void aMissingMappedColumnIsRefused() {
        CsvImportException e = strictFails("date,impressions,cost\n2026-03-01,1,1\n");
        assertEquals(new RejectedRow(1, "channel", "",
                "mapped column 'channel' is missing from the header [date, impressions, cost]"), e.problem());
    }

    @Test
    void aDuplicateHeaderNameIsRefused() {
        CsvImportException e = strictFails("date,channel,impressions,cost,channel\n");
        assertEquals(new RejectedRow(1, "channel", "channel",
                "duplicate header name: columns 2 and 5 are both 'channel'"), e.problem());
        assertThrows(CsvImportException.class, () -> lenient("date,channel,impressions,cost,cost\n"));
    }

    @Test
    void anUnmappedColumnIsRefusedUnlessIgnored() throws IOException {
        String csv = "date,channel,impressions,cost,note\n2026-03-01,a,1,1,hello\n";
        CsvImportException e = strictFails(csv);
        assertEquals("note", e.problem().column());
        assertTrue(e.problem().rule().contains("neither mapped nor ignored"), e.problem().rule());
        ObservationMapping lax = ObservationMapping.builder().date("date").dimension("channel")
                .measure("impressions", StandardMeasures.IMPRESSIONS).money("cost", StandardMeasures.COST, "EUR")
                .ignoreUnmappedColumns().build();
        assertEquals(1, ObservationCsv.readStrict(new StringReader(csv), lax).size());
    }

    @Test
    void anUnclosedQuoteIsMalformedCsv() {
        CsvImportException e = strictFails(HEADER + "2026-03-01,search,1,1\n2026-03-01,\"sear\n");
        assertEquals(3, e.problem().line());
        assertTrue(e.problem().rule().startsWith("malformed CSV after line 2"), e.problem().rule());
    }

    @Test
    void aSecondGaugeValueForTheSameSeriesAndDayIsRefused() throws IOException {
        ObservationMapping m = ObservationMapping.builder().date("date").dimension("channel")
                .measure("followers", StandardMeasures.FOLLOWERS).build();
        String csv = "date,channel,followers\n2026-03-01,a,10\n2026-03-01,b,20\n2026-03-01,a,11\n2026-03-02,a,12\n";
        ImportResult<ObservationTable> r = ObservationCsv.readLenient(new StringReader(csv), m);
        assertEquals(List.of(new RejectedRow(4, "followers", "11", "gauge 'followers' allows one value per "
                + "dimensions and date; line 2 has the same date 2026-03-01 and dimensions")), r.rejected());
        assertEquals(3, r.value().size());
    }

    @Test
    void declaredFormatsAreApplied() throws IOException {
        ObservationMapping m = ObservationMapping.builder().date("Day").dateFormat("dd.MM.yyyy")
                .dimension("Channel", "channel").measure("Impr", StandardMeasures.IMPRESSIONS)
                .money("Spend", StandardMeasures.COST, Currency.getInstance("JPY"))
                .numberStyle(NumberStyle.of(',', '.')).fieldSeparator(';').build();
        String csv = "Day;Channel;Impr;Spend\n01.03.2026;tv;1.234.567;1.000,5\n31.04.2026;tv;1;1\n";
        ImportResult<ObservationTable> r = ObservationCsv.readLenient(new StringReader(csv), m);
        assertEquals(LocalDate.of(2026, 3, 1), r.value().date(0));
        assertEquals(OptionalLong.of(1_234_567), r.value().value(0, StandardMeasures.IMPRESSIONS));
        // 1.000,5 = 1000.5 units = 1,000,500,000 micros.
        assertEquals(OptionalLong.of(1_000_500_000), r.value().value(0, StandardMeasures.COST));
        // 31 April does not exist: strict resolution refuses it instead of moving it to 30 April.
        assertEquals(List.of(new RejectedRow(3, "Day", "31.04.2026", "is not a date in format dd.MM.uuuu")),
                r.rejected());
    }

    @Test
    void theReaderIsLeftOpen() throws IOException {
        StringReader in = new StringReader(HEADER);
        ObservationCsv.readStrict(in, MAPPING);
        in.ready(); // a closed StringReader would throw IOException here
    }

    @Test
    void nullsAreRefusedByName() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> ObservationCsv.readStrict(new StringReader(HEADER), null));
        assertEquals("mapping", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> ObservationCsv.readStrict((Path) null, MAPPING));
        assertEquals("file", e.getMessage());
    }
}
