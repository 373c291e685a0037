package org.kpisdk.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A seeded generator of test values that also knows its edge cases, which {@link Cases} always mixes in before
 * the random values.
 *
 * <pre>{@code
 * Gen<Long> counts = Gen.longs(0, 1_000_000);            // edge cases 0, 1, 999_999, 1_000_000
 * Gen<Ratio> ratios = Gen.combine(counts, counts, Ratio::of);
 * Ratio r = ratios.next(new SplittableRandom(42));       // the same value for the same seed, always
 * }</pre>
 *
 * <p>Generators are immutable and thread-safe; all randomness comes from the {@link SplittableRandom} passed in.
 *
 * @param <T> the type of generated values
 */
public interface Gen<T> {
    /** Returns a random value drawn from {@code random}. */
    T next(SplittableRandom random);

    /** Returns the edge cases to test before any random value (such as 0, 1, the bounds); by default none. */
    default List<T> edgeCases() {
        return List.of();
    }

    /** Returns a generator with {@code edges} added to the edge cases. */
    default Gen<T> withEdgeCases(List<? extends T> edges) {
        List<T> all = new ArrayList<>(edgeCases());
        all.addAll(edges);
        return of(this::next, all);
    }

    /** Returns a generator of {@code f} applied to this generator's values (and edge cases). */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        List<R> edges = new ArrayList<>();
        for (T e : edgeCases()) {
            edges.add(f.apply(e));
        }
        return of(r -> f.apply(next(r)), edges);
    }

    /** Returns a generator that redraws until {@code condition} holds; edge cases that fail it are dropped. */
    default Gen<T> filter(Predicate<? super T> condition) {
        Objects.requireNonNull(condition, "condition");
        List<T> edges = new ArrayList<>();
        for (T e : edgeCases()) {
            if (condition.test(e)) {
                edges.add(e);
            }
        }
        return of(r -> {
            for (int attempt = 0; attempt < 10_000; attempt++) {
                T value = next(r);
                if (condition.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("filter rejected 10,000 values in a row: loosen the generator");
        }, edges);
    }

    /** Returns a generator from a function and a list of edge cases. */
    static <T> Gen<T> of(Function<SplittableRandom, ? extends T> next, List<? extends T> edgeCases) {
        Objects.requireNonNull(next, "next");
        List<T> edges = Collections.unmodifiableList(new ArrayList<>(edgeCases));
        return new Gen<T>() {
            @Override
            public T next(SplittableRandom random) {
                return next.apply(random);
            }

            @Override
            public List<T> edgeCases() {
                return edges;
            }
        };
    }

    /** Returns {@code long}s in {@code [min, max]}; edge cases are the bounds, 0 and 1 when in range. */
    static Gen<Long> longs(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min must be <= max, was " + min + " > " + max);
        }
        List<Long> edges = new ArrayList<>();
        for (long e : new long[] {min, max, 0, 1, -1, min + 1, max - 1}) {
            if (e >= min && e <= max && !edges.contains(e)) {
                edges.add(e);
            }
        }
        // SplittableRandom's bound is exclusive, so a range ending at Long.MAX_VALUE is drawn one lower and shifted;
        // ranges wider than Long.MAX_VALUE are fine (it rejects out-of-range draws).
        return of(r -> max < Long.MAX_VALUE ? r.nextLong(min, max + 1)
                : min > Long.MIN_VALUE ? r.nextLong(min - 1, max) + 1
                : r.nextLong(), edges);
    }

    /** Returns {@code int}s in {@code [min, max]}; edge cases are the bounds, 0 and 1 when in range. */
    static Gen<Integer> ints(int min, int max) {
        return longs(min, max).map(Long::intValue);
    }

    /**
     * Returns {@code long}s in {@code [0, max]} skewed towards small values (half of them below 1,000), as
     * marketing counts are; edge cases 0, 1 and {@code max}.
     */
    static Gen<Long> counts(long max) {
        Gen<Long> small = longs(0, Math.min(max, 999));
        Gen<Long> any = longs(0, max);
        return of(r -> r.nextBoolean() ? small.next(r) : any.next(r), any.edgeCases());
    }

    /** Returns one of {@code values}, uniformly; every value is also an edge case. */
    @SafeVarargs
    static <T> Gen<T> oneOf(T... values) {
        List<T> copy = new ArrayList<>(values.length);
        for (T v : values) {
            copy.add(v);
        }
        List<T> list = Collections.unmodifiableList(copy);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one value");
        }
        return of(r -> list.get(r.nextInt(list.size())), list);
    }

    /** Returns lists of {@code minSize} to {@code maxSize} elements; the edge case is the smallest list of edges. */
    static <T> Gen<List<T>> listOf(Gen<T> element, int minSize, int maxSize) {
        Objects.requireNonNull(element, "element");
        if (minSize < 0 || minSize > maxSize) {
            throw new IllegalArgumentException("need 0 <= minSize <= maxSize, was " + minSize + ", " + maxSize);
        }
        List<List<T>> edges = new ArrayList<>();
        if (minSize == 0) {
            edges.add(List.of());
        }
        return of(r -> {
            int size = r.nextInt(minSize, maxSize + 1);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(element.next(r));
            }
            return Collections.unmodifiableList(list);
        }, edges);
    }

    /** Returns {@code f} of two independent values; edge cases pair the edge cases of both, index by index. */
    static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        List<R> edges = new ArrayList<>();
        int n = Math.min(a.edgeCases().size(), b.edgeCases().size());
        for (int i = 0; i < n; i++) {
            edges.add(f.apply(a.edgeCases().get(i), b.edgeCases().get(i)));
        }
        return of(r -> f.apply(a.next(r), b.next(r)), edges);
    }
}
