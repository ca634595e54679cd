package dev.unknot.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.library.PillarId;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.spi.TechniquePlugin;
import dev.unknot.core.testing.PluginJars;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading real plugin jars from a directory. The jars are compiled once and copied into a fresh
 * directory for each test; every failure test puts a good jar next to the bad one to show that
 * one bad jar never stops the others.
 */
class PluginDirectoryTests {

    @TempDir
    static Path built;

    private static Path good;
    private static Path twin;
    private static Path throwing;
    private static Path mixed;
    private static Path noServices;
    private static Path emptyServices;
    private static Path missingClass;
    private static Path notAPlugin;
    private static Path future;
    private static Path host;
    private static Path guest;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildJars() {
        good = plugin("good", "GoodPlugin", "good", "").writeTo(built.resolve("good.jar"));
        twin = plugin("twin", "TwinPlugin", "good", "").writeTo(built.resolve("twin.jar"));
        throwing = PluginJars.builder()
                .source(
                        "throwing.ThrowingPlugin",
                        source(
                                "throwing",
                                "ThrowingPlugin",
                                "throwing",
                                "public ThrowingPlugin() { throw new IllegalStateException(\"cannot start\\nsecond line\"); }"))
                .provider("throwing.ThrowingPlugin")
                .writeTo(built.resolve("throwing.jar"));
        mixed = PluginJars.builder()
                .source(
                        "mixed.Broken",
                        source(
                                "mixed",
                                "Broken",
                                "broken",
                                "public Broken() { throw new IllegalStateException(\"cannot start\"); }"))
                .source("mixed.Fine", source("mixed", "Fine", "fine", ""))
                .provider("mixed.Broken", "mixed.Fine")
                .writeTo(built.resolve("mixed.jar"));
        noServices = PluginJars.builder()
                .source("quiet.QuietPlugin", source("quiet", "QuietPlugin", "quiet", ""))
                .writeTo(built.resolve("no-services.jar"));
        emptyServices = PluginJars.builder()
                .resource(PluginJars.SERVICE_FILE, "# no providers yet\n")
                .writeTo(built.resolve("empty-services.jar"));
        missingClass = PluginJars.builder().provider("nowhere.MissingPlugin").writeTo(built.resolve("missing.jar"));
        notAPlugin = PluginJars.builder()
                .source("wrong.NotAPlugin", "package wrong; public final class NotAPlugin { public NotAPlugin() {} }")
                .provider("wrong.NotAPlugin")
                .writeTo(built.resolve("not-a-plugin.jar"));
        future = PluginJars.builder()
                .source("future.FuturePlugin", source("future", "FuturePlugin", "future", "new SpiVersion(2, 0)", ""))
                .provider("future.FuturePlugin")
                .writeTo(built.resolve("future.jar"));
        host = plugin("host", "HostPlugin", "host", "public static int created; public HostPlugin() { created++; }")
                .writeTo(built.resolve("host.jar"));
        guest = plugin("guest", "GuestPlugin", "guest", "").writeTo(built.resolve("guest.jar"));
    }

    /** A valid plugin {@code id} in package {@code pkg}, with a pillar and a technique of its own. */
    private static PluginJars plugin(String pkg, String className, String id, String members) {
        return PluginJars.builder()
                .source(pkg + "." + className, source(pkg, className, id, members))
                .provider(pkg + "." + className);
    }

    private static String source(String pkg, String className, String id, String members) {
        return source(pkg, className, id, "SpiVersion.CURRENT", members);
    }

