package dev.unknot.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Builds real plugin jars at test time: compiles Java sources against the test's classpath with
 * the JDK's compiler and packs the classes, plus any resources, into a jar. Shared with other
 * modules through unknot-core's test-jar.
 */
public final class PluginJars {

    public static final String SERVICE_FILE = "META-INF/services/dev.unknot.core.spi.TechniquePlugin";

    /**
     * One file manager for every compilation in this JVM: it indexes the classpath once, which
     * makes each compilation after the first several times faster.
     */
    private static StandardJavaFileManager sharedFileManager;

    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, byte[]> resources = new LinkedHashMap<>();

    private PluginJars() {}

    public static PluginJars builder() {
        return new PluginJars();
    }

    /** Adds a class; {@code className} is fully qualified. */
    public PluginJars source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    /** Registers {@code providers} in META-INF/services, one per line, verbatim. */
    public PluginJars provider(String... providers) {
        return resource(SERVICE_FILE, String.join("\n", providers) + "\n");
    }

    public PluginJars resource(String path, String content) {
        resources.put(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Compiles and writes the jar to {@code jar}, returning it. */
    public Path writeTo(Path jar) {
        Path classes = null;
        try {
            classes = Files.createTempDirectory("plugin-classes");
            compile(classes);
            Files.createDirectories(jar.toAbsolutePath().getParent());
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                    Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    put(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
                for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
                    put(out, resource.getKey(), resource.getValue());
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(classes);
        }
    }

    /** Writes bytes that are not a jar at all, for tests of broken files. */
    public static Path garbage(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, "this is not a zip archive".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void compile(Path classes) {
        if (sources.isEmpty()) {
            return;
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler: run the tests on a JDK, not a JRE");
        }
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, code) -> units.add(new Source(name, code)));
        List<String> options = List.of(
                "-d",
                classes.toString(),
                "-classpath",
                System.getProperty("java.class.path"),
                "--release",
                "17",
                "-proc:none");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok;
        synchronized (PluginJars.class) {
            if (sharedFileManager == null) {
                sharedFileManager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8);
            }
            ok = compiler.getTask(null, sharedFileManager, diagnostics, options, null, units)
                    .call();
        }
        if (!ok) {
            throw new IllegalStateException("test plugin sources did not compile: " + sources.keySet() + "\n"
                    + diagnostics.getDiagnostics().stream()
                            .map(Object::toString)
                            .collect(Collectors.joining("\n")));
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // A leftover temporary directory is harmless.
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
