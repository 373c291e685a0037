package org.kpisdk.funnel.attribution;

/**
 * How a model splits the conversions of a row. Rows with equal keys must get equal splits, so the engine computes
 * one split per key. Package-private machinery.
 */
interface Splitter {
    /** Returns a key (with value equality) that determines the split of row {@code row}. */
    Object key(JourneySet set, int row);

    /** Returns whether {@link #longKey} gives the keys of {@code set} (cheaper than boxed keys). */
    default boolean hasLongKeys(JourneySet set) {
        return false;
    }

    /** Returns the key of row {@code row} as a {@code long}; only when {@link #hasLongKeys} is true. */
    default long longKey(JourneySet set, int row) {
        throw new UnsupportedOperationException("no long keys");
    }

    /** Returns the exact split of the conversions of row {@code row}. */
    Split split(JourneySet set, int row);
}
