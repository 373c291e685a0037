package org.kpisdk.goals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Black-box check of the packaged jar (Failsafe runs it against the jar, after {@code package}). */
final class ModuleNameIT {
    @Test
    void jarNamesItsAutomaticModule() throws IOException, URISyntaxException {
        Path location = Path.of(Goal.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isRegularFile(location) && location.toString().endsWith(".jar"),
                () -> "expected the packaged jar on the class path, was " + location);
        try (JarFile jar = new JarFile(location.toFile())) {
            assertEquals("org.kpisdk.goals",
                    jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
        }
    }
}
