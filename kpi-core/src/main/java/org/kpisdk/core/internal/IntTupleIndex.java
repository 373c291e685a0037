package org.kpisdk.core.internal;

import java.util.Arrays;

/**
 * Interns fixed-width tuples of {@code int}s to dense ids {@code 0, 1, 2, …} in order of first appearance: the key
 * scheme for dimension tuples whose cardinalities multiply past a {@code long}, where a mixed-radix packed key
 * would not fit. Tuples are stored flat in one {@code int[]}; the table is open-addressing with linear probing.
 *
 * <pre>{@code
 * IntTupleIndex index = new IntTupleIndex(3);
 * index.intern(new int[] {4, 0, 7});   // 0
 * index.intern(new int[] {4, 1, 7});   // 1
 * index.intern(new int[] {4, 0, 7});   // 0 again
 * index.at(1, 1);                      // 1
 * }</pre>
 *
 * <p>A single-threaded structure. Not API.
 */
public final class IntTupleIndex {
    private final int width;
    private int[] tuples;
    private int size;
    /** Slot → id + 1 (0 is empty). */
    private int[] table;
    private int mask;

    /** Returns an empty index of tuples of {@code width} ints. */
    public IntTupleIndex(int width) {
        Checks.argument(width >= 0, "width must be >= 0, was %d", width);
        this.width = width;
        this.tuples = new int[Math.max(1, width) * 16];
        this.table = new int[64];
        this.mask = table.length - 1;
    }

    /** Returns the number of distinct tuples interned. */
    public int size() {
        return size;
    }

    /** Returns element {@code k} of the tuple with id {@code id}. */
    public int at(int id, int k) {
        return tuples[id * width + k];
    }

    /** Returns the id of {@code tuple} (its first {@code width} elements), interning it if new. */
    public int intern(int[] tuple) {
        int h = hash(tuple, 0);
        int i = h & mask;
        while (true) {
            int e = table[i];
            if (e == 0) {
                break;
            }
            if (matches(e - 1, tuple)) {
                return e - 1;
            }
            i = (i + 1) & mask;
        }
        int id = size;
        Checks.state(id < Integer.MAX_VALUE - 1, "more than %d distinct tuples", Integer.MAX_VALUE - 2);
        long end = (long) (id + 1) * width;
        if (end > tuples.length) {
            Checks.state(end <= Integer.MAX_VALUE - 16, "tuples of width %d exceed an int[]", width);
            tuples = Arrays.copyOf(tuples, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(end, 2L * tuples.length)));
        }
        System.arraycopy(tuple, 0, tuples, id * width, width);
        table[i] = id + 1;
        size++;
        if (2L * size > table.length) {
            rehash();
        }
        return id;
    }

    private boolean matches(int id, int[] tuple) {
        int o = id * width;
        for (int k = 0; k < width; k++) {
            if (tuples[o + k] != tuple[k]) {
                return false;
            }
        }
        return true;
    }

    private int hash(int[] array, int offset) {
        long h = 0x9E3779B97F4A7C15L;
        for (int k = 0; k < width; k++) {
            h = (h ^ array[offset + k]) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return (int) (h ^ (h >>> 32));
    }

    private void rehash() {
        Checks.state(table.length <= 1 << 29, "more than %d distinct tuples", 1 << 29);
        int[] next = new int[table.length * 2];
        int m = next.length - 1;
        for (int id = 0; id < size; id++) {
            int i = hash(tuples, id * width) & m;
            while (next[i] != 0) {
                i = (i + 1) & m;
            }
            next[i] = id + 1;
        }
        table = next;
        mask = m;
    }
}
