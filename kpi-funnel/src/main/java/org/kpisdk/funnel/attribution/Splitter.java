package org.kpisdk.funnel.attribution;

/**
 * How a model splits the conversions of a row. Rows with equal keys must get equal splits, so the engine computes
 * one split per key. Package-private machinery.
 */
interface Splitter {
    /** Returns a key (with value equality) that determines the split of row {@code row}. */
    Object key(JourneySet set, int row);

    /** Returns the exact split of the conversions of row {@code row}. */
    Split split(JourneySet set, int row);
}
