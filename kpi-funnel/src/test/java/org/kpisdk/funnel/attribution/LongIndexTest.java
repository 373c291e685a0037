package org.kpisdk.funnel.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

final class LongIndexTest {
    @Test
    void assignsDenseIndexesInFirstSeenOrderThroughManyGrowths() {
        LongIndex index = new LongIndex();
        Map<Long, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            // Keys that share their low bits, wide random keys, and repeats of keys already seen.
            long key = switch (i % 3) {
                case 0 -> (long) i << 32;
                case 1 -> random.nextLong();
                default -> (long) (i / 3) << 32;
            };
            Integer before = expected.putIfAbsent(key, expected.size());
            int got = index.indexOf(key);
            assertEquals(before != null ? before : expected.size() - 1, got, "key " + key);
        }
        assertEquals(expected.size(), index.size());
        for (Map.Entry<Long, Integer> entry : expected.entrySet()) {
            assertEquals(entry.getValue(), index.indexOf(entry.getKey()), "key " + entry.getKey());
        }
        assertEquals(expected.size(), index.size());
    }

    @Test
    void zeroAndNegativeKeysAreOrdinaryKeys() {
        LongIndex index = new LongIndex();
        assertEquals(0, index.indexOf(0));
        assertEquals(1, index.indexOf(-1));
        assertEquals(2, index.indexOf(Long.MIN_VALUE));
        assertEquals(0, index.indexOf(0));
        assertEquals(3, index.size());
    }
}
