package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.metric.StandardMeasures;
import org.kpisdk.core.value.PeriodKey;

/**
 * Regression tests for what fuzzing {@link PartialAggregate#fromBytes} found (see {@code docs/fuzzing.md}): bytes
 * that decoded to a partial no scan of the query can produce, which then failed late, far from the bytes, or gave a
 * wrong result; and refusals without a message. Each is now refused at decoding with an
 * {@link IllegalArgumentException} that names the part of the bytes and the rule. "(fuzzer)" marks what Jazzer found
 * on the decoder before the fix (its crash input is kept in the seed corpus and replayed here); "(review)" marks what
 * was found reading the decoder against the target's contract, fixed in the same change.
 */
final class PartialBytesFuzzFindingsTest {
    private static final Query QUERY = PartialBytesFuzzTest.QUERY;
    private static final long MARCH = PeriodKey.parse("2026-03").index();
    private static final Currency EUR = Currency.getInstance("EUR");
    /** 2026-03-01, the first day of {@link #MARCH}. */
    private static final long MARCH_1 = java.time.LocalDate.of(2026, 3, 1).toEpochDay();

    /** A group as a scan of {@link #QUERY} makes it: 2 sums (ad_clicks, impressions, cost: 3 states), 1 gauge. */
    private static Group group(String[] dims, long period, long rows, long present, long count) {
        int sums = QUERY.sumStates().size();
        long[] s = new long[sums];
        long[] p = new long[sums];
        java.util.Arrays.fill(s, present == 0 ? 0 : 5);
        java.util.Arrays.fill(p, present);
        Cell[][] cells = {{new Cell(new String[] {"UK"}, MARCH_1, 7, MARCH_1 + 1, 8, 15, count)}};
        return new Group(dims, period, rows, s, p, Group.zeros(s.length), cells);
    }

    private static Group good() {
        return group(new String[] {"search"}, MARCH, 2, 1, 2);
    }

    private static byte[] encode(Group g) {
        return PartialCodec.encode(QUERY.sumStates(), List.of(g), Map.of(StandardMeasures.COST, EUR), Set.of(),
                false);
    }

