package org.kpisdk.funnel.attribution;

import java.util.Arrays;

import javax.annotation.Nullable;

/** Keys and small path helpers shared by the models. Package-private machinery. */
final class Paths {
    private Paths() {
    }

    /** An int array with value equality, used as a grouping key. */
    static final class IntsKey {
        private final int[] values;
        private final int hash;

        IntsKey(int[] values) {
            this.values = values;
            this.hash = Arrays.hashCode(values);
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof IntsKey intsKey && Arrays.equals(values, intsKey.values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Returns the path of {@code row} as a key. */
    static Object pathKey(JourneySet set, int row) {
        return new IntsKey(pathArray(set, row));
    }

    /** Returns the set of distinct channels of {@code row} as a key (a bit mask when there are at most 64 channels). */
    static Object setKey(JourneySet set, int row) {
        if (set.channels().size() <= 64) {
            long mask = 0;
            for (int i = set.start(row); i < set.end(row); i++) {
                mask |= 1L << set.touch(i);
            }
            return mask;
        }
        return new IntsKey(distinctSorted(set, row));
    }

    /** Returns the bit mask of the distinct channels of {@code row}; only for sets of at most 64 channels. */
    static long setMask(JourneySet set, int row) {
        long mask = 0;
        for (int i = set.start(row); i < set.end(row); i++) {
            mask |= 1L << set.touch(i);
        }
        return mask;
    }

    static int[] pathArray(JourneySet set, int row) {
        int[] path = new int[set.end(row) - set.start(row)];
        for (int i = 0; i < path.length; i++) {
            path[i] = set.touch(set.start(row) + i);
        }
        return path;
    }

    /** Returns the distinct channel ids of {@code row}, ascending. */
    static int[] distinctSorted(JourneySet set, int row) {
        int[] path = pathArray(set, row);
        Arrays.sort(path);
        int n = 0;
        for (int i = 0; i < path.length; i++) {
            if (i == 0 || path[i] != path[i - 1]) {
                path[n++] = path[i];
            }
        }
        return Arrays.copyOf(path, n);
    }

    /** Returns the distinct channel ids of {@code row} in the order of their first occurrence. */
    static int[] distinctInOrder(JourneySet set, int row) {
        int[] path = pathArray(set, row);
        int n = 0;
        outer:
        for (int c : path) {
            for (int j = 0; j < n; j++) {
                if (path[j] == c) {
                    continue outer;
                }
            }
            path[n++] = c;
        }
        return Arrays.copyOf(path, n);
    }
}
