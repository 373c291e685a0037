package org.kpisdk.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assertions;

/**
 * Reusable checks of algebraic laws: merges that are associative and commutative with an identity, text forms
 * that round-trip, and results that do not depend on how parts are split and merged.
 *
 * <pre>{@code
 * Laws.associative(Ratio::plus, a, b, c);
 * Laws.identity(Ratio::plus, Ratio.empty(), a);
 * Laws.roundTrip(Money::toString, Money::parse, money);
 * }</pre>
 *
 * <p>Overflow is part of the contract: when one side of a law throws {@link ArithmeticException} the other side
 * must throw it too (a merge may never wrap on one path and fail on the other).
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class Laws {
    private Laws() {
    }

    /** Asserts {@code (a ∘ b) ∘ c == a ∘ (b ∘ c)}. */
    public static <T> void associative(BinaryOperator<T> op, T a, T b, T c) {
        same("associativity", () -> op.apply(op.apply(a, b), c), () -> op.apply(a, op.apply(b, c)), Objects::equals,
                a, b, c);
    }

    /** Asserts {@code a ∘ b == b ∘ a}. */
    public static <T> void commutative(BinaryOperator<T> op, T a, T b) {
        same("commutativity", () -> op.apply(a, b), () -> op.apply(b, a), Objects::equals, a, b);
    }

    /** Asserts {@code e ∘ a == a} and {@code a ∘ e == a}. */
    public static <T> void identity(BinaryOperator<T> op, T identity, T a) {
        Assertions.assertEquals(a, op.apply(identity, a), () -> "left identity failed for " + a);
        Assertions.assertEquals(a, op.apply(a, identity), () -> "right identity failed for " + a);
    }

    /** Asserts {@code parse(print(value))} equals {@code value} and prints the same text again. */
    public static <T> void roundTrip(Function<? super T, String> print, Function<String, ? extends T> parse, T value) {
        String text = print.apply(value);
        T back = parse.apply(text);
        Assertions.assertEquals(value, back, () -> "round trip of '" + text + "' gave " + back);
        Assertions.assertEquals(text, print.apply(back), () -> "printing the parsed value of '" + text + "' differs");
    }

    /**
     * Asserts that folding {@code parts} with {@code op} gives the same result in order, in a shuffled order and
     * as a random merge tree, all equal to {@code expected} (by {@code equal}).
     */
    public static <T> void mergeOrderIndependent(List<T> parts, T identity, BinaryOperator<T> op, T expected,
            BiPredicate<? super T, ? super T> equal, SplittableRandom random) {
        T inOrder = identity;
        for (T p : parts) {
            inOrder = op.apply(inOrder, p);
        }
        check(equal, expected, inOrder, "sequential merge");
        List<T> shuffled = new ArrayList<>(parts);
        Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
        T reordered = identity;
        for (T p : shuffled) {
            reordered = op.apply(reordered, p);
        }
        check(equal, expected, reordered, "shuffled merge");
        check(equal, expected, tree(shuffled, identity, op, random), "tree merge");
    }

    private static <T> T tree(List<T> parts, T identity, BinaryOperator<T> op, SplittableRandom random) {
        if (parts.isEmpty()) {
            return identity;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int split = 1 + random.nextInt(parts.size() - 1);
        return op.apply(tree(parts.subList(0, split), identity, op, random),
                tree(parts.subList(split, parts.size()), identity, op, random));
    }

    private static <T> void check(BiPredicate<? super T, ? super T> equal, T expected, T actual, String what) {
        if (!equal.test(expected, actual)) {
            Assertions.fail(what + " gave " + actual + ", expected " + expected);
        }
    }

    private static <T> void same(String law, Supplier<T> left, Supplier<T> right,
            BiPredicate<? super T, ? super T> equal, Object... operands) {
        T l;
        T r;
        try {
            l = left.get();
        } catch (ArithmeticException e) {
            Assertions.assertThrows(ArithmeticException.class, right::get,
                    () -> law + ": left side overflowed (" + e.getMessage() + ") but right side did not for "
                            + List.of(operands));
            return;
        }
        try {
            r = right.get();
        } catch (ArithmeticException e) {
            throw new AssertionError(law + ": right side overflowed but left side gave " + l + " for "
                    + List.of(operands), e);
        }
        if (!equal.test(l, r)) {
            Assertions.fail(law + " failed: " + l + " vs " + r + " for " + List.of(operands));
        }
    }
}