    private static String refusal(byte[] bytes) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PartialAggregate.fromBytes(QUERY, bytes));
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a message: " + e);
        return e.getMessage();
    }

    @Test
    void theWellFormedGroupTheseTestsCorruptIsAccepted() {
        PartialAggregate p = PartialAggregate.fromBytes(QUERY, encode(good()));
        assertEquals(1, p.groupCount());
        assertEquals(2, p.rowCount());
    }

    /**
     * Finding (fuzzer): {@code Currency.getInstance} refuses an unknown code with an exception that has no message,
     * which escaped {@code fromBytes} as is.
     */
    @Test
    void unknownCurrencyCodeIsRefusedWithAMessage() {
        byte[] bytes = encode(good());
        byte[] bad = replaceUtf(bytes, "EUR", "EUX");
        assertTrue(refusal(bad).contains("currency code that is not ISO 4217: 'EUX'"));
        assertTrue(refusal(crash("crash_currency_code_without_message"))
                .contains("currency code that is not ISO 4217"));
    }

    /** Finding (review): an unknown unit name gave {@code No enum constant ...}, not saying where it came from. */
    @Test
    void unknownUnitNameIsRefusedNamingTheField() {
        String m = refusal(replaceUtf(encode(good()), "MONEY", "MONEX"));
        assertTrue(m.contains("unknown unit 'MONEX'"), m);
    }

    /** Finding (review): a currency for a measure the query never reads was kept, unlike any scan's partial. */
    @Test
    void currencyOfAMeasureOutsideTheQueryIsRefused() {
        byte[] bytes = PartialCodec.encode(QUERY.sumStates(), List.of(good()),
                Map.of(StandardMeasures.CONVERSION_VALUE, EUR), Set.of(), false);
        assertTrue(refusal(bytes).contains("not a money measure of query"));
    }

    /**
     * Finding (review): a group with more dimension values than the query groups by was accepted, and its result
     * silently lost the extra value (or, with fewer, the row had too few dimensions).
     */
    @Test
    void groupWithTheWrongNumberOfDimensionValuesIsRefused() {
        assertTrue(refusal(encode(group(new String[] {"search", "UK"}, MARCH, 2, 1, 2)))
                .contains("must have 1 dimension values for groupBy [channel], had 2"));
        assertTrue(refusal(encode(group(new String[0], MARCH, 2, 1, 2))).contains("had 0"));
    }

    /**
     * Finding (fuzzer): an empty or control-character dimension value was accepted and failed only in
     * {@code result()}.
     */
    @Test
    void invalidDimensionValueIsRefused() {
        assertTrue(refusal(encode(group(new String[] {""}, MARCH, 2, 1, 2))).contains("must not be empty"));
        assertTrue(refusal(encode(group(new String[] {"a\u0000"}, MARCH, 2, 1, 2))).contains("control"));
        assertTrue(refusal(crash("crash_dimension_value_with_nul")).contains("group 0 in bytes: value of dimension"));
    }

    /**
     * Finding (fuzzer): a period index outside years 1..9999 (or none, for a query with a grain) was accepted and
     * failed only in {@code result()}.
     */
    @Test
    void periodOutsideTheGrainIsRefused() {
        assertTrue(refusal(encode(group(new String[] {"search"}, Long.MAX_VALUE, 2, 1, 2))).contains("period"));
        assertTrue(refusal(encode(group(new String[] {"search"}, Group.NO_PERIOD, 2, 1, 2))).contains("period"));
        assertTrue(refusal(crash("crash_period_index_outside_grain")).contains("group 0 in bytes: period index"));
    }

    /** Finding (review): negative row counts, presence above the row count and sums present in no row were accepted. */
    @Test
    void impossibleCountsAreRefused() {
        assertTrue(refusal(encode(group(new String[] {"search"}, MARCH, 0, 0, 2))).contains("must count >= 1 rows"));
        assertTrue(refusal(encode(group(new String[] {"search"}, MARCH, 2, 3, 2))).contains("present in 0..2"));
        Group g = good();
        g.present[0] = 0;
        assertTrue(refusal(encode(g)).contains("present in no row"));
    }

    /** Finding (review): a gauge cell with no observations (count 0) or with its last day before its first. */
    @Test
    void emptyOrBackwardsGaugeCellIsRefused() {
        assertTrue(refusal(encode(group(new String[] {"search"}, MARCH, 2, 1, 0))).contains("count >= 1"));
        Group g = good();
        Cell c = g.cells[0][0];
        g.cells[0][0] = new Cell(c.series, 5, c.firstValue, 4, c.lastValue, c.sum, c.count);
        assertTrue(refusal(encode(g)).contains("first day <= last day"));
    }

    /**
     * Finding (fuzzer, on the code before the fix): money sums without a declared currency were accepted and
     * {@code result()} then failed with {@code currency of money measure 'cost' is not declared}, far from the bytes.
     */
    @Test
    void moneyValuesWithoutTheirCurrencyAreRefused() {
        byte[] bytes = PartialCodec.encode(QUERY.sumStates(), List.of(good()), Map.of(), Set.of(), false);
        assertTrue(refusal(bytes).contains("values of money measure 'cost' but declare no currency"));
        // The fuzzer's input renamed the cost currency entry to 'scot': now refused at that entry.
        assertTrue(refusal(crash("crash_money_values_without_currency")).contains("measure scot"));
        Group none = group(new String[] {"search"}, MARCH, 2, 0, 2);
        assertEquals(1, PartialAggregate.fromBytes(QUERY,
                PartialCodec.encode(QUERY.sumStates(), List.of(none), Map.of(), Set.of(), false))
                .groupCount(), "no cost values: no currency needed, as for a table without the cost column");
    }

    /** Finding (review): two currencies for one measure were accepted, the second silently replacing the first. */
    @Test
    void currencyDeclaredTwiceIsRefused() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            out.writeInt(0x4b504132);
            out.writeBoolean(false);
            out.writeInt(2);
            for (String code : new String[] {"EUR", "USD"}) {
                out.writeUTF("cost");
                out.writeUTF("MONEY");
                out.writeUTF("ADDITIVE");
                out.writeUTF("LAST");
                out.writeUTF(code);
            }
            out.writeInt(0);
        }
        assertTrue(refusal(b.toByteArray()).contains("currency of measure 'cost' twice"));
    }

    /** Issue 26 (review): a gauge cell dated outside its group's period was accepted. */
    @Test
    void gaugeCellDatedOutsideItsGroupsPeriodIsRefused() {
        Group g = good();
        Cell c = g.cells[0][0];
        long april1 = MARCH_1 + 31;
        g.cells[0][0] = new Cell(c.series, MARCH_1, c.firstValue, april1, c.lastValue, c.sum, c.count);
        assertEquals("group 0 in bytes: gauge cell [UK]{first=7@20513, last=8@20544, sum=15, n=2} must be dated "
                + "within the group's days 20513..20543 (2026-03-01..2026-03-31)", refusal(encode(g)));
        g.cells[0][0] = new Cell(c.series, MARCH_1 - 1, c.firstValue, MARCH_1, c.lastValue, c.sum, c.count);
        assertTrue(refusal(encode(g)).contains("must be dated within the group's days 20513..20543"));
        // The last day of March is inside.
        g.cells[0][0] = new Cell(c.series, MARCH_1, c.firstValue, april1 - 1, c.lastValue, c.sum, c.count);
        assertEquals(1, PartialAggregate.fromBytes(QUERY, encode(g)).groupCount());
    }

    /** Issue 26 (review): a cell of one observation (or one day) whose first, last and sum disagree was accepted. */
    @Test
    void oneObservationCellWhoseValuesDisagreeIsRefused() {
        Group g = good();
        Cell c = g.cells[0][0];
        g.cells[0][0] = new Cell(c.series, MARCH_1, 7, MARCH_1, 8, 7, 1);
        assertEquals("group 0 in bytes: gauge cell [UK]{first=7@20513, last=8@20513, sum=7, n=1} spans one day, so "
                + "its first, last and sum must agree", refusal(encode(g)));
        g.cells[0][0] = new Cell(c.series, MARCH_1, 7, MARCH_1, 7, 9, 1);
        assertTrue(refusal(encode(g)).contains("spans one day, so its first, last and sum must agree"));
        g.cells[0][0] = new Cell(c.series, MARCH_1, 7, MARCH_1 + 1, 7, 7, 1);
        assertEquals("group 0 in bytes: gauge cell [UK]{first=7@20513, last=7@20514, sum=7, n=1} holds one "
                + "observation, so its first and last day must agree", refusal(encode(g)));
        g.cells[0][0] = new Cell(c.series, MARCH_1, 7, MARCH_1, 7, 7, 1);
        assertEquals(1, PartialAggregate.fromBytes(QUERY, encode(g)).groupCount());
    }

    /** Issue 26 (review): bytes after the empty marker were ignored although no scan writes them. */
    @Test
    void trailingBytesAfterTheEmptyMarkerAreRefused() {
        byte[] empty = PartialAggregate.empty().toBytes();
        assertEquals(PartialAggregate.empty(), PartialAggregate.fromBytes(QUERY, empty));
        byte[] longer = java.util.Arrays.copyOf(empty, empty.length + 3);
        assertEquals("bytes marked empty must hold no currencies, no undeclared measures, no groups and nothing "
                + "after them, held 0, 0, 0 and 3 more bytes", refusal(longer));
        byte[] withGroups = PartialCodec.encode(QUERY.sumStates(), List.of(good()), Map.of(StandardMeasures.COST, EUR),
                Set.of(), true);
        assertTrue(refusal(withGroups).startsWith("bytes marked empty must hold no currencies, no undeclared "
                + "measures, no groups and nothing after them, held 1, "));
    }

    /** Returns a crash input the fuzzer found, kept in the seed corpus (so regression mode replays it too). */
    private static byte[] crash(String name) {
        try (java.io.InputStream in = PartialBytesFuzzFindingsTest.class
                .getResourceAsStream("PartialBytesFuzzTestInputs/fromBytes/" + name)) {
            assertTrue(in != null, name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Replaces the first modified-UTF-8 string {@code from} (length-prefixed) in {@code bytes} by {@code to}. */
    private static byte[] replaceUtf(byte[] bytes, String from, String to) {
        assertEquals(from.length(), to.length());
        byte[] f = from.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 2; i + f.length <= bytes.length; i++) {
            if (bytes[i - 2] == 0 && bytes[i - 1] == f.length
                    && java.util.Arrays.equals(bytes, i, i + f.length, f, 0, f.length)) {
                byte[] out = bytes.clone();
                System.arraycopy(to.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, out, i, f.length);
                return out;
            }
        }
        throw new AssertionError(from + " not found");
    }
}
