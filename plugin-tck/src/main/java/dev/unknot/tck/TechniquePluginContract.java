package dev.unknot.tck;

import static org.apiguardian.api.API.Status.STABLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.plugin.FailedPlugin;
import dev.unknot.core.plugin.Library;
import dev.unknot.core.plugin.LoadedPlugin;
import dev.unknot.core.plugin.PluginProblem;
import dev.unknot.core.plugin.PluginRegistry;
import dev.unknot.core.plugin.PluginValidator;
import dev.unknot.core.spi.HostVersion;
import dev.unknot.core.spi.SpiVersion;
import dev.unknot.core.spi.TechniquePlugin;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every Unknot plugin keeps. A plugin author runs it with one small test class:
 *
 * <pre>{@code
 * class YogaPluginTests extends TechniquePluginContract {
 *     @Override
 *     protected TechniquePlugin plugin() {
 *         return new YogaPlugin();
 *     }
 * }
 * }</pre>
 *
 * <p>References to other plugins' techniques resolve against every plugin on the test
 * classpath, so a plugin that builds routines from another plugin's techniques declares that
 * plugin as a test dependency, and requires it in its descriptor.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public abstract class TechniquePluginContract {

    private LoadedPlugin plugin;

    /** A fresh instance of the plugin under test, made the way ServiceLoader makes it. */
    protected abstract TechniquePlugin plugin();

    @BeforeEach
    void readPlugin() {
        plugin = LoadedPlugin.read(plugin(), getClass().getName());
    }

    @Test
    void providerIsRegisteredInMetaInfServices() {
        Class<? extends TechniquePlugin> type = plugin().getClass();
        List<String> registered = ServiceLoader.load(TechniquePlugin.class, type.getClassLoader()).stream()
                .map(provider -> provider.type().getName())
                .toList();
        assertThat(registered)
                .as("META-INF/services/%s should name %s", TechniquePlugin.class.getName(), type.getName())
                .contains(type.getName());
    }

    @Test
    void targetsACompatibleSpiVersion() {
        assertNoProblems(PluginValidator.ownProblems(plugin, SpiVersion.CURRENT), PluginProblem.Kind.SPI_VERSION);
    }

    @Test
    void idsAreNamespacedByThePlugin() {
        assertNoProblems(PluginValidator.ownProblems(plugin, SpiVersion.CURRENT), PluginProblem.Kind.NAMESPACE);
    }

    @Test
    void idsAreUniqueWithinThePlugin() {
        assertNoProblems(PluginValidator.ownProblems(plugin, SpiVersion.CURRENT), PluginProblem.Kind.DUPLICATE_ID);
    }

    @Test
    void dosesAreInSaneRanges() {
        assertNoProblems(PluginValidator.ownProblems(plugin, SpiVersion.CURRENT), PluginProblem.Kind.DOSE);
    }

    @Test
    void providesSomething() {
        assertNoProblems(PluginValidator.ownProblems(plugin, SpiVersion.CURRENT), PluginProblem.Kind.EMPTY);
    }

    @Test
    void textIsNeverBlank() {
        // The core records refuse blank text, so reading the plugin proved most of this; what
        // remains is text they cannot judge alone.
        plugin.techniques()
                .forEach(technique -> assertThat(technique.steps())
                        .as("steps of %s", technique.id())
                        .allSatisfy(step -> assertThat(step).isNotBlank().doesNotContain("TODO")));
        assertThat(plugin.descriptor().name()).isNotBlank();
    }

    @Test
    void everyReferenceResolvesAgainstThePluginsOnTheClasspath() {
        PluginRegistry others = PluginRegistry.load(plugin().getClass().getClassLoader(), Optional.empty());
        Library visible = Library.of(
                concat(others.library().pillars(), plugin.pillars()),
                concat(others.library().techniques(), plugin.techniques()),
                concat(others.library().routines(), plugin.routines()),
                concat(others.library().habitTemplates(), plugin.habitTemplates()));
        assertThat(PluginValidator.danglingReferences(plugin, visible)).isEmpty();
    }

    @Test
    void requiresOnlyPluginsOnTheClasspathAndRunsOnThisUnknot() {
        PluginRegistry others = PluginRegistry.load(plugin().getClass().getClassLoader(), Optional.empty());
        Map<String, LoadedPlugin> loaded = others.plugins().stream()
                .filter(other -> !other.id().equals(plugin.id()))
                .collect(Collectors.toMap(LoadedPlugin::id, other -> other));
        assertNoProblems(
                PluginValidator.requirementProblems(plugin, loaded, HostVersion.CURRENT),
                PluginProblem.Kind.REQUIREMENT);
    }

    @Test
    void loadsThroughTheRegistryWithoutFailure() {
        PluginRegistry registry = PluginRegistry.load(plugin().getClass().getClassLoader(), Optional.empty());
        List<FailedPlugin> ownFailures = registry.failures().stream()
                .filter(failure -> failure.pluginId().equals(Optional.of(plugin.id())))
                .toList();
        assertThat(ownFailures).as("failures of plugin %s", plugin.id()).isEmpty();
        assertThat(registry.plugin(plugin.id()))
                .as("plugin %s loaded from the classpath", plugin.id())
                .isPresent();
    }

    private static void assertNoProblems(List<PluginProblem> problems, PluginProblem.Kind kind) {
        assertThat(problems)
                .filteredOn(problem -> problem.kind() == kind)
                .extracting(PluginProblem::message)
                .isEmpty();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
