package org.kpisdk.core.analysis;

/**
 * How a moving average treats undefined (or missing) periods inside its window.
 *
 * <p>Immutable and thread-safe.
 */
public enum UndefinedValues {
    /**
     * Ignore them: a simple average is the mean of the defined values in the window (undefined if there are none);
     * an exponential average carries its state over the gap unchanged and reports it.
     */
    SKIP,
    /**
     * Let them through: a simple average is undefined whenever any period of its window is undefined; an
     * exponential average is undefined at that period and restarts from the next defined value.
     */
    PROPAGATE
}
