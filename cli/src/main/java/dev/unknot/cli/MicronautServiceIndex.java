package dev.unknot.cli;

import io.micronaut.core.beans.BeanIntrospectionReference;
import io.micronaut.core.io.service.MicronautMetaServiceLoaderUtils;
import io.micronaut.core.io.service.SoftServiceLoader;
import io.micronaut.core.io.service.SoftServiceLoader.StaticDefinition;
import io.micronaut.core.io.service.SoftServiceLoader.StaticServiceLoader;
import io.micronaut.core.optim.StaticOptimizations;
import io.micronaut.inject.BeanDefinitionReference;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Micronaut's services (bean definitions, introspections and the rest), found once and remembered
 * in a file. Micronaut finds each service type's classes by opening every jar of the class path as
 * a zip file system and listing its {@code META-INF/micronaut/} directories, and by reading the
 * type's {@code META-INF/services/} files: some 50 ms for the bean definitions, and as much again
 * for each type no jar provides (the application context customizers, say), because a type that
 * is not in a static list is scanned for. Micronaut AOT would supply the lists at build time; this
 * does the same for the launcher's class path from a small file next to the jar
 * ({@code -Dunknot.micronaut-services=FILE}, set by the launcher), which holds both kinds of entry
 * for every type found, so that every other type is known to have none.
 *
 * <p>The file is only used for exactly the class path it was made for: it records every class path
 * entry's size and modification time, and any difference (a rebuilt jar, another dependency, a
 * directory on the class path, whose contents have no such stamp) makes this run scan as always and
 * write the file anew. A file that cannot be read or written only costs the scan.
 */
final class MicronautServiceIndex {

    /** The system property naming the file; without it nothing changes. */
    static final String PROPERTY = "unknot.micronaut-services";

    private static final String HEADER = "# unknot: Micronaut services of this class path, v2";
    private static final String STANDARD_SERVICES = "META-INF/services/";
    private static final MethodType NO_ARGUMENTS = MethodType.methodType(void.class);

    private MicronautServiceIndex() {}

