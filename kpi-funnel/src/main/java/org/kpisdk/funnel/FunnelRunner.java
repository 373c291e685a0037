package org.kpisdk.funnel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/** Splits rows by entity and runs the parts on their own threads. Not API. */
final class FunnelRunner {
    private FunnelRunner() {
    }

    /** Returns the row numbers of each part; all rows of an entity fall into the same part. */
    static int[][] splitByEntity(long[] entities, int parts) {
        int[] counts = new int[parts];
        int[] partOf = new int[entities.length];
        for (int i = 0; i < entities.length; i++) {
            int p = Math.floorMod(mix(entities[i]), parts);
            partOf[i] = p;
            counts[p]++;
        }
        int[][] rows = new int[parts][];
        for (int p = 0; p < parts; p++) {
            rows[p] = new int[counts[p]];
        }
        int[] fill = new int[parts];
        for (int i = 0; i < entities.length; i++) {
            int p = partOf[i];
            rows[p][fill[p]++] = i;
        }
        return rows;
    }

    private static int mix(long x) {
        long h = x * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** Runs {@code task} on every part, part 0 on the calling thread, and merges the results in part order. */
    static <R> R parallel(int[][] parts, Function<int[], R> task, R identity, BinaryOperator<R> merge) {
        List<Thread> threads = new ArrayList<>();
        List<AtomicReference<R>> results = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int p = 1; p < parts.length; p++) {
            int[] part = parts[p];
            AtomicReference<R> slot = new AtomicReference<>();
            results.add(slot);
            Thread t = new Thread(() -> {
                try {
                    slot.set(task.apply(part));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }, "kpi-funnel-" + p);
            threads.add(t);
            t.start();
        }
        R result = merge.apply(identity, task.apply(parts[0]));
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a funnel part", e);
            }
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException runtimeException) {
            throw runtimeException;
        }
        if (f instanceof Error error) {
            throw error;
        }
        for (AtomicReference<R> r : results) {
            result = merge.apply(result, r.get());
        }
        return result;
    }
}
