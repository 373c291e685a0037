package org.kpisdk.core.metric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** No public signature of the metric package mentions a type of {@code org.kpisdk.core.internal}. */
final class ApiSurfaceTest {
    @Test
    void publicSignaturesDoNotExposeInternalTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(MetricDefinition.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/kpisdk/core/metric");
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".class")) {
                    continue;
                }
                Class<?> c = Class.forName("org.kpisdk.core.metric." + name.substring(0, name.length() - 6));
                if (!Modifier.isPublic(c.getModifiers())) {
                    continue;
                }
                checked++;
                for (Method m : c.getMethods()) {
                    check(leaks, c, m.toGenericString());
                }
                for (Constructor<?> k : c.getConstructors()) {
                    check(leaks, c, k.toGenericString());
                }
                for (Field fl : c.getFields()) {
                    check(leaks, c, fl.toGenericString());
                }
            }
        }
        assertTrue(checked >= 15, "public types found: " + checked);
        assertTrue(leaks.isEmpty(), () -> "internal types in public API: " + leaks);
    }

    private static void check(List<String> leaks, Class<?> c, String signature) {
        if (signature.contains("org.kpisdk.core.internal")) {
            leaks.add(c.getSimpleName() + ": " + signature);
        }
    }
}
