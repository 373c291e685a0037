package org.kpisdk.core.value;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.provider.Arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** One bad call, the exception type it must throw and the exact message, as a case of a parameterized test. */
final class Rejection {
    private Rejection() {
    }

    /** Returns the case named by its expected message. */
    static Arguments of(Class<? extends Throwable> type, String message, Executable call) {
        return Arguments.of(Named.of(type.getSimpleName() + ": " + message, type), message, call);
    }

    /** Asserts that {@code call} throws exactly {@code type} with {@code message}. */
    static void check(Class<? extends Throwable> type, String message, Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        assertEquals(type, thrown.getClass(), () -> "wrong exception: " + thrown);
        assertEquals(message, thrown.getMessage());
    }
}
