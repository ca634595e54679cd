package dev.unknot.core.plugin;

import static dev.unknot.core.plugin.PluginProblem.Kind.DANGLING_REFERENCE;
import static dev.unknot.core.plugin.PluginProblem.Kind.DOSE;
import static dev.unknot.core.plugin.PluginProblem.Kind.DUPLICATE_ID;
import static dev.unknot.core.plugin.PluginProblem.Kind.EMPTY;
import static dev.unknot.core.plugin.PluginProblem.Kind.NAMESPACE;
import static dev.unknot.core.plugin.PluginProblem.Kind.REQUIREMENT;
import static dev.unknot.core.plugin.PluginProblem.Kind.SPI_VERSION;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.library.NamespacedId;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Technique;
import dev.unknot.core.spi.PluginRequirement;
import dev.unknot.core.spi.SpiVersion;
import dev.unknot.core.spi.VersionRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * The rules a plugin must keep. The registry applies them when it loads plugins; the plugin TCK
 * applies the same rules in a plugin's own build.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class PluginValidator {

    /**
     * The namespace of a person's own techniques and routines ({@code my/cat-cow}): no plugin may
     * take it as its id, so a person's own ids never collide with a plugin's.
     *
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final String PERSONAL_NAMESPACE = "my";

    private PluginValidator() {}

    /** Problems visible in the plugin alone: SPI version, namespaces, duplicates, doses, emptiness. */
    public static List<PluginProblem> ownProblems(LoadedPlugin plugin, SpiVersion host) {
        List<PluginProblem> problems = new ArrayList<>();
        SpiVersion built = plugin.descriptor().spiVersion();
        if (!built.runsOn(host)) {
            problems.add(new PluginProblem(
                    SPI_VERSION,
                    "built for plugin SPI " + built + ", but this Unknot runs SPI " + host
                            + " (same major version and a minor version up to " + host.minor() + " required)"));
        }
        String namespace = plugin.id();
        if (namespace.equals(PERSONAL_NAMESPACE)) {
            problems.add(new PluginProblem(
                    NAMESPACE,
                    "plugin id '" + PERSONAL_NAMESPACE + "' is kept for a person's own exercises; choose another id"));
        }
        List<NamespacedId> ids = new ArrayList<>();
        plugin.techniques().forEach(technique -> ids.add(technique.id()));
        plugin.routines().forEach(routine -> ids.add(routine.id()));
        plugin.habitTemplates().forEach(template -> ids.add(template.id()));
        ids.stream()
                .filter(id -> !id.namespace().equals(namespace))
                .forEach(id -> problems.add(new PluginProblem(
                        NAMESPACE, "id '" + id.value() + "' must start with the plugin id '" + namespace + "/'")));
        duplicates(plugin.pillars(), Pillar::id, "pillar", problems);
        duplicates(plugin.techniques(), Technique::id, "technique", problems);
        duplicates(plugin.routines(), Routine::id, "routine", problems);
        duplicates(plugin.habitTemplates(), HabitTemplate::id, "habit template", problems);
        for (Technique technique : plugin.techniques()) {
            technique
                    .dose()
                    .saneRangeViolation()
                    .ifPresent(violation -> problems.add(
                            new PluginProblem(DOSE, "technique '" + technique.id() + "' has " + violation)));
        }
        for (Routine routine : plugin.routines()) {
            for (RoutineStep step : routine.steps()) {
                step.dose()
                        .saneRangeViolation()
                        .ifPresent(violation -> problems.add(new PluginProblem(
                                DOSE,
                                "routine '" + routine.id() + "' step '" + step.technique() + "' has " + violation)));
            }
        }
        if (plugin.pillars().isEmpty()
                && plugin.techniques().isEmpty()
                && plugin.routines().isEmpty()
                && plugin.habitTemplates().isEmpty()) {
            problems.add(new PluginProblem(EMPTY, "provides no pillar, technique, routine or habit template"));
        }
        return List.copyOf(problems);
    }

    /**
     * Whether the plugin runs on Unknot {@code hostVersion} and finds every plugin it requires,
     * of a version in range, among {@code loaded} (by id). A development build of Unknot
     * ({@code 0.2.0-SNAPSHOT}) runs a plugin whose host range holds the release it leads to.
     *
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static List<PluginProblem> requirementProblems(
            LoadedPlugin plugin, Map<String, LoadedPlugin> loaded, String hostVersion) {
        List<PluginProblem> problems = new ArrayList<>();
        VersionRange host = plugin.descriptor().host();
        // A development build (0.2.0-SNAPSHOT) counts as the release it leads to, so that an
        // author's range such as [0.2,1.0) holds while Unknot 0.2 is being made.
        String release = hostVersion.split("-", 2)[0];
        if (!host.contains(hostVersion) && !host.contains(release)) {
            problems.add(
                    new PluginProblem(REQUIREMENT, "runs on Unknot " + host + ", but this is Unknot " + hostVersion));
        }
        for (PluginRequirement requirement : plugin.descriptor().requires()) {
            LoadedPlugin required = loaded.get(requirement.pluginId());
            if (required == null) {
                problems.add(new PluginProblem(
                        REQUIREMENT,
                        "requires plugin '" + requirement.pluginId() + "'" + rangeOf(requirement)
                                + ", which is not loaded"));
            } else if (!requirement.versions().contains(required.descriptor().version())) {
                problems.add(new PluginProblem(
                        REQUIREMENT,
                        "requires plugin '" + requirement.pluginId() + "'" + rangeOf(requirement) + ", but version "
                                + required.descriptor().version() + " is loaded"));
            }
        }
        return List.copyOf(problems);
    }

    private static String rangeOf(PluginRequirement requirement) {
        return requirement.versions().equals(VersionRange.ANY) ? "" : " " + requirement.versions();
    }

    /** Ids the plugin provides that {@code others} already hold. */
    public static List<PluginProblem> clashes(LoadedPlugin plugin, Library others) {
        List<PluginProblem> problems = new ArrayList<>();
        clash(plugin.pillars(), Pillar::id, id -> others.pillar(id).isPresent(), "pillar", problems);
        clash(plugin.techniques(), Technique::id, id -> others.technique(id).isPresent(), "technique", problems);
        clash(plugin.routines(), Routine::id, id -> others.routine(id).isPresent(), "routine", problems);
        clash(
                plugin.habitTemplates(),
                HabitTemplate::id,
                id -> others.habitTemplate(id).isPresent(),
                "habit template",
                problems);
        return List.copyOf(problems);
    }

    /**
     * References the plugin makes that {@code visible} cannot resolve: pillars of techniques,
     * techniques of routine steps, targets of habit templates. {@code visible} should include the
     * plugin itself. A routine step whose sides differ from its technique's is reported too.
     */
    public static List<PluginProblem> danglingReferences(LoadedPlugin plugin, Library visible) {
        List<PluginProblem> problems = new ArrayList<>();
        for (Technique technique : plugin.techniques()) {
            if (visible.pillar(technique.pillar()).isEmpty()) {
                problems.add(new PluginProblem(
                        DANGLING_REFERENCE,
                        "technique '" + technique.id() + "' is in pillar '" + technique.pillar()
                                + "', which no loaded plugin provides"));
            }
        }
        for (Routine routine : plugin.routines()) {
            for (RoutineStep step : routine.steps()) {
                visible.technique(step.technique())
                        .ifPresentOrElse(
                                technique -> {
                                    if (technique.sides() != step.sides()) {
                                        problems.add(new PluginProblem(
                                                DOSE,
                                                "routine '" + routine.id() + "' does '"
                                                        + step.technique() + "' with sides " + step.sides()
                                                        + ", but the technique has " + technique.sides()));
                                    }
                                },
                                () -> problems.add(new PluginProblem(
                                        DANGLING_REFERENCE,
                                        "routine '" + routine.id() + "' uses technique '" + step.technique()
                                                + "', which no loaded plugin provides")));
            }
        }
        for (HabitTemplate template : plugin.habitTemplates()) {
            HabitTarget target = template.target();
            if (target instanceof HabitTarget.OfTechnique of
                    && visible.technique(of.technique()).isEmpty()) {
                problems.add(new PluginProblem(
                        DANGLING_REFERENCE,
                        "habit template '" + template.id() + "' targets technique '" + of.technique()
                                + "', which no loaded plugin provides"));
            }
            if (target instanceof HabitTarget.OfRoutine of
                    && visible.routine(of.routine()).isEmpty()) {
                problems.add(new PluginProblem(
                        DANGLING_REFERENCE,
                        "habit template '" + template.id() + "' targets routine '" + of.routine()
                                + "', which no loaded plugin provides"));
            }
        }
        return List.copyOf(problems);
    }

    private static <T, K> void duplicates(List<T> items, Function<T, K> id, String what, List<PluginProblem> problems) {
        Set<K> seen = new HashSet<>();
        for (T item : items) {
            K key = id.apply(item);
            if (!seen.add(key)) {
                problems.add(new PluginProblem(DUPLICATE_ID, what + " id '" + key + "' is used twice"));
            }
        }
    }

    private static <T, K> void clash(
            List<T> items, Function<T, K> id, Predicate<K> taken, String what, List<PluginProblem> problems) {
        items.stream()
                .map(id)
                .filter(taken)
                .forEach(key -> problems.add(new PluginProblem(
                        DUPLICATE_ID, what + " id '" + key + "' is already provided by another plugin")));
    }
}
