package org.kpisdk.testkit;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Streams of generated test cases for JUnit 5 {@code @ParameterizedTest @MethodSource}, with the seed in every
 * display name and the edge cases of each generator always first.
 *
 * <pre>{@code
 * static Stream<Arguments> triples() {
 *     return Cases.of(RatioGen.ratios(), RatioGen.ratios(), RatioGen.ratios());
 * }
 *
 * @ParameterizedTest
 * @MethodSource("triples")
 * void plusIsAssociative(Ratio a, Ratio b, Ratio c) {
 *     Laws.associative(Ratio::plus, a, b, c);
 * }
 * }</pre>
 *
 * <p>Case {@code i} draws from a {@link SplittableRandom} seeded with {@code seed + i × golden gamma}, so any case
 * can be replayed alone. System properties change the run: {@value #SEED_PROPERTY} (a decimal or {@code 0x} hex
 * seed) and {@value #CASES_PROPERTY} (the number of cases per test), e.g.
 * {@code ./mvnw verify -Dkpi.testkit.seed=0x1234 -Dkpi.testkit.cases=100000}.
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class Cases {
    /** The system property that sets the seed. */
    public static final String SEED_PROPERTY = "kpi.testkit.seed";
    /** The system property that sets the number of cases per test. */
    public static final String CASES_PROPERTY = "kpi.testkit.cases";
    /** The seed used when {@value #SEED_PROPERTY} is not set. */
    public static final long DEFAULT_SEED = 0x5EED_2026_0001L;
    /** The number of cases used when {@value #CASES_PROPERTY} is not set. */
    public static final int DEFAULT_CASES = 1_000;

    private static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;

    private Cases() {
    }

    /** Returns the seed of this run: {@value #SEED_PROPERTY} if set, else {@link #DEFAULT_SEED}. */
    public static long seed() {
        String text = System.getProperty(SEED_PROPERTY, "").trim();
        if (text.isEmpty()) {
            return DEFAULT_SEED;
        }
        try {
            return text.startsWith("0x") || text.startsWith("0X") ? Long.parseUnsignedLong(text.substring(2), 16)
                    : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEED_PROPERTY + " must be a decimal or 0x hex long, was '" + text + "'",
                    e);
        }
    }

    /** Returns the number of cases per test: {@value #CASES_PROPERTY} if set, else {@code defaultCount}. */
    public static int count(int defaultCount) {
        String text = System.getProperty(CASES_PROPERTY, "").trim();
        if (text.isEmpty()) {
            return defaultCount;
        }
        try {
            int n = Integer.parseInt(text);
            if (n < 1) {
                throw new IllegalArgumentException(CASES_PROPERTY + " must be >= 1, was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(CASES_PROPERTY + " must be a positive integer, was '" + text + "'", e);
        }
    }

    /** Returns the random source of case {@code index} of the run's seed. */
    public static SplittableRandom random(int index) {
        return new SplittableRandom(seed() + index * GOLDEN_GAMMA);
    }

    /** Returns {@link #DEFAULT_CASES} (or {@value #CASES_PROPERTY}) cases of one generated value. */
    public static <A> Stream<Arguments> of(Gen<A> a) {
        return stream(count(DEFAULT_CASES), a);
    }

    /** Returns cases of two independent generated values. */
    public static <A, B> Stream<Arguments> of(Gen<A> a, Gen<B> b) {
        return stream(count(DEFAULT_CASES), a, b);
    }

    /** Returns cases of three independent generated values. */
    public static <A, B, C> Stream<Arguments> of(Gen<A> a, Gen<B> b, Gen<C> c) {
        return stream(count(DEFAULT_CASES), a, b, c);
    }

    /**
     * Returns {@code count} cases (at least; edge-case combinations come first) of the given generators, each
     * case an {@link Arguments} whose first value is {@link Named named} with the case number and the seed.
     */
    public static Stream<Arguments> stream(int count, Gen<?>... gens) {
        if (gens.length == 0) {
            throw new IllegalArgumentException("at least one generator is needed");
        }
        long seed = seed();
        int edges = 0;
        for (Gen<?> g : gens) {
            edges = Math.max(edges, g.edgeCases().size());
        }
        int edgeCount = edges;
        int total = Math.max(count, edgeCount);
        return IntStream.range(0, total).mapToObj(i -> {
            SplittableRandom random = new SplittableRandom(seed + i * GOLDEN_GAMMA);
            Object[] values = new Object[gens.length];
            for (int g = 0; g < gens.length; g++) {
                List<?> e = gens[g].edgeCases();
                // Edge cases first: case i < edgeCount takes edge i of each generator (cycling shorter lists).
                values[g] = i < edgeCount && !e.isEmpty() ? e.get((i + g) % e.size()) : gens[g].next(random);
            }
            String name = String.format(Locale.ROOT, "case %d of seed 0x%X: %s", i, seed, values[0]);
            values[0] = Named.of(name, values[0]);
            return Arguments.of(values);
        });
    }
}
