package org.kpisdk.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assertions;

/**
 * A stress check for shared immutable objects: the same computation, run from many threads released together by a
 * barrier, must give exactly what it gives on one thread.
 *
 * <pre>{@code
 * Concurrency.sameFromThreads(8, 200, () -> query.execute(table));
 * }</pre>
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class Concurrency {
    /** The number of threads the issue asks for. */
    public static final int THREADS = 8;

    private Concurrency() {
    }

    /**
     * Computes {@code task} once on the calling thread, then {@code iterations} times on each of {@code threads}
     * threads started together by a {@link CyclicBarrier}, and asserts that every result equals the first.
     *
     * @return the single-threaded result
     */
    public static <T> T sameFromThreads(int threads, int iterations, Supplier<T> task) {
        return sameFromThreads(threads, iterations, task, Function.identity());
    }

    /**
     * As {@link #sameFromThreads(int, int, Supplier)}, comparing {@code view.apply(result)} (for result types
     * without value equality, e.g. their rows or their text).
     *
     * @return the single-threaded result
     */
    public static <T> T sameFromThreads(int threads, int iterations, Supplier<T> task,
            Function<? super T, ?> view) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(view, "view");
        T reference = task.get();
        Object expected = view.apply(reference);
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    for (int i = 0; i < iterations; i++) {
                        Object actual = view.apply(task.get());
                        if (!expected.equals(actual)) {
                            throw new AssertionError("iteration " + i + " differs from the single-threaded result:\n"
                                    + "expected " + expected + "\n  actual " + actual);
                        }
                    }
                    return iterations;
                }));
            }
            int done = 0;
            for (Future<Integer> f : futures) {
                done += f.get(60, TimeUnit.SECONDS);
            }
            Assertions.assertEquals(threads * iterations, done);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new AssertionError("a thread failed", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("threads did not finish in time", e);
        } finally {
            pool.shutdownNow();
        }
        return reference;
    }
}
