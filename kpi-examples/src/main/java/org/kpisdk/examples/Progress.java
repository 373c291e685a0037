package org.kpisdk.examples;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A step-by-step progress indication on standard error: each step is announced with the time elapsed so far, so a
 * run that takes a few seconds never looks stuck. Single-threaded.
 */
final class Progress {
    private final PrintStream out;
    private final long start = System.nanoTime();
    private int steps;

    private Progress(PrintStream out) {
        this.out = out;
    }

    /** Returns a progress indication printed to {@code out}. */
    static Progress to(PrintStream out) {
        return new Progress(out);
    }

    /** Returns a progress indication that prints nothing. */
    static Progress silent() {
        return new Progress(null);
    }

    /** Announces the next step. */
    void step(String what) {
        steps++;
        if (out != null) {
            out.printf(Locale.ROOT, "[%4.1f s] %d. %s...%n", seconds(), steps, what);
        }
    }

    /** Announces the end of the run. */
    void done() {
        if (out != null) {
            out.printf(Locale.ROOT, "[%4.1f s] done%n", seconds());
        }
    }

    private double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
