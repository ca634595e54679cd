package dev.unknot.core.plugin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import dev.unknot.core.spi.AdviceRule;
import dev.unknot.core.spi.HostVersion;
import dev.unknot.core.spi.PluginRequirement;
import dev.unknot.core.spi.SpiVersion;
import dev.unknot.core.spi.TechniquePlugin;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The plugins Unknot loaded, the ones it refused, and the library they add up to.
 *
 * <p>Loading never fails as a whole. Each provider is read and validated on its own: one that
 * throws, is not a plugin, targets an incompatible SPI version, breaks a rule of
 * {@link PluginValidator}, reuses an id another plugin already provides, or refers to something no
 * loaded plugin provides, requires a plugin that is missing or of a version outside its range, or
 * runs on other versions of Unknot than this one is listed in {@link #failures()} with every
 * problem it has, and all others load. Classpath plugins come first, in order of id, then
 * directory jars in order of file name; when two provide the same id, the first keeps it. Then a
 * plugin moves behind the plugins it requires. A plugin whose references or requirements only
 * resolved through a plugin that failed fails too.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class PluginRegistry {

    private static final System.Logger LOG = System.getLogger(PluginRegistry.class.getName());

    private final List<LoadedPlugin> plugins;
    private final List<FailedPlugin> failures;
    private final Library library;

    private PluginRegistry(List<LoadedPlugin> plugins, List<FailedPlugin> failures) {
        this.plugins = List.copyOf(plugins);
        this.failures = List.copyOf(failures);
        this.library = libraryOf(plugins);
    }

    /**
     * Loads the providers visible to {@code classLoader}, then every {@code *.jar} in
     * {@code pluginDirectory} when it is given and exists.
     */
    public static PluginRegistry load(ClassLoader classLoader, Optional<Path> pluginDirectory) {
        PluginDiscovery discovery = new PluginDiscovery(PluginDiscovery.formatsOf(classLoader));
        discovery.fromClassLoader(classLoader);
        pluginDirectory.ifPresent(discovery::fromDirectory);
        return assemble(discovery.found(), discovery.failed(), SpiVersion.CURRENT);
    }

    /**
     * Whether the plugin jar {@code jar} would load beside the plugins Unknot loads from
     * {@code classLoader} and {@code pluginDirectory}: every problem of every plugin in it, found by
     * the same rules as loading. A jar of the same file name in the directory is left out, as
     * installing would replace it.
     *
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static PluginCheck check(ClassLoader classLoader, Optional<Path> pluginDirectory, Path jar) {
        Path candidate = jar.toAbsolutePath().normalize();
        PluginDiscovery discovery = new PluginDiscovery(PluginDiscovery.formatsOf(classLoader));
        discovery.fromClassLoader(classLoader);
        pluginDirectory.ifPresent(directory ->
                discovery.fromDirectory(directory, file -> file.getFileName().equals(candidate.getFileName())));
        int installedFound = discovery.found().size();
        int installedFailed = discovery.failed().size();
        discovery.fromFile(candidate);
        PluginRegistry together = assemble(
                discovery.found(),
                discovery.failed().subList(installedFailed, discovery.failed().size()),
                SpiVersion.CURRENT);
        List<LoadedPlugin> fromJar =
                discovery.found().subList(installedFound, discovery.found().size());
        String source = candidate.toString();
        return new PluginCheck(
                source,
                together.plugins().stream().filter(fromJar::contains).toList(),
                together.failures().stream()
                        .filter(failure -> failure.source().equals(source)
                                || failure.source().startsWith(source + "!/")
                                || fromJar.stream()
                                        .anyMatch(plugin -> plugin.source().equals(failure.source())))
                        .toList());
    }

    /**
     * The endings of the file names Unknot reads as plugins: {@code .jar}, and those of every
     * {@link dev.unknot.core.spi.PluginFormat} {@code classLoader} provides.
     *
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static List<String> fileEndings(ClassLoader classLoader) {
        List<String> endings = new ArrayList<>(List.of(".jar"));
        PluginDiscovery.formatsOf(classLoader).forEach(format -> endings.addAll(format.fileEndings()));
        return List.copyOf(endings);
    }

    /** A registry of plugin instances already at hand, validated like loaded ones. */
    public static PluginRegistry of(Collection<? extends TechniquePlugin> plugins) {
        List<LoadedPlugin> read = new ArrayList<>();
        List<FailedPlugin> failed = new ArrayList<>();
        for (TechniquePlugin plugin : plugins) {
            String source = plugin.getClass().getName();
            try {
                read.add(LoadedPlugin.read(plugin, source));
            } catch (RuntimeException | LinkageError e) {
                failed.add(new FailedPlugin(source, PluginDiscovery.idOf(plugin), PluginDiscovery.describe(e)));
            }
        }
        return assemble(read, failed, SpiVersion.CURRENT);
    }

    /** Validates {@code candidates} in order against this build of Unknot running {@code host}. */
    static PluginRegistry assemble(List<LoadedPlugin> candidates, List<FailedPlugin> failedEarlier, SpiVersion host) {
        return assemble(candidates, failedEarlier, host, HostVersion.CURRENT);
    }

    /** Validates {@code candidates} in order against Unknot {@code hostVersion} running {@code host}. */
    static PluginRegistry assemble(
            List<LoadedPlugin> candidates, List<FailedPlugin> failedEarlier, SpiVersion host, String hostVersion) {
        List<FailedPlugin> failures = new ArrayList<>(failedEarlier);
        // Refused for their own problems; their references are judged at the end, against every
        // plugin that loaded, so that one round lists every problem a plugin has.
        Map<Integer, Refused> refused = new HashMap<>();
        List<LoadedPlugin> accepted = new ArrayList<>();
        Map<String, LoadedPlugin> byId = new HashMap<>();
        for (LoadedPlugin candidate : candidates) {
            LoadedPlugin earlier = byId.get(candidate.id());
            if (earlier != null) {
                failures.add(failure(
                        candidate, "plugin id '" + candidate.id() + "' is already loaded from " + earlier.source()));
                continue;
            }
            List<PluginProblem> problems = new ArrayList<>(PluginValidator.ownProblems(candidate, host));
            problems.addAll(PluginValidator.clashes(candidate, libraryOf(accepted)));
            if (problems.isEmpty()) {
                accepted.add(candidate);
                byId.put(candidate.id(), candidate);
            } else {
                refused.put(failures.size(), new Refused(candidate, problems));
                failures.add(failure(candidate, problems));
            }
        }
        DependencyOrder order = DependencyOrder.of(accepted);
        accepted.clear();
        accepted.addAll(order.ordered());
        String circle = order.circular().stream().map(LoadedPlugin::id).collect(Collectors.joining(", "));
        order.circular()
                .forEach(plugin -> failures.add(
                        failure(plugin, "its requirements go round in a circle, among the plugins " + circle)));
        // References and requirements may point into other plugins, so a failure can strand a
        // plugin that relied on it: repeat until nothing more fails.
        boolean changed = true;
        while (changed) {
            changed = false;
            Library visible = libraryOf(accepted);
            Map<String, LoadedPlugin> loaded = byId(accepted);
            for (LoadedPlugin plugin : List.copyOf(accepted)) {
                List<PluginProblem> dangling = new ArrayList<>(PluginValidator.danglingReferences(plugin, visible));
                dangling.addAll(PluginValidator.requirementProblems(plugin, loaded, hostVersion));
                if (!dangling.isEmpty()) {
                    accepted.remove(plugin);
                    failures.add(failure(plugin, dangling));
                    changed = true;
                }
            }
        }
        refused.forEach((index, plugin) -> {
            List<LoadedPlugin> withIt = new ArrayList<>(accepted);
            withIt.add(plugin.plugin());
            List<PluginProblem> problems = new ArrayList<>(plugin.problems());
            problems.addAll(PluginValidator.danglingReferences(plugin.plugin(), libraryOf(withIt)));
            problems.addAll(PluginValidator.requirementProblems(plugin.plugin(), byId(accepted), hostVersion));
            failures.set(index, failure(plugin.plugin(), problems));
        });
        accepted.forEach(plugin -> LOG.log(
                Level.DEBUG,
                "Loaded plugin {0} {1} from {2}",
                plugin.id(),
                plugin.descriptor().version(),
                plugin.source()));
        failures.forEach(
                failure -> LOG.log(Level.DEBUG, "Skipped plugin from {0}: {1}", failure.source(), failure.reason()));
        return new PluginRegistry(accepted, failures);
    }

    /** The plugins that loaded, classpath ones first, each after the plugins it requires. */
    public List<LoadedPlugin> plugins() {
        return plugins;
    }

    public Optional<LoadedPlugin> plugin(String id) {
        return plugins.stream().filter(plugin -> plugin.id().equals(id)).findFirst();
    }

    /** The plugins that were refused, each with its reason. */
    public List<FailedPlugin> failures() {
        return failures;
    }

    /**
     * The advice rules of every loaded plugin, in the order of {@link #plugins()}.
     *
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public List<AdviceRule> adviceRules() {
        return plugins.stream().flatMap(plugin -> plugin.adviceRules().stream()).toList();
    }

    /** Everything the loaded plugins provide. */
    public Library library() {
        return library;
    }

    private static Library libraryOf(List<LoadedPlugin> plugins) {
        return Library.of(
                collect(plugins, LoadedPlugin::pillars),
                collect(plugins, LoadedPlugin::techniques),
                collect(plugins, LoadedPlugin::routines),
                collect(plugins, LoadedPlugin::habitTemplates));
    }

    private static <T> List<T> collect(
            List<LoadedPlugin> plugins, java.util.function.Function<LoadedPlugin, List<T>> part) {
        return plugins.stream().flatMap(plugin -> part.apply(plugin).stream()).toList();
    }

    private record Refused(LoadedPlugin plugin, List<PluginProblem> problems) {}

    private static Map<String, LoadedPlugin> byId(List<LoadedPlugin> plugins) {
        Map<String, LoadedPlugin> byId = new LinkedHashMap<>();
        plugins.forEach(plugin -> byId.put(plugin.id(), plugin));
        return byId;
    }

    /**
     * Plugins moved behind the ones they require, otherwise in their order; those whose
     * requirements form a circle (or hang from one) cannot be placed.
     */
    private record DependencyOrder(List<LoadedPlugin> ordered, List<LoadedPlugin> circular) {

        static DependencyOrder of(List<LoadedPlugin> plugins) {
            Map<String, LoadedPlugin> present = byId(plugins);
            List<LoadedPlugin> ordered = new ArrayList<>();
            Set<String> placed = new HashSet<>();
            List<LoadedPlugin> waiting = new ArrayList<>(plugins);
            boolean placedOne = true;
            while (placedOne) {
                placedOne = false;
                // The earliest plugin whose requirements are placed goes next, so that plugins
                // without requirements keep their order. A missing requirement does not hold a
                // plugin back here; it is reported afterwards.
                for (LoadedPlugin plugin : waiting) {
                    boolean ready = plugin.descriptor().requires().stream()
                            .map(PluginRequirement::pluginId)
                            .allMatch(id -> placed.contains(id) || !present.containsKey(id));
                    if (ready) {
                        ordered.add(plugin);
                        placed.add(plugin.id());
                        waiting.remove(plugin);
                        placedOne = true;
                        break;
                    }
                }
            }
            return new DependencyOrder(ordered, waiting);
        }
    }

    private static FailedPlugin failure(LoadedPlugin plugin, List<PluginProblem> problems) {
        return new FailedPlugin(
                plugin.source(),
                Optional.of(plugin.id()),
                problems.stream().map(PluginProblem::message).toList());
    }

    private static FailedPlugin failure(LoadedPlugin plugin, String reason) {
        return new FailedPlugin(plugin.source(), Optional.of(plugin.id()), reason);
    }
}
