package org.kpisdk.testkit;

import java.util.Objects;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Checks that bad input is refused the documented way: by exactly the documented exception type, with a message
 * that names the field, the value and the rule, never by a silent answer or another exception.
 *
 * <pre>{@code
 * static Stream<Arguments> hostile() {
 *     return Stream.of(Refusals.refused("negative count", () -> Count.of(-1),
 *             IllegalArgumentException.class, "count must be >= 0, was -1"));
 * }
 *
 * @ParameterizedTest
 * @MethodSource("hostile")
 * void refused(Executable call, Class<? extends Throwable> type, String fragment) {
 *     Refusals.assertRefused(call, type, fragment);
 * }
 * }</pre>
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class Refusals {
    private Refusals() {
    }

    /**
     * Returns the arguments of one refusal case for a parameterized test: the call (named {@code name} in the test's
     * display name), the exception type and a fragment its message must contain.
     */
    public static Arguments refused(String name, Executable call, Class<? extends Throwable> type, String fragment) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fragment, "fragment");
        return Arguments.of(Named.of(name, call), type, fragment);
    }

    /**
     * Asserts that {@code call} throws exactly {@code type} (not a subtype) whose message contains
     * {@code fragment}; an accepted call or any other exception fails, naming what happened.
     */
    public static void assertRefused(Executable call, Class<? extends Throwable> type, String fragment) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fragment, "fragment");
        Throwable e = Assertions.assertThrows(Throwable.class, call, () -> "accepted the input; expected "
                + type.getSimpleName() + " containing '" + fragment + "'");
        Assertions.assertEquals(type, e.getClass(), () -> "wrong exception: " + e);
        Assertions.assertTrue(String.valueOf(e.getMessage()).contains(fragment),
                () -> "message '" + e.getMessage() + "' does not contain '" + fragment + "'");
    }
}