    /**
     * A plugin class {@code pkg.className} with id {@code id}, built for {@code spiVersion} (a Java
     * expression), providing a pillar named after its package and a technique in that pillar.
     */
    private static String source(String pkg, String className, String id, String spiVersion, String members) {
        return """
                package %1$s;

                import dev.unknot.core.library.*;
                import dev.unknot.core.spi.*;
                import java.util.List;

                public final class %2$s implements TechniquePlugin {
                    %5$s

                    @Override
                    public PluginDescriptor descriptor() {
                        return new PluginDescriptor("%3$s", "Plugin %3$s", "1.0.0", "Unknot tests", %4$s);
                    }

                    @Override
                    public List<Pillar> pillars() {
                        return List.of(Pillar.of("%1$s-pillar", "Pillar %1$s", "Why it helps."));
                    }

                    @Override
                    public List<Technique> techniques() {
                        return List.of(Technique.builder("%3$s/stretch-%1$s")
                                .name("Stretch").pillar("%1$s-pillar").summary("Loosens the back.")
                                .steps("Reach up.").dose(Dose.hold(20, 30)).bodyAreas(BodyArea.UPPER_BACK)
                                .build());
                    }
                }
                """.formatted(pkg, className, id, spiVersion, members);
    }

    private Path put(Path jar) {
        return put(jar, jar.getFileName().toString());
    }