    /**
     * Gives Micronaut the services of this JVM's class path, from the file named by
     * {@link #PROPERTY} or, when that is missing or stale, from a scan that then rewrites it. Must run
     * before anything touches Micronaut's service loading. Returns whether the file was current.
     */
    static boolean install() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return false;
        }
        ClassLoader loader = MicronautServiceIndex.class.getClassLoader();
        List<String> classPath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        Optional<Map<String, Set<String>>> remembered = read(Path.of(file), classPath);
        Map<String, Set<String>> services;
        if (remembered.isPresent()) {
            services = remembered.get();
        } else {
            try {
                services = scan(loader, classPath);
            } catch (IOException | UncheckedIOException e) {
                return false;
            }
            write(Path.of(file), classPath, services);
        }
        Map<String, StaticServiceLoader<?>> loaders = new LinkedHashMap<>();
        services.forEach((type, classes) -> loaders.put(type, new Remembered<>(classes, loader)));
        StaticOptimizations.set(new SoftServiceLoader.Optimizations(new Complete(loaders, loader)));
        warmUp(services, loader);
        return remembered.isPresent();
    }

    /**
     * Initialises the bean definition and introspection references on a second thread, last ones
     * first, while the main thread works through them from the first: each class's static
     * initialiser (its annotation metadata) runs once in the JVM, so the two meet in the middle and
     * the main thread does about half of the 100 ms or so that they take.
     */
    private static void warmUp(Map<String, Set<String>> services, ClassLoader loader) {
        List<String> classes = new ArrayList<>();
        classes.addAll(services.getOrDefault(BeanIntrospectionReference.class.getName(), Set.of()));
        classes.addAll(services.getOrDefault(BeanDefinitionReference.class.getName(), Set.of()));
        Collections.reverse(classes);
        Thread initialiser = new Thread(
                () -> {
                    for (String name : classes) {
                        try {
                            Class.forName(name, true, loader);
                        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                            // Only a head start: the main thread meets the same problem and handles it.
                        }
                    }
                },
                "unknot-micronaut-warm-up");
        initialiser.setDaemon(true);
        initialiser.start();
    }

    /**
     * What Micronaut's own scan would find for every type: the {@code META-INF/micronaut/} entries
     * of the whole class path and the {@code META-INF/services/} files of its jars.
     */
    static Map<String, Set<String>> scan(ClassLoader loader, List<String> classPath) throws IOException {
        Map<String, Set<String>> services = new LinkedHashMap<>();
        MicronautMetaServiceLoaderUtils.findAllMicronautMetaServices(loader)
                .forEach((type, classes) -> services.computeIfAbsent(type, t -> new LinkedHashSet<>())
                        .addAll(classes));
        for (String entry : classPath) {
            if (new File(entry).isFile()) {
                standardServices(Path.of(entry))
                        .forEach((type, classes) -> services.computeIfAbsent(type, t -> new LinkedHashSet<>())
                                .addAll(classes));
            }
        }
        return services;
    }

    /** The service files of one jar, as {@link java.util.ServiceLoader} reads them. */
    static Map<String, Set<String>> standardServices(Path jar) throws IOException {
        Map<String, Set<String>> services = new LinkedHashMap<>();
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (entry.isDirectory()
                        || !name.startsWith(STANDARD_SERVICES)
                        || name.indexOf('/', STANDARD_SERVICES.length()) >= 0) {
                    continue;
                }
                Set<String> classes = services.computeIfAbsent(
                        name.substring(STANDARD_SERVICES.length()), t -> new LinkedHashSet<>());
                try (BufferedReader lines =
                        new BufferedReader(new InputStreamReader(file.getInputStream(entry), StandardCharsets.UTF_8))) {
                    lines.lines()
                            .map(line -> line.replaceFirst("#.*", "").trim())
                            .filter(line -> !line.isEmpty())
                            .forEach(classes::add);
                }
            }
        }
        return services;
    }

    /** The services in {@code file}, when it was made for exactly {@code classPath} as it is now. */
    static Optional<Map<String, Set<String>>> read(Path file, List<String> classPath) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return Optional.empty();
        }
        int line = 1;
        for (String entry : classPath) {
            Optional<String> stamp = stamp(entry);
            if (stamp.isEmpty() || line >= lines.size() || !lines.get(line).equals(stamp.get())) {
                return Optional.empty();
            }
            line++;
        }
        if (line >= lines.size() || !lines.get(line).equals("end of class path")) {
            return Optional.empty();
        }
        Map<String, Set<String>> services = new LinkedHashMap<>();
        Set<String> current = null;
        for (line++; line < lines.size(); line++) {
            String text = lines.get(line);
            if (text.startsWith("service ")) {
                current = new LinkedHashSet<>();
                services.put(text.substring("service ".length()), current);
            } else if (current != null && !text.isEmpty()) {
                current.add(text);
            } else if (!text.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(services);
    }

    /** Writes the file for {@code classPath}, unless some entry cannot be stamped; quietly, as a cache. */
    static void write(Path file, List<String> classPath, Map<String, Set<String>> services) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (String entry : classPath) {
            Optional<String> stamp = stamp(entry);
            if (stamp.isEmpty()) {
                return;
            }
            lines.add(stamp.get());
        }
        lines.add("end of class path");
        services.forEach((type, classes) -> {
            lines.add("service " + type);
            lines.addAll(classes);
        });
        try {
            Path parent = file.toAbsolutePath().getParent();
            Path written = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            try {
                Files.write(written, lines, StandardCharsets.UTF_8);
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(written);
            }
        } catch (IOException | RuntimeException e) {
            // Only a cache: the next run scans again.
        }
    }

    /** A jar's path, size and modification time; nothing for a directory or a missing file. */
    private static Optional<String> stamp(String entry) {
        File file = new File(entry);
        if (!file.isFile()) {
            return Optional.empty();
        }
        return Optional.of("jar " + file.length() + " " + file.lastModified() + " " + file.getAbsolutePath());
    }

    /**
     * The remembered types, and no classes for any other: the file lists every type that the class
     * path provides, so a type missing from it needs no scan.
     */
    private static final class Complete extends AbstractMap<String, StaticServiceLoader<?>> {

        private final Map<String, StaticServiceLoader<?>> remembered;
        private final ClassLoader loader;

        Complete(Map<String, StaticServiceLoader<?>> remembered, ClassLoader loader) {
            this.remembered = remembered;
            this.loader = loader;
        }

        @Override
        public StaticServiceLoader<?> get(Object type) {
            StaticServiceLoader<?> found = remembered.get(type);
            return found != null ? found : new Remembered<>(Set.of(), loader);
        }

        @Override
        public boolean containsKey(Object type) {
            return true;
        }

        @Override
        public Set<Entry<String, StaticServiceLoader<?>>> entrySet() {
            return remembered.entrySet();
        }
    }

    /**
     * One service type's remembered classes, instantiated as Micronaut's scan would: classes that
     * are missing or have no public no-argument constructor are left out.
     */
    private record Remembered<S>(Set<String> classes, ClassLoader loader) implements StaticServiceLoader<S> {

        @Override
        public Stream<StaticDefinition<S>> findAll(Predicate<String> condition) {
            List<StaticDefinition<S>> found = new ArrayList<>(classes.size());
            for (String name : classes) {
                if (condition != null && !condition.test(name)) {
                    continue;
                }
                S instance = instantiate(name);
                if (instance != null) {
                    found.add(StaticDefinition.of(name, () -> instance));
                }
            }
            return found.stream();
        }

        /** As Micronaut's own loading does: a class that cannot be loaded or made is no service here. */
        @SuppressWarnings("unchecked")
        private S instantiate(String name) {
            MethodHandle constructor;
            try {
                constructor =
                        MethodHandles.publicLookup().findConstructor(Class.forName(name, false, loader), NO_ARGUMENTS);
            } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException | LinkageError e) {
                return null;
            }
            try {
                return (S) constructor.invoke();
            } catch (NoClassDefFoundError e) {
                // It names a class of a library that is not on the class path (a test framework's, say).
                return null;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
