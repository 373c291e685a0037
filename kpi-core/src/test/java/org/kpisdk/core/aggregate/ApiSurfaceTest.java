package org.kpisdk.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.data.ObservationTable;

/** Guards that no public signature of the data and aggregate packages mentions an internal type. */
final class ApiSurfaceTest {
    private static final List<Class<?>> API = List.of(ObservationTable.class, ObservationTable.Builder.class,
            ObservationTable.RowBuilder.class, Query.class, Query.Builder.class, QueryResult.class,
            QueryResult.Row.class, PartialAggregate.class, Change.class, Comparison.class);

    @Test
    void noPublicSignatureMentionsAnInternalType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : API) {
            assertTrue(Modifier.isFinal(c.getModifiers()) || c.isEnum(), c + " must be final");
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    check(leaks, m.toGenericString(), m.getGenericReturnType());
                    for (Type t : m.getGenericParameterTypes()) {
                        check(leaks, m.toGenericString(), t);
                    }
                }
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (Modifier.isPublic(k.getModifiers())) {
                    for (Type t : k.getGenericParameterTypes()) {
                        check(leaks, k.toGenericString(), t);
                    }
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers())) {
                    check(leaks, f.toGenericString(), f.getGenericType());
                }
            }
        }
        assertTrue(leaks.isEmpty(), () -> "internal types in public API: " + leaks);
    }

    private static void check(List<String> leaks, String member, Type type) {
        if (type.getTypeName().contains("org.kpisdk.core.internal")) {
            leaks.add(member);
        }
    }
}
