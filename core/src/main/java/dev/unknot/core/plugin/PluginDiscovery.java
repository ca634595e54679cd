package dev.unknot.core.plugin;

import dev.unknot.core.spi.TechniquePlugin;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds plugin providers through {@link ServiceLoader} and reads them, turning every way a
 * provider can break into a {@link FailedPlugin} instead of an exception.
 */
final class PluginDiscovery {

    static final String SERVICE_FILE = "META-INF/services/" + TechniquePlugin.class.getName();

    /** A bound on providers per source, so that a looping provider iterator cannot hang start-up. */
    private static final int MAX_PROVIDERS_PER_SOURCE = 1_000;

    private final List<LoadedPlugin> found = new ArrayList<>();
    private final List<FailedPlugin> failed = new ArrayList<>();

    List<LoadedPlugin> found() {
        return found;
    }

    List<FailedPlugin> failed() {
        return failed;
    }

    /** Reads the providers {@code loader} can see, in order of plugin id. */
    void fromClassLoader(ClassLoader loader) {
        List<LoadedPlugin> fromClasspath = new ArrayList<>();
        readProviders(ServiceLoader.load(TechniquePlugin.class, loader), "classpath", fromClasspath);
        fromClasspath.sort(Comparator.comparing(LoadedPlugin::id));
        found.addAll(fromClasspath);
    }

    /** Reads every {@code *.jar} in {@code directory}, in order of file name, each in its own class loader. */
    void fromDirectory(Path directory) {
        fromDirectory(directory, file -> false);
    }

    /** {@link #fromDirectory(Path)}, leaving out the jars {@code left} names. */
    void fromDirectory(Path directory, java.util.function.Predicate<Path> left) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(directory)) {
            jars = files.filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .filter(Files::isRegularFile)
                    .filter(left.negate())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            failed.add(new FailedPlugin(
                    directory.toString(), Optional.empty(), "cannot list the plugin directory: " + describe(e)));
            return;
        }
        jars.forEach(this::fromJar);
    }

    /** Reads the providers of one jar, in a class loader of its own. */
    void fromJar(Path jar) {
        String source = jar.toString();
        try (JarFile ignored = new JarFile(jar.toFile())) {
            // Opened only to tell a broken archive apart from a jar that is not a plugin.
        } catch (IOException e) {
            failed.add(new FailedPlugin(source, Optional.empty(), "not a readable jar: " + describe(e)));
            return;
        }
        URLClassLoader loader;
        try {
            loader = new PluginClassLoader(
                    jar.toUri().toURL(), new ServiceFilesHidden(TechniquePlugin.class.getClassLoader()));
        } catch (MalformedURLException e) {
            failed.add(new FailedPlugin(source, Optional.empty(), "cannot open: " + describe(e)));
            return;
        }
        if (loader.findResource(SERVICE_FILE) == null) {
            failed.add(
                    new FailedPlugin(source, Optional.empty(), "not an Unknot plugin: the jar has no " + SERVICE_FILE));
            close(loader);
            return;
        }
        int before = found.size() + failed.size();
        readProviders(ServiceLoader.load(TechniquePlugin.class, loader), source, found);
        if (found.size() + failed.size() == before) {
            failed.add(new FailedPlugin(source, Optional.empty(), SERVICE_FILE + " names no provider"));
        }
        // The loader stays open while a plugin from it is in use: its classes are loaded lazily.
    }

    private void readProviders(ServiceLoader<TechniquePlugin> serviceLoader, String source, List<LoadedPlugin> into) {
        Iterator<TechniquePlugin> providers = serviceLoader.iterator();
        for (int attempt = 0; attempt < MAX_PROVIDERS_PER_SOURCE; attempt++) {
            TechniquePlugin plugin;
            try {
                if (!providers.hasNext()) {
                    return;
                }
                plugin = providers.next();
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                failed.add(new FailedPlugin(source, Optional.empty(), describe(e)));
                continue;
            }
            String location = location(plugin.getClass()).orElse(source);
            try {
                into.add(LoadedPlugin.read(plugin, location));
            } catch (RuntimeException | LinkageError e) {
                failed.add(new FailedPlugin(
                        location, idOf(plugin), plugin.getClass().getName() + ": " + describe(e)));
            }
        }
        failed.add(
                new FailedPlugin(source, Optional.empty(), "stopped after " + MAX_PROVIDERS_PER_SOURCE + " providers"));
    }

    /** The plugin's id, when its descriptor can be read. */
    static Optional<String> idOf(TechniquePlugin plugin) {
        try {
            return Optional.of(plugin.descriptor().id());
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static Optional<String> location(Class<?> type) {
        return Optional.ofNullable(type.getProtectionDomain().getCodeSource())
                .map(CodeSource::getLocation)
                .map(PluginDiscovery::pathOf);
    }

    private static String pathOf(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (Exception e) {
            return url.toString();
        }
    }

    /** The message of a failure and of its root cause, on one line. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = messageOf(failure);
        if (root != failure) {
            message += " (" + root.getClass().getSimpleName() + ": " + messageOf(root) + ")";
        }
        return message.replaceAll("\\s+", " ").strip();
    }

    private static String messageOf(Throwable failure) {
        return failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getName()
                : failure.getMessage();
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException ignored) {
            // Nothing was loaded from it; a failed close leaks one file handle at worst.
        }
    }

    /**
     * A plugin jar's own class loader. It looks in the jar first for everything but the JDK and
     * core, so that a jar's classes are its own even when the host happens to have a class of the
     * same name (a copy of a built-in plugin, say), and its location is reported truthfully.
     */
    private static final class PluginClassLoader extends URLClassLoader {

        static {
            ClassLoader.registerAsParallelCapable();
        }

        PluginClassLoader(URL jar, ClassLoader parent) {
            super(new URL[] {jar}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (sharedWithHost(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> type = findLoadedClass(name);
                if (type == null) {
                    try {
                        type = findClass(name);
                    } catch (ClassNotFoundException notInJar) {
                        return super.loadClass(name, resolve);
                    }
                }
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
        }

        private static boolean sharedWithHost(String name) {
            return name.startsWith("java.")
                    || name.startsWith("javax.")
                    || name.startsWith("jdk.")
                    || name.startsWith("dev.unknot.core.")
                    || name.startsWith("org.apiguardian.");
        }
    }

    /**
     * The parent of a plugin jar's class loader: delegates classes to the host, but hides the
     * host's service files so that {@link ServiceLoader} sees only the jar's own providers.
     */
    private static final class ServiceFilesHidden extends ClassLoader {

        ServiceFilesHidden(ClassLoader host) {
            super(host);
        }

        @Override
        public URL getResource(String name) {
            return name.startsWith("META-INF/services/") ? null : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith("META-INF/services/") ? Collections.emptyEnumeration() : super.getResources(name);
        }
    }
}
