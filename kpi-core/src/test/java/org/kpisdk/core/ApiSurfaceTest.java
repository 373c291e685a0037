package org.kpisdk.core;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import javax.annotation.ParametersAreNonnullByDefault;

import org.junit.jupiter.api.Test;
import org.kpisdk.core.internal.Checks;
import org.kpisdk.core.value.Ratio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guards the shape of kpi-core's published API: no public signature of a public type outside {@code …internal}
 * mentions an {@code …internal} type, and every package carries a documented, annotated {@code package-info.java}.
 */
final class ApiSurfaceTest {
    private static final String ROOT_PACKAGE = "org.kpisdk.core";
    private static final String INTERNAL = ".internal";

    /** Returns the binary names of every class compiled from kpi-core's main sources. */
    static List<String> mainClassNames() throws Exception {
        Path location = Path.of(Ratio.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return classNames(location);
        }
        try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + location.toUri()), Map.of())) {
            return classNames(jar.getPath("/"));
        }
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> name.startsWith(ROOT_PACKAGE.replace('.', '/') + "/"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .filter(name -> !name.endsWith("module-info"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static boolean isInternal(Class<?> type) {
        String pkg = type.getPackageName();
        return pkg.endsWith(INTERNAL) || pkg.contains(INTERNAL + ".");
    }

    /** A type is API when it and every type enclosing it are public, and it is not in an internal package. */
    static boolean isApi(Class<?> type) {
        if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic() || isInternal(type)) {
            return false;
        }
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** Returns a line per public or protected signature element of {@code type} that mentions an internal type. */
    static List<String> internalLeaks(Class<?> type) {
        List<String> leaks = new ArrayList<>();
        check(leaks, type.getName() + " extends", type.getGenericSuperclass());
        for (Type t : type.getGenericInterfaces()) {
            check(leaks, type.getName() + " implements", t);
        }
        for (TypeVariable<?> v : type.getTypeParameters()) {
            check(leaks, type.getName() + " type parameter " + v.getName(), v);
        }
        for (Field f : type.getDeclaredFields()) {
            if (visible(f)) {
                check(leaks, type.getName() + "." + f.getName(), f.getGenericType());
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c)) {
                checkAll(leaks, type.getName() + ".<init>", c.getGenericParameterTypes(),
                        c.getGenericExceptionTypes(), c.getTypeParameters());
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (visible(m) && !m.isSynthetic()) {
                String where = type.getName() + "." + m.getName();
                check(leaks, where, m.getGenericReturnType());
                checkAll(leaks, where, m.getGenericParameterTypes(), m.getGenericExceptionTypes(),
                        m.getTypeParameters());
            }
        }
        return leaks;
    }

    private static boolean visible(Member member) {
        int modifiers = member.getModifiers();
        return Modifier.isPublic(modifiers)
                || (Modifier.isProtected(modifiers) && !Modifier.isFinal(member.getDeclaringClass().getModifiers()));
    }

    private static void checkAll(List<String> leaks, String where, Type[] parameters, Type[] exceptions,
            TypeVariable<?>[] variables) {
        for (Type t : parameters) {
            check(leaks, where, t);
        }
        for (Type t : exceptions) {
            check(leaks, where + " throws", t);
        }
        for (Type t : variables) {
            check(leaks, where + " type parameter", t);
        }
    }

    private static void check(List<String> leaks, String where, Type type) {
        Set<Class<?>> mentioned = new HashSet<>();
        collect(type, mentioned, new HashSet<>());
        new TreeSet<>(mentioned.stream().filter(ApiSurfaceTest::isInternal).map(Class::getName)
                .collect(Collectors.toSet())).forEach(name -> leaks.add(where + " mentions " + name));
    }

    private static void collect(Type type, Set<Class<?>> out, Set<Type> seen) {
        if (type == null || !seen.add(type)) {
            return;
        }
        if (type instanceof Class) {
            Class<?> c = (Class<?>) type;
            while (c.isArray()) {
                c = c.getComponentType();
            }
            out.add(c);
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), out, seen);
            collect(p.getOwnerType(), out, seen);
            for (Type a : p.getActualTypeArguments()) {
                collect(a, out, seen);
            }
        } else if (type instanceof WildcardType wildcardType) {
            for (Type b : wildcardType.getUpperBounds()) {
                collect(b, out, seen);
            }
            for (Type b : wildcardType.getLowerBounds()) {
                collect(b, out, seen);
            }
        } else if (type instanceof GenericArrayType genericArrayType) {
            collect(genericArrayType.getGenericComponentType(), out, seen);
        } else if (type instanceof TypeVariable) {
            for (Type b : ((TypeVariable<?>) type).getBounds()) {
                collect(b, out, seen);
            }
        }
    }

    @Test
    void noPublicSignatureMentionsAnInternalType() throws Exception {
        List<Class<?>> api = new ArrayList<>();
        for (String name : mainClassNames()) {
            Class<?> type = Class.forName(name, false, Ratio.class.getClassLoader());
            if (isApi(type)) {
                api.add(type);
            }
        }
        Set<String> names = api.stream().map(Class::getName).collect(Collectors.toSet());
        // Guards against a scan that silently finds nothing.
        assertTrue(names.containsAll(List.of("org.kpisdk.core.value.Ratio", "org.kpisdk.core.value.Money",
                "org.kpisdk.core.value.Dimensions")), () -> "API types found: " + names);
        assertTrue(names.stream().noneMatch(n -> n.startsWith("org.kpisdk.core.internal.")));
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : api) {
            leaks.addAll(internalLeaks(type));
        }
        assertEquals(List.of(), leaks, "public API must not mention internal types");
    }

    /** Fixtures that leak {@link Checks} in every position the scan looks at, to show that it would fail. */
    public static class Leaky<T extends Checks> {
        public Checks field;

        public Leaky(Checks checks) {
        }

        protected List<? super Checks> wildcard() {
            return List.of();
        }

        public Optional<Map<String, Checks[]>> nested() {
            return Optional.empty();
        }

        public <U extends Comparable<Checks>> void bounded(U u) {
        }

        Checks packagePrivateIsFine() {
            return null;
        }

        @SuppressWarnings("UnusedMethod") // exists only for the reflective scan to skip
        @Nullable
        private static Checks privateIsFine() {
            return null;
        }
    }

    @Test
    void theScanFindsLeaksInEveryPosition() {
        List<String> leaks = internalLeaks(Leaky.class);
        String leaky = Leaky.class.getName();
        String checks = " mentions " + Checks.class.getName();
        assertEquals(new TreeSet<>(List.of(leaky + " type parameter T" + checks, leaky + ".field" + checks,
                leaky + ".<init>" + checks, leaky + ".wildcard" + checks, leaky + ".nested" + checks,
                leaky + ".bounded" + checks, leaky + ".bounded type parameter" + checks)), new TreeSet<>(leaks));
        assertTrue(isApi(Ratio.class));
        assertFalse(isApi(Checks.class), "internal package");
        assertFalse(isApi(Leaky.class), "public, but nested in a package-private class");
        assertTrue(internalLeaks(Ratio.class).isEmpty());
        assertTrue(Collections.disjoint(leaks, List.of(leaky + ".packagePrivateIsFine" + checks)));
    }

    /** Every package of compiled main classes has a package-info annotated {@code @ParametersAreNonnullByDefault}. */
    @Test
    void everyCompiledPackageIsAnnotated() throws Exception {
        Set<String> packages = new TreeSet<>();
        for (String name : mainClassNames()) {
            packages.add(name.substring(0, name.lastIndexOf('.')));
        }
        assertTrue(packages.containsAll(List.of("org.kpisdk.core.value", "org.kpisdk.core.internal")),
                packages::toString);
        List<String> missing = new ArrayList<>();
        for (String pkg : packages) {
            try {
                Class<?> info = Class.forName(pkg + ".package-info", false, Ratio.class.getClassLoader());
                if (!info.isAnnotationPresent(ParametersAreNonnullByDefault.class)) {
                    missing.add(pkg + " (package-info without @ParametersAreNonnullByDefault)");
                }
            } catch (ClassNotFoundException e) {
                missing.add(pkg + " (no package-info)");
            }
        }
        assertEquals(List.of(), missing);
    }

    /**
     * Every source directory with Java files has a {@code package-info.java} with a Javadoc paragraph before the
     * package declaration and {@code @ParametersAreNonnullByDefault}. The sources are found next to the compiled
     * classes ({@code kpi-core/target/classes} or the jar in {@code kpi-core/target}), so the test also runs from
     * another module's directory (the mutation run in kpi-testkit).
     */
    @Test
    void everySourcePackageHasADocumentedPackageInfo() throws Exception {
        Path classes = Path.of(Ratio.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path sources = classes.getParent().getParent().resolve("src/main/java");
        assertTrue(Files.isDirectory(sources), () -> sources.toAbsolutePath() + " is not a directory");
        Set<Path> dirs;
        try (Stream<Path> files = Files.walk(sources)) {
            dirs = files.filter(p -> p.toString().endsWith(".java")).map(Path::getParent)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertTrue(dirs.size() >= 2, dirs::toString);
        List<String> problems = new ArrayList<>();
        for (Path dir : dirs) {
            Path info = dir.resolve("package-info.java");
            if (!Files.exists(info)) {
                problems.add(dir + ": no package-info.java");
                continue;
            }
            String text = Files.readString(info);
            int doc = text.indexOf("/**");
            int pkg = text.indexOf("\npackage ");
            if (doc < 0 || pkg < 0 || doc > pkg || text.substring(doc + 3, text.indexOf("*/", doc)).isBlank()) {
                problems.add(info + ": no Javadoc paragraph before the package declaration");
            }
            if (!text.contains("@ParametersAreNonnullByDefault")) {
                problems.add(info + ": no @ParametersAreNonnullByDefault");
            }
        }
        assertEquals(List.of(), problems);
    }
}
