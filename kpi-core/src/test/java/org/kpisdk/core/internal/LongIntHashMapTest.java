package org.kpisdk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Lookups agree with {@link java.util.HashMap} through growth, probing and the reserved sentinel key. */
final class LongIntHashMapTest {
    @Test
    void absentKeysAnswerMinusOne() {
        LongIntHashMap map = new LongIntHashMap(0);
        assertEquals(-1, map.get(0));
        assertEquals(-1, map.get(Long.MIN_VALUE));
        assertEquals(-1, map.get(Long.MAX_VALUE));
    }

    @Test
    void sentinelKeyLongMinValueIsAnOrdinaryKey() {
        LongIntHashMap map = new LongIntHashMap(4);
        map.put(Long.MIN_VALUE, 7);
        assertEquals(7, map.get(Long.MIN_VALUE));
        assertEquals(-1, map.get(0));
        map.put(0, 3);
        assertEquals(3, map.get(0));
        assertEquals(7, map.get(Long.MIN_VALUE));
    }

    @Test
    void manyKeysSurviveGrowthFromTheSmallestSize() {
        // 20,000 keys into a map sized for 1: it must grow repeatedly; every key keeps its own value and keys never
        // inserted stay absent. The reference is java.util.HashMap.
        LongIntHashMap map = new LongIntHashMap(1);
        Map<Long, Integer> reference = new HashMap<>();
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 20_000; i++) {
            long key = i % 3 == 0 ? i : random.nextLong();
            if (key == Long.MIN_VALUE || reference.containsKey(key)) {
                continue;
            }
            map.put(key, i);
            reference.put(key, i);
        }
        for (Map.Entry<Long, Integer> e : reference.entrySet()) {
            assertEquals(e.getValue().intValue(), map.get(e.getKey()), () -> "key " + e.getKey());
        }
        for (long k = -1; k > -2_000; k--) {
            assertEquals(reference.containsKey(k) ? reference.get(k) : -1, map.get(k), "key " + k);
        }
    }

    @Test
    void denseKeysThatCollideOnTheLowBitsAreAllFound() {
        // keys that differ only above bit 32 share their low word: they probe into each other's slots
        LongIntHashMap map = new LongIntHashMap(16);
        for (int i = 0; i < 5_000; i++) {
            map.put((long) i << 32, i);
        }
        for (int i = 0; i < 5_000; i++) {
            assertEquals(i, map.get((long) i << 32));
            assertEquals(-1, map.get(((long) i << 32) + 1));
        }
    }
}
