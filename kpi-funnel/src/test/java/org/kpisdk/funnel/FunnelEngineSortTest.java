package org.kpisdk.funnel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.Gen;

/**
 * The engine's two sorts against a plain comparator sort: the three-column quicksort (used when the input order
 * breaks ties) and the packed-key sort with its bit layout.
 */
final class FunnelEngineSortTest {
    /** Rows of a log: entity, timestamp and type columns, with many repeats so that ties are common. */
    static final class Rows {
        final long[] e;
        final long[] t;
        final int[] types;

        Rows(long[] e, long[] t, int[] types) {
            this.e = e;
            this.t = t;
            this.types = types;
        }

        int size() {
            return e.length;
        }

        @Override
        public String toString() {
            return size() + " rows";
        }
    }

    static final Gen<Rows> ROWS = Gen.of(FunnelEngineSortTest::rows, List.of(
            new Rows(new long[0], new long[0], new int[0]),
            new Rows(new long[] {5}, new long[] {-1}, new int[] {2}),
            sortedRows(40),
            reversed(sortedRows(40))));

    private static Rows rows(SplittableRandom r) {
        // Sizes around the insertion-sort cut-off (16) and well above it.
        int size = r.nextInt(4) == 0 ? r.nextInt(0, 20) : r.nextInt(20, 600);
        int entities = 1 + r.nextInt(size + 1);
        long entityBase = r.nextBoolean() ? 0 : r.nextLong(-1_000_000_000L, 1_000_000_000L);
        long timeBase = r.nextBoolean() ? 0 : r.nextLong(-1_000_000_000_000L, 1_000_000_000_000L);
        int timeSpread = 1 + r.nextInt(r.nextBoolean() ? 5 : 100_000);
        long[] e = new long[size];
        long[] t = new long[size];
        int[] types = new int[size];
        for (int i = 0; i < size; i++) {
            e[i] = entityBase + r.nextInt(entities);
            t[i] = timeBase + r.nextInt(timeSpread);
            types[i] = r.nextInt(6);
        }
        return new Rows(e, t, types);
    }

    private static Rows sortedRows(int size) {
        long[] e = new long[size];
        long[] t = new long[size];
        for (int i = 0; i < size; i++) {
            e[i] = i / 4;
            t[i] = i % 4 / 2;
        }
        return new Rows(e, t, new int[size]);
    }

