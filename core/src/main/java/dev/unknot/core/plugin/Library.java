package dev.unknot.core.plugin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.PillarId;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineId;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.library.TemplateId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Everything the loaded plugins teach, merged and indexed by id. Immutable.
 *
 * <p>Pillars are listed by name; techniques, routines and templates by id, so that every front
 * end shows them in the same order whatever order the plugins were found in.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class Library {

    private static final Library EMPTY = new Library(List.of(), List.of(), List.of(), List.of());

    private final Map<PillarId, Pillar> pillars;
    private final Map<TechniqueId, Technique> techniques;
    private final Map<RoutineId, Routine> routines;
    private final Map<TemplateId, HabitTemplate> templates;

    private Library(
            List<Pillar> pillars, List<Technique> techniques, List<Routine> routines, List<HabitTemplate> templates) {
        this.pillars =
                index(pillars, Pillar::id, Comparator.comparing(Pillar::name).thenComparing(Pillar::id));
        this.techniques = index(techniques, Technique::id, Comparator.comparing(Technique::id));
        this.routines = index(routines, Routine::id, Comparator.comparing(Routine::id));
        this.templates = index(templates, HabitTemplate::id, Comparator.comparing(HabitTemplate::id));
    }

    /** A library of the given content; when an id occurs twice, the first one wins. */
    public static Library of(
            List<Pillar> pillars, List<Technique> techniques, List<Routine> routines, List<HabitTemplate> templates) {
        return new Library(pillars, techniques, routines, templates);
    }

    /**
     * This library with {@code techniques} and {@code routines} added, such as a person's own; an id
     * this library already holds keeps its content here.
     *
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public Library plus(List<Technique> techniques, List<Routine> routines) {
        if (techniques.isEmpty() && routines.isEmpty()) {
            return this;
        }
        List<Technique> allTechniques = new java.util.ArrayList<>(this.techniques.values());
        allTechniques.addAll(techniques);
        List<Routine> allRoutines = new java.util.ArrayList<>(this.routines.values());
        allRoutines.addAll(routines);
        return new Library(pillars(), allTechniques, allRoutines, habitTemplates());
    }

    public static Library empty() {
        return EMPTY;
    }

    public List<Pillar> pillars() {
        return List.copyOf(pillars.values());
    }

    public Optional<Pillar> pillar(PillarId id) {
        return Optional.ofNullable(pillars.get(id));
    }

    public List<Technique> techniques() {
        return List.copyOf(techniques.values());
    }

    public List<Technique> techniques(PillarId pillar) {
        return techniques.values().stream()
                .filter(technique -> technique.pillar().equals(pillar))
                .toList();
    }

    public Optional<Technique> technique(TechniqueId id) {
        return Optional.ofNullable(techniques.get(id));
    }

    public List<Routine> routines() {
        return List.copyOf(routines.values());
    }

    public Optional<Routine> routine(RoutineId id) {
        return Optional.ofNullable(routines.get(id));
    }

    public List<HabitTemplate> habitTemplates() {
        return List.copyOf(templates.values());
    }

    public Optional<HabitTemplate> habitTemplate(TemplateId id) {
        return Optional.ofNullable(templates.get(id));
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> id, Comparator<V> order) {
        // Keep the first of each id before sorting: sorting by name first would let a duplicate
        // pillar with an earlier name win.
        Map<K, V> first = new LinkedHashMap<>();
        values.forEach(value -> first.putIfAbsent(id.apply(value), value));
        Map<K, V> byId = new LinkedHashMap<>();
        first.values().stream().sorted(order).forEach(value -> byId.put(id.apply(value), value));
        return java.util.Collections.unmodifiableMap(byId);
    }
}
