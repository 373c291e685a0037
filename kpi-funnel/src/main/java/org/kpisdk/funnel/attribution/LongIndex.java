package org.kpisdk.funnel.attribution;

import java.util.Arrays;

/**
 * Assigns dense indexes 0, 1, 2, … to {@code long} keys in first-seen order: an open-addressing hash map without
 * boxing, for grouping millions of rows. Single-threaded. Package-private machinery.
 */
final class LongIndex {
    private long[] keys = new long[64];
    private int[] values = new int[64];
    private int size;

    LongIndex() {
        Arrays.fill(values, -1);
    }

    /** Returns the index of {@code key}, adding it with the next index if new. */
    int indexOf(long key) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (values[slot] >= 0) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = size;
        size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    int size() {
        return size;
    }

    private static int mix(long key) {
        long h = key * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(values, -1);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] >= 0) {
                int slot = mix(oldKeys[i]) & mask;
                while (values[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
