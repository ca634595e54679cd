package dev.unknot.core.plugin;

import dev.unknot.core.spi.PluginFormat;
import dev.unknot.core.spi.TechniquePlugin;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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

    /** A bound on a data plugin's size: a library of a few hundred techniques is far smaller. */
    static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

    private final List<LoadedPlugin> found = new ArrayList<>();
    private final List<FailedPlugin> failed = new ArrayList<>();
    private final List<PluginFormat> formats = new ArrayList<>();

    PluginDiscovery() {
        this(List.of());
    }

    /** Discovery that also reads data plugins in {@code formats}. */
    PluginDiscovery(List<PluginFormat> formats) {
        this.formats.addAll(formats);
    }

    /** The plugin formats {@code loader} provides; one that cannot be made is left out. */
    static List<PluginFormat> formatsOf(ClassLoader loader) {
        List<PluginFormat> formats = new ArrayList<>();
        Iterator<PluginFormat> providers =
                ServiceLoader.load(PluginFormat.class, loader).iterator();
        for (int attempt = 0; attempt < MAX_PROVIDERS_PER_SOURCE; attempt++) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                formats.add(providers.next());
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                System.getLogger(PluginDiscovery.class.getName())
                        .log(System.Logger.Level.WARNING, "A plugin format cannot be used: " + describe(e));
            }
        }
        return formats;
    }

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
            jars = files.filter(file -> isJar(file) || formatOf(file).isPresent())
                    .filter(Files::isRegularFile)
                    .filter(left.negate())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            failed.add(new FailedPlugin(
                    directory.toString(), Optional.empty(), "cannot list the plugin directory: " + describe(e)));
            return;
        }
        jars.forEach(this::fromFile);
    }

    /** Reads a plugin jar, or a data plugin in one of the known formats. */
    void fromFile(Path file) {
        Optional<PluginFormat> format = formatOf(file);
        if (format.isPresent() && !isJar(file)) {
            fromDocument(file.toString(), format.get(), () -> Files.newInputStream(file));
        } else {
            fromJar(file);
        }
    }

    private static boolean isJar(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }

    private Optional<PluginFormat> formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return formats.stream()
                .filter(format -> format.fileEndings().stream().anyMatch(name::endsWith))
                .findFirst();
    }

    private interface Opening {
        InputStream open() throws IOException;
    }

    /** Reads one data plugin; every way it can break becomes a failure of {@code source}. */
    private void fromDocument(String source, PluginFormat format, Opening opening) {
        String text;
        try (InputStream in = opening.open()) {
            byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
            if (bytes.length > MAX_DOCUMENT_BYTES) {
                failed.add(new FailedPlugin(
                        source, Optional.empty(), "larger than " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB"));
                return;
            }
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            failed.add(new FailedPlugin(source, Optional.empty(), "not UTF-8 text"));
            return;
        } catch (IOException e) {
            failed.add(new FailedPlugin(source, Optional.empty(), "cannot read: " + describe(e)));
            return;
        }
        TechniquePlugin plugin;
        try {
            plugin = format.read(text);
        } catch (RuntimeException | LinkageError e) {
            String message = e.getMessage() == null ? describe(e) : e.getMessage();
            failed.add(
                    new FailedPlugin(source, Optional.empty(), message.lines().toList()));
            return;
        }
        try {
            found.add(LoadedPlugin.read(plugin, source));
        } catch (RuntimeException | LinkageError e) {
            failed.add(new FailedPlugin(source, idOf(plugin), describe(e)));
        }
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
            for (PluginFormat format : formats) {
                for (String ending : format.fileEndings()) {
                    URL document = loader.findResource(PluginFormat.DOCUMENT_IN_JAR + ending);
                    if (document != null) {
                        close(loader);
                        fromDocument(
                                source + "!/" + PluginFormat.DOCUMENT_IN_JAR + ending, format, document::openStream);
                        return;
                    }
                }
            }
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
