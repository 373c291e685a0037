package org.kpisdk.testkit;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Black-box check of the packaged jar that Failsafe puts on the class path: its manifest declares
 * {@code Automatic-Module-Name: org.kpisdk.testkit}, and the module system derives that name from it (without the
 * entry it would derive {@code kpi.testkit} from the file name).
 */
final class ModuleNameIT {
    private static final String MODULE_NAME = "org.kpisdk.testkit";

    private static Path jar() throws Exception {
        Path location = Path.of(Gen.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(location.getFileName().toString().matches("kpi-testkit-.*\\.jar"),
                () -> "expected the packaged kpi-testkit jar, got " + location);
        return location;
    }

    @Test
    void manifestDeclaresTheAutomaticModuleName() throws Exception {
        try (JarFile jar = new JarFile(jar().toFile())) {
            assertEquals(MODULE_NAME, jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
        }
    }

    @Test
    void moduleSystemDerivesTheName() throws Exception {
        Set<ModuleDescriptor> found = ModuleFinder.of(jar()).findAll().stream().map(ModuleReference::descriptor)
                .collect(Collectors.toSet());
        assertEquals(1, found.size());
        ModuleDescriptor descriptor = found.iterator().next();
        assertEquals(MODULE_NAME, descriptor.name());
        assertTrue(descriptor.isAutomatic());
        assertTrue(descriptor.packages().contains(Gen.class.getPackageName()));
    }
}
