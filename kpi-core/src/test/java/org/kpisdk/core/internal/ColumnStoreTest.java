package org.kpisdk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.metric.BaseMeasure;
import org.kpisdk.core.value.Unit;

/**
 * Index look-ups and the memory estimate of {@link ColumnStore}. Byte counts are worked out by hand from the
 * HotSpot 64-bit layout the estimate documents: an array costs a 16-byte header plus 4 bytes per {@code int} and 8
 * per {@code long}; a dictionary string costs a fixed overhead plus one byte per (Latin-1) character.
 */
final class ColumnStoreTest {
    private static final BaseMeasure CLICKS = BaseMeasure.additive("clicks", Unit.COUNT);
    private static final BaseMeasure COST = BaseMeasure.additive("cost", Unit.MONEY);

    private static ColumnStore store(int[] days, String[][] dictionaries, long[][] presence, int[] series,
            int[][] seriesCodes) {
        int n = days.length;
        int[][] codes = new int[dictionaries.length][n];
        return new ColumnStore(n, days, new String[] {"channel"}, dictionaries, codes,
                new BaseMeasure[] {CLICKS, COST}, new Currency[] {null, Currency.getInstance("EUR")},
                new long[][] {new long[n], new long[n]}, presence, new long[2], series, seriesCodes);
    }

    @Test
    void indexLookupsAnswerMinusOneForUnknownNames() {
        ColumnStore s = store(new int[] {3, 1, 2}, new String[][] {{"x"}}, new long[2][], null, new int[0][]);
        assertEquals(0, s.measureIndex(CLICKS));
        assertEquals(1, s.measureIndex(COST));
        assertEquals(-1, s.measureIndex(BaseMeasure.additive("leads", Unit.COUNT)));
        assertEquals(0, s.dimensionIndex("channel"));
        assertEquals(-1, s.dimensionIndex("region"));
        assertEquals(1, s.minDay);
        assertEquals(3, s.maxDay);
    }

    @Test
    void columnBytesCountsEveryRowArray() {
        // 3 rows, 1 dimension, 2 measures, no bitmaps, no series:
        // days 16+4*3 = 28; codes 16+4*3 = 28; values 2 x (16+8*3) = 80 -> 136
        ColumnStore plain = store(new int[] {1, 2, 3}, new String[][] {{"x"}}, new long[2][], null, new int[0][]);
        assertEquals(136, plain.columnBytes());
        // a presence bitmap of one long for the second measure adds 16+8 = 24 -> 160
        ColumnStore bitmap = store(new int[] {1, 2, 3}, new String[][] {{"x"}}, new long[][] {null, {0b111L}}, null,
                new int[0][]);
        assertEquals(160, bitmap.columnBytes());
        // a series column of 3 ints adds 16+4*3 = 28 -> 164
        ColumnStore series = store(new int[] {1, 2, 3}, new String[][] {{"x"}}, new long[2][], new int[] {0, 0, 0},
                new int[][] {{0}});
        assertEquals(164, series.columnBytes());
        // the empty store still pays its four array headers (days, one codes, two values): 4 x 16 = 64
        ColumnStore empty = store(new int[0], new String[][] {{}}, new long[2][], null, new int[0][]);
        assertEquals(64, empty.columnBytes());
    }

    @Test
    void dictionaryBytesGrowByOneBytePerCharacterAndFourPerSeriesCode() {
        long none = store(new int[0], new String[][] {{}}, new long[2][], null, new int[0][]).dictionaryBytes();
        long ab = store(new int[0], new String[][] {{"ab"}}, new long[2][], null, new int[0][]).dictionaryBytes();
        long abcd = store(new int[0], new String[][] {{"abcd"}}, new long[2][], null, new int[0][]).dictionaryBytes();
        long two = store(new int[0], new String[][] {{"ab", "abcd"}}, new long[2][], null, new int[0][])
                .dictionaryBytes();
        assertEquals(0, none);
        assertTrue(ab > 2, "a string costs more than its characters, was " + ab);
        assertEquals(2, abcd - ab);            // two more Latin-1 characters
        assertEquals(ab + abcd, two);          // strings add up
        // series codes: one array of 2 ints = 16+4*2 = 24 bytes; of 5 ints = 16+4*5 = 36
        long series2 = store(new int[0], new String[][] {{}}, new long[2][], new int[0], new int[][] {{0, 1}})
                .dictionaryBytes();
        long series5 = store(new int[0], new String[][] {{}}, new long[2][], new int[0],
                new int[][] {{0, 1, 2, 3, 4}}).dictionaryBytes();
        assertEquals(24, series2);
        assertEquals(36, series5);
    }
}