    private static Rows reversed(Rows rows) {
        int n = rows.size();
        long[] e = new long[n];
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            e[i] = rows.e[n - 1 - i];
            t[i] = rows.t[n - 1 - i];
        }
        return new Rows(e, t, new int[n]);
    }

    static Stream<Arguments> rowSets() {
        return Cases.stream(Cases.count(300), ROWS);
    }

    @ParameterizedTest
    @MethodSource("rowSets")
    void theThreeColumnSortOrdersByEntityTimeAndInputRow(Rows rows) {
        int n = rows.size();
        long[] e = rows.e.clone();
        long[] t = rows.t.clone();
        int[] idx = IntStream.range(0, n).toArray();
        // A third of the cases have input indexes that are not the row numbers, as after a merge of logs.
        SplittableRandom r = new SplittableRandom(n);
        if (n % 3 == 0) {
            for (int i = 0; i < n; i++) {
                idx[i] = r.nextInt(1_000_000) * 1_000 + i;
            }
        }
        int[] inputIdx = idx.clone();
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> rows.e[i]).thenComparingLong(i -> rows.t[i])
                .thenComparingInt(i -> inputIdx[i]));

        FunnelEngine.sort(e, t, idx, n);

        for (int k = 0; k < n; k++) {
            int row = order[k];
            assertEquals(rows.e[row], e[k], "entity at " + k);
            assertEquals(rows.t[row], t[k], "timestamp at " + k);
            assertEquals(inputIdx[row], idx[k], "input index at " + k);
        }
    }

    @Test
    void theThreeColumnSortLeavesRowsPastSizeAlone() {
        long[] e = {3, 2, 1, 0};
        long[] t = {0, 0, 0, 0};
        int[] idx = {0, 1, 2, 3};
        FunnelEngine.sort(e, t, idx, 3);
        assertArrayEquals(new long[] {1, 2, 3, 0}, e);
        assertArrayEquals(new int[] {2, 1, 0, 3}, idx);
    }

    @Test
    void inputSortedByAllButTheLastKeyIsStillSorted() {
        // The already-sorted check must look past equal entities and equal timestamps.
        long[] e = {1, 1, 1, 2, 2};
        long[] t = {5, 9, 7, 3, 3};
        int[] idx = {0, 1, 2, 4, 3};
        FunnelEngine.sort(e, t, idx, 5);
        assertArrayEquals(new long[] {1, 1, 1, 2, 2}, e);
        assertArrayEquals(new long[] {5, 7, 9, 3, 3}, t);
        assertArrayEquals(new int[] {0, 2, 1, 3, 4}, idx);

        // Out of order only by input index, and only by timestamp.
        long[] e2 = {1, 1, 1};
        long[] t2 = {3, 3, 3};
        int[] idx2 = {0, 2, 1};
        FunnelEngine.sort(e2, t2, idx2, 3);
        assertArrayEquals(new int[] {0, 1, 2}, idx2);
        long[] t3 = {3, 4, 4, 2};
        int[] idx3 = {0, 1, 2, 3};
        FunnelEngine.sort(new long[] {1, 1, 1, 1}, t3, idx3, 4);
        assertArrayEquals(new long[] {2, 3, 4, 4}, t3);
        assertArrayEquals(new int[] {3, 0, 1, 2}, idx3);
    }

    @ParameterizedTest
    @MethodSource("rowSets")
    void packedKeysSortLikeTheColumnsAndUnpackToThem(Rows rows) {
        int n = rows.size();
        long[] layout = new long[4];
        long[] keys = FunnelEngine.sortedKeys(rows.e, rows.t, rows.types, n, layout);
        assertNotNull(keys, "these ranges fit in 63 bits");
        assertEquals(n, keys.length);
        long[] e = new long[n];
        long[] t = new long[n];
        int[] types = new int[n];
        FunnelEngine.unpack(keys, layout, e, t, types);

        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> rows.e[i]).thenComparingLong(i -> rows.t[i])
                .thenComparingInt(i -> rows.types[i]));
        for (int k = 0; k < n; k++) {
            int row = order[k];
            assertEquals(rows.e[row], e[k], "entity at " + k);
            assertEquals(rows.t[row], t[k], "timestamp at " + k);
            assertEquals(rows.types[row], types[k], "type at " + k);
        }
    }

    @Test
    void packedKeysTakeRangesThatFillExactlySixtyThreeBits() {
        // Entity span 2^20 − 1 (20 bits), timestamp span 2^40 − 1 (40 bits), types up to 7 (3 bits): 63 bits.
        long[] e = {-7, (1L << 20) - 8, 100};
        long[] t = {Long.MIN_VALUE + 1, Long.MIN_VALUE + (1L << 40), Long.MIN_VALUE + 2};
        int[] types = {7, 0, 3};
        long[] layout = new long[4];
        long[] keys = FunnelEngine.sortedKeys(e, t, types, 3, layout);
        assertNotNull(keys);
        long[] e2 = new long[3];
        long[] t2 = new long[3];
        int[] types2 = new int[3];
        FunnelEngine.unpack(keys, layout, e2, t2, types2);
        assertArrayEquals(new long[] {-7, 100, (1L << 20) - 8}, e2);
        assertArrayEquals(new long[] {Long.MIN_VALUE + 1, Long.MIN_VALUE + 2, Long.MIN_VALUE + (1L << 40)}, t2);
        assertArrayEquals(new int[] {7, 3, 0}, types2);
        // One more bit anywhere and the layout is refused: the caller falls back to the three-column sort.
        assertNull(FunnelEngine.sortedKeys(e, t, new int[] {8, 0, 3}, 3, new long[4]));
        assertNull(FunnelEngine.sortedKeys(new long[] {-7, (1L << 20) - 7, 100}, t, types, 3, new long[4]));
        assertNull(FunnelEngine.sortedKeys(e, new long[] {0, 1L << 40, 2}, types, 3, new long[4]));
    }

    @Test
    void packedKeysRefuseAnEntitySpanThatOverflows() {
        long[] t = {0, 0};
        int[] types = {0, 0};
        assertNull(FunnelEngine.sortedKeys(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, t, types, 2, new long[4]));
        assertNull(FunnelEngine.sortedKeys(new long[] {-1, Long.MAX_VALUE}, t, types, 2, new long[4]));
        // A single entity spans nothing and needs no bits.
        long[] keys = FunnelEngine.sortedKeys(new long[] {Long.MAX_VALUE, Long.MAX_VALUE}, new long[] {9, 4}, types,
                2, new long[4]);
        assertNotNull(keys);
        assertEquals(2, keys.length);
        assertArrayEquals(new long[0], FunnelEngine.sortedKeys(new long[0], new long[0], new int[0], 0, new long[4]));
    }
}
