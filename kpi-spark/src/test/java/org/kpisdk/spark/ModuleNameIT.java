package org.kpisdk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Black-box check of the packaged jar (run by Failsafe after {@code package}). */
final class ModuleNameIT {
    @Test
    void theJarNamesItsModule() throws IOException {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("kpi-spark-.*\\.jar")
                    && !p.getFileName().toString().contains("sources")).findFirst().orElseThrow();
        }
        assertTrue(Files.size(jar) > 0);
        try (JarFile j = new JarFile(jar.toFile())) {
            assertEquals("org.kpisdk.spark", j.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
        }
    }
}