    private Path put(Path jar, String name) {
        try {
            return Files.copy(jar, dir.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private PluginRegistry load() {
        return PluginRegistry.load(getClass().getClassLoader(), Optional.of(dir));
    }

    /** The good jar loaded, whatever else happened, and every reason is a single line. */
    private static void assertGoodJarLoaded(PluginRegistry registry, Path goodJar) {
        assertThat(registry.plugin("good"))
                .as("the good jar next to the bad one")
                .get()
                .extracting(LoadedPlugin::source)
                .isEqualTo(goodJar.toString());
        assertThat(registry.library().technique(TechniqueId.of("good/stretch-good")))
                .isPresent();
        assertThat(registry.failures())
                .allSatisfy(failure -> assertThat(failure.reason()).doesNotContain("\n", "\r"));
    }

    private static FailedPlugin onlyFailure(PluginRegistry registry) {
        assertThat(registry.failures()).hasSize(1);
        return registry.failures().get(0);
    }

    @Test
    void testClasspathHasNoPlugins() {
        PluginRegistry registry = PluginRegistry.load(getClass().getClassLoader(), Optional.empty());

        assertThat(registry.plugins()).isEmpty();
        assertThat(registry.failures()).isEmpty();
    }

    @Test
    void goodJarLoadsWithItsSourcePointingAtTheJar() {
        Path jar = put(good);

        PluginRegistry registry = load();

        assertThat(registry.failures()).isEmpty();
        assertThat(registry.plugins()).singleElement().satisfies(plugin -> {
            assertThat(plugin.id()).isEqualTo("good");
            assertThat(plugin.source()).isEqualTo(jar.toString());
            assertThat(plugin.descriptor().version()).isEqualTo("1.0.0");
        });
        assertThat(registry.library().technique(TechniqueId.of("good/stretch-good")))
                .get()
                .extracting(technique -> technique.pillar().value())
                .isEqualTo("good-pillar");
    }

    @Test
    void missingDirectoryGivesAnEmptyRegistry() {
        PluginRegistry registry = PluginRegistry.load(getClass().getClassLoader(), Optional.of(dir.resolve("absent")));

        assertThat(registry.plugins()).isEmpty();
        assertThat(registry.failures()).isEmpty();
    }

    @Test
    void filesThatAreNotJarsAreIgnored() throws IOException {
        Path jar = put(good);
        Files.writeString(dir.resolve("README.txt"), "Drop plugin jars here.");
        put(good, "good.jar.disabled");
        Files.createDirectory(dir.resolve("folder.jar"));

        PluginRegistry registry = load();

        assertThat(registry.failures()).isEmpty();
        assertThat(registry.plugins()).extracting(LoadedPlugin::source).containsExactly(jar.toString());
    }

    @Test
    void providerWhoseConstructorThrowsFails() {
        Path bad = put(throwing);
        Path jar = put(good);

        PluginRegistry registry = load();

        assertGoodJarLoaded(registry, jar);
        FailedPlugin failure = onlyFailure(registry);
        assertThat(failure.source()).isEqualTo(bad.toString());
        assertThat(failure.pluginId()).isEmpty();
        assertThat(failure.reason())
                .contains("throwing.ThrowingPlugin could not be instantiated")
                .endsWith("(IllegalStateException: cannot start second line)");
    }

    @Test
    void goodProviderInTheSameJarAsAThrowingOneStillLoads() {
        Path bad = put(mixed);
        Path jar = put(good);

        PluginRegistry registry = load();

        assertGoodJarLoaded(registry, jar);
        assertThat(registry.plugin("fine"))
                .get()
                .extracting(LoadedPlugin::source)
                .isEqualTo(bad.toString());
        assertThat(onlyFailure(registry).reason()).contains("mixed.Broken could not be instantiated");
    }

    @Test
    void jarWithoutAServiceFileIsNotAPlugin() {
        Path bad = put(noServices);
        Path jar = put(good);

        PluginRegistry registry = load();

        assertGoodJarLoaded(registry, jar);
        FailedPlugin failure = onlyFailure(registry);
        assertThat(failure.source()).isEqualTo(bad.toString());
        assertThat(failure.reason())
                .isEqualTo(
                        "not an Unknot plugin: the jar has no META-INF/services/dev.unknot.core.spi.TechniquePlugin");
    }

    @Test
    void serviceFileNamingNoProviderFails() {
        put(emptyServices);
        Path jar = put(good);

        PluginRegistry registry = load();

        assertGoodJarLoaded(registry, jar);
        assertThat(onlyFailure(registry).reason())
                .isEqualTo("META-INF/services/dev.unknot.core.spi.TechniquePlugin names no provider");
    }

    @Test
    void fileThatIsNotAZipIsNotAReadableJar() {
        Path bad = PluginJars.garbage(dir.resolve("broken.jar"));
        Path jar = put(good);

        PluginRegistry registry = load();

        assertGoodJarLoaded(registry, jar);
        FailedPlugin failure = onlyFailure(registry);
        assertThat(failure.source()).isEqualTo(bad.toString());
        assertThat(failure.pluginId()).isEmpty();
        assertThat(failure.reason()).startsWith("not a readable jar: ");
    }

    @Test
    void serviceFileNamingAMissingClassFails() {
        Path bad = put(missingClass);
        Path jar = put(good);

        PluginRegistry registry = load();

        assertGoodJarLoaded(registry, jar);
        FailedPlugin failure = onlyFailure(registry);
        assertThat(failure.source()).isEqualTo(bad.toString());
        assertThat(failure.reason()).contains("nowhere.MissingPlugin not found");
    }

    @Test
    void serviceFileNamingAClassThatIsNoPluginFails() {
        Path bad = put(notAPlugin);
        Path jar = put(good);

        PluginRegistry registry = load();

        assertGoodJarLoaded(registry, jar);
        FailedPlugin failure = onlyFailure(registry);
        assertThat(failure.source()).isEqualTo(bad.toString());
        assertThat(failure.reason()).contains("wrong.NotAPlugin not a subtype");
    }

    @Test
    void secondJarWithTheSameIdFailsNamingTheFirstJar() {
        Path first = put(good, "a-good.jar");
        Path second = put(twin, "b-twin.jar");

        PluginRegistry registry = load();

        assertGoodJarLoaded(registry, first);
        FailedPlugin failure = onlyFailure(registry);
        assertThat(failure.source()).isEqualTo(second.toString());
        assertThat(failure.pluginId()).contains("good");
        assertThat(failure.reason()).isEqualTo("plugin id 'good' is already loaded from " + first);
        assertThat(registry.library().pillar(PillarId.of("twin-pillar"))).isEmpty();
    }

    @Test
    void jarsAreReadInOrderOfFileName() {
        Path first = put(twin, "a-twin.jar");
        put(good, "b-good.jar");

        PluginRegistry registry = load();

        assertThat(registry.plugin("good"))
                .get()
                .extracting(LoadedPlugin::source)
                .isEqualTo(first.toString());
        assertThat(onlyFailure(registry).reason()).isEqualTo("plugin id 'good' is already loaded from " + first);
    }

    @Test
    void checkPassesAJarThatWouldLoadBesideTheInstalledOnes() {
        put(guest);

        PluginCheck check = PluginRegistry.check(getClass().getClassLoader(), Optional.of(dir), good);

        assertThat(check.passes()).isTrue();
        assertThat(check.source()).isEqualTo(good.toAbsolutePath().normalize().toString());
        assertThat(check.passed()).extracting(LoadedPlugin::id).containsExactly("good");
        assertThat(check.failed()).isEmpty();
    }

    @Test
    void checkFailsAJarWhoseIdIsAlreadyInstalledAndNamesTheInstalledJar() {
        Path installed = put(good, "a-good.jar");

        PluginCheck check = PluginRegistry.check(getClass().getClassLoader(), Optional.of(dir), twin);

        assertThat(check.passes()).isFalse();
        assertThat(check.passed()).isEmpty();
        assertThat(check.failed()).singleElement().satisfies(failure -> {
            assertThat(failure.pluginId()).contains("good");
            assertThat(failure.problems()).containsExactly("plugin id 'good' is already loaded from " + installed);
        });
    }

    @Test
    void checkLeavesOutTheInstalledJarItWouldReplace() {
        put(good);

        PluginCheck check =
                PluginRegistry.check(getClass().getClassLoader(), Optional.of(dir), twin.resolveSibling("good.jar"));

        assertThat(check.passes()).isTrue();
        assertThat(check.passed()).extracting(LoadedPlugin::id).containsExactly("good");
    }

    @Test
    void checkListsEveryProblemOfAPlugin(@TempDir Path elsewhere) {
        Path careless = PluginJars.builder()
                .source("careless.CarelessPlugin", """
                        package careless;

                        import dev.unknot.core.library.*;
                        import dev.unknot.core.spi.*;
                        import java.util.List;

                        public final class CarelessPlugin implements TechniquePlugin {
                            @Override
                            public PluginDescriptor descriptor() {
                                return PluginDescriptor.of("careless", "Careless", "1.0.0", "Unknot tests");
                            }

                            @Override
                            public List<Technique> techniques() {
                                return List.of(technique("careless/marathon", Dose.hold(600, 600)),
                                        technique("elsewhere/stolen", Dose.reps(80, 2)));
                            }

                            private static Technique technique(String id, Dose dose) {
                                return Technique.builder(id).name("T").pillar("nowhere").summary("S.")
                                        .steps("Do it.").dose(dose).bodyAreas(BodyArea.UPPER_BACK).build();
                            }
                        }
                        """)
                .provider("careless.CarelessPlugin")
                .writeTo(elsewhere.resolve("careless.jar"));

        PluginCheck check = PluginRegistry.check(getClass().getClassLoader(), Optional.of(dir), careless);

        assertThat(check.passes()).isFalse();
        assertThat(check.failed())
                .singleElement()
                .satisfies(
                        failure -> assertThat(failure.problems())
                                .containsExactly(
                                        "id 'elsewhere/stolen' must start with the plugin id 'careless/'",
                                        "technique 'careless/marathon' has a hold longer than 5 min (10 min)",
                                        "technique 'elsewhere/stolen' has more than 50 reps in a set (80)",
                                        "technique 'careless/marathon' is in pillar 'nowhere', which no loaded plugin provides",
                                        "technique 'elsewhere/stolen' is in pillar 'nowhere', which no loaded plugin provides"));
    }

    @Test
    void checkFailsAJarThatIsNoPlugin() {
        PluginCheck check = PluginRegistry.check(getClass().getClassLoader(), Optional.of(dir), noServices);

        assertThat(check.passes()).isFalse();
        assertThat(check.failed())
                .singleElement()
                .satisfies(failure -> assertThat(failure.reason()).startsWith("not an Unknot plugin"));
    }

    @Test
    void jarBuiltForSpiTwoFails() {
        Path bad = put(future);
        Path jar = put(good);

        PluginRegistry registry = load();

        assertGoodJarLoaded(registry, jar);
        FailedPlugin failure = onlyFailure(registry);
        assertThat(failure.source()).isEqualTo(bad.toString());
        assertThat(failure.pluginId()).contains("future");
        assertThat(failure.reason()).startsWith("built for plugin SPI 2.0, but this Unknot runs SPI 1.1");
    }

    @Test
    void classpathProvidersAreFoundThroughTheGivenClassLoaderBeforeDirectoryJars() throws Exception {
        Path jar = put(guest);
        try (URLClassLoader hostLoader =
                new URLClassLoader(new URL[] {host.toUri().toURL()}, getClass().getClassLoader())) {

            PluginRegistry registry = PluginRegistry.load(hostLoader, Optional.of(dir));

            assertThat(registry.failures()).isEmpty();
            assertThat(registry.plugins()).extracting(LoadedPlugin::id).containsExactly("host", "guest");
            assertThat(registry.plugins())
                    .extracting(LoadedPlugin::source)
                    .containsExactly(host.toString(), jar.toString());
        }
    }

    /**
     * Runs the registry inside a class loader that holds core and a classpath plugin, as a real
     * host does. A directory jar's class loader delegates to that loader for classes; if it also
     * saw the host's service files, the classpath plugin would be instantiated again and refused
     * as a duplicate.
     */
    @Test
    void directoryJarsDoNotSeeOrReinstantiateClasspathProviders() throws Exception {
        put(guest);
        URL[] hostClasspath = {
            locationOf(TechniquePlugin.class),
            locationOf(API.class),
            host.toUri().toURL()
        };
        try (URLClassLoader hostLoader = new URLClassLoader(hostClasspath, ClassLoader.getPlatformClassLoader())) {
            Class<?> registryType = hostLoader.loadClass(PluginRegistry.class.getName());
            assertThat(registryType).isNotSameAs(PluginRegistry.class);
            Method load = registryType.getMethod("load", ClassLoader.class, Optional.class);

            Object registry = load.invoke(null, hostLoader, Optional.of(dir));

            assertThat(call(registry, "failures")).asList().isEmpty();
            assertThat((List<?>) call(registry, "plugins"))
                    .extracting(plugin -> call(plugin, "id"))
                    .containsExactly("host", "guest");
            assertThat(hostLoader
                            .loadClass("host.HostPlugin")
                            .getField("created")
                            .getInt(null))
                    .as("instances of the classpath provider")
                    .isEqualTo(1);
        }
    }

    /**
     * A directory jar whose provider class has the same name as one the host already has (a copy
     * of a built-in plugin, edited) must run its own class, and be reported at its own location.
     */
    @Test
    void directoryJarsLoadTheirOwnClassesBeforeTheHostsOfTheSameName() throws Exception {
        Path copy = put(plugin("host", "HostPlugin", "host-copy", "").writeTo(built.resolve("host-copy.jar")));
        URL[] hostClasspath = {
            locationOf(TechniquePlugin.class),
            locationOf(API.class),
            host.toUri().toURL()
        };
        try (URLClassLoader hostLoader = new URLClassLoader(hostClasspath, ClassLoader.getPlatformClassLoader())) {
            Method load = hostLoader
                    .loadClass(PluginRegistry.class.getName())
                    .getMethod("load", ClassLoader.class, Optional.class);

            Object registry = load.invoke(null, hostLoader, Optional.of(dir));

            // The copy's own class ran (it says "host-copy"), from its own jar; its pillar clashes
            // with the original's, which proves the two were told apart.
            assertThat((List<?>) call(registry, "failures"))
                    .extracting(failure -> call(failure, "source"), failure -> call(failure, "pluginId"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(copy.toString(), Optional.of("host-copy")));
            assertThat((List<?>) call(registry, "plugins"))
                    .extracting(plugin -> call(plugin, "id"))
                    .containsExactly("host");
        }
    }

    private static URL locationOf(Class<?> type) throws URISyntaxException, IOException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toUri()
                .toURL();
    }

    private static Object call(Object target, String method) {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
