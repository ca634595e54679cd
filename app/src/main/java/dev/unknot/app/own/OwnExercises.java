package dev.unknot.app.own;

import dev.unknot.app.catalogue.Catalogue;
import dev.unknot.app.catalogue.OwnDocuments;
import dev.unknot.app.change.Changes;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.input.Input;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.NamespacedId;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.PillarId;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineId;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Sides;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.plugin.Library;
import dev.unknot.core.plugin.LoadedPlugin;
import dev.unknot.core.plugin.PluginProblem;
import dev.unknot.core.plugin.PluginValidator;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.SpiVersion;
import dev.unknot.core.spi.TechniquePlugin;
import dev.unknot.plugindata.DataPlugins;
import dev.unknot.store.own.OwnExerciseRepository;
import dev.unknot.store.own.OwnExerciseRow;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's own techniques and routines (docs/own-exercises.md): the only place with their rules.
 *
 * <p>Their ids are {@code my/<slug>}, the slug made from the name when they are created and kept
 * when it changes; {@code my} is a namespace no plugin may take, and each person has their own, so
 * two people's {@code my/cat-cow} are two techniques and neither sees the other's. Content is
 * checked by the plugins' own validator ({@link PluginValidator}) against the person's library,
 * and its problems are said in a person's words, naming the field at fault. Another person's id
 * is answered exactly like an id that was never used.
 */
@Singleton
public class OwnExercises {

    /** The longest name of an own technique or routine. */
    public static final int MAX_NAME = 100;

    static final int MAX_TEXT = 500;
    static final int MAX_ITEMS = 30;
    private static final int MAX_SLUG = 60;
    private static final String NAMESPACE = PluginValidator.PERSONAL_NAMESPACE;

    private final OwnExerciseRepository rows;
    private final Catalogue catalogue;
    private final HabitService habits;
    private final PersonService people;
    private final Changes changes;
    private final Clock clock;

    OwnExercises(
            OwnExerciseRepository rows,
            Catalogue catalogue,
            HabitService habits,
            PersonService people,
            Changes changes,
            Clock clock) {
        this.rows = rows;
        this.catalogue = catalogue;
        this.habits = habits;
        this.people = people;
        this.changes = changes;
        this.clock = clock;
    }

    /** The person's own techniques and routines, in order of id. */
    @Transactional(readOnly = true)
    public Catalogue.Own list(PersonId person) {
        people.get(person);
        return catalogue.own(person);
    }

    /** @throws NotFoundException unless the person has a technique of that id */
    @Transactional(readOnly = true)
    public Technique technique(PersonId person, String id) {
        return catalogue.own(person).techniques().stream()
                .filter(technique -> technique.id().value().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("technique", id));
    }

    /** @throws NotFoundException unless the person has a routine of that id */
    @Transactional(readOnly = true)
    public Routine routine(PersonId person, String id) {
        return catalogue.own(person).routines().stream()
                .filter(routine -> routine.id().value().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("routine", id));
    }

    /**
     * Creates a technique of the person's own, under a new id made from its name.
     *
     * @throws InvalidInputException naming the field at fault
     */
    @Transactional
    public Technique createTechnique(PersonId person, OwnTechnique input) {
        people.get(person);
        Library library = catalogue.of(person);
        String slug = freeSlug(person, OwnExerciseRow.TECHNIQUE, input.name());
        Technique technique = technique(TechniqueId.of(NAMESPACE + "/" + slug), input, library, Optional.empty());
        check(library.plus(List.of(technique), List.of()), List.of(technique), List.of());
        insert(person, OwnExerciseRow.TECHNIQUE, slug, technique.name(), OwnDocuments.of(technique));
        return technique;
    }

    /**
     * Changes every field of the person's own technique; its id stays. Their routines that do it
     * follow a change of its sides.
     *
     * @throws NotFoundException unless the person has a technique of that id
     * @throws InvalidInputException naming the field at fault
     */
    @Transactional
    public Technique editTechnique(PersonId person, String id, OwnTechnique input) {
        OwnExerciseRow row = row(person, OwnExerciseRow.TECHNIQUE, id, "technique");
        Library library = catalogue.of(person);
        Technique technique = technique(TechniqueId.of(id), input, library, Optional.of(technique(person, id)));
        List<Routine> following = new ArrayList<>();
        for (Routine routine : catalogue.own(person).routines()) {
            List<RoutineStep> steps = routine.steps().stream()
                    .map(step -> step.technique().equals(technique.id()) && step.sides() != technique.sides()
                            ? new RoutineStep(step.technique(), step.dose(), technique.sides())
                            : step)
                    .toList();
            if (!steps.equals(routine.steps())) {
                following.add(new Routine(routine.id(), routine.name(), routine.summary(), steps));
            }
        }
        check(replaced(person, List.of(technique), following), List.of(technique), following);
        update(row, technique.name(), OwnDocuments.of(technique));
        for (Routine routine : following) {
            update(
                    row(person, OwnExerciseRow.ROUTINE, routine.id().value(), "routine"),
                    routine.name(),
                    OwnDocuments.of(routine));
        }
        return technique;
    }

    /**
     * Creates a routine of the person's own from built-in techniques and their own.
     *
     * @throws InvalidInputException naming the field at fault
     */
    @Transactional
    public Routine createRoutine(PersonId person, OwnRoutine input) {
        people.get(person);
        Library library = catalogue.of(person);
        String slug = freeSlug(person, OwnExerciseRow.ROUTINE, input.name());
        Routine routine = routine(RoutineId.of(NAMESPACE + "/" + slug), input, library, Optional.empty());
        check(library.plus(List.of(), List.of(routine)), List.of(), List.of(routine));
        insert(person, OwnExerciseRow.ROUTINE, slug, routine.name(), OwnDocuments.of(routine));
        return routine;
    }

    /**
     * Changes the person's own routine; its id stays.
     *
     * @throws NotFoundException unless the person has a routine of that id
     * @throws InvalidInputException naming the field at fault
     */
    @Transactional
    public Routine editRoutine(PersonId person, String id, OwnRoutine input) {
        OwnExerciseRow row = row(person, OwnExerciseRow.ROUTINE, id, "routine");
        Library library = catalogue.of(person);
        Routine routine = routine(RoutineId.of(id), input, library, Optional.of(routine(person, id)));
        check(replaced(person, List.of(), List.of(routine)), List.of(), List.of(routine));
        update(row, routine.name(), OwnDocuments.of(routine));
        return routine;
    }

    /**
     * Removes the person's own technique or routine. One that an active habit or one of their
     * routines uses is kept, and the answer says what uses it; an archived habit keeps its
     * history and shows the id, as when a plugin is gone.
     *
     * @throws NotFoundException unless the person has a technique or routine of that id
     * @throws ConflictException when something still uses it
     */
    @Transactional
    public void remove(PersonId person, String id) {
        Catalogue.Own own = catalogue.own(person);
        Optional<Technique> technique = own.techniques().stream()
                .filter(each -> each.id().value().equals(id))
                .findFirst();
        Optional<Routine> routine = own.routines().stream()
                .filter(each -> each.id().value().equals(id))
                .findFirst();
        if (technique.isEmpty() && routine.isEmpty()) {
            throw new NotFoundException("own technique or routine", id);
        }
        String name =
                technique.map(Technique::name).orElseGet(() -> routine.get().name());
        HabitTarget target = technique
                .<HabitTarget>map(each -> new HabitTarget.OfTechnique(each.id()))
                .orElseGet(() -> new HabitTarget.OfRoutine(routine.get().id()));
        for (Habit habit : habits.list(person)) {
            if (habit.target().equals(target)) {
                throw new ConflictException("'" + name + "' is what your habit '" + habit.name()
                        + "' does; archive that habit first, then remove '" + name + "'");
            }
        }
        if (technique.isPresent()) {
            for (Routine each : own.routines()) {
                if (each.steps().stream()
                        .anyMatch(
                                step -> step.technique().equals(technique.get().id()))) {
                    throw new ConflictException("'" + name + "' is a step of your routine '" + each.name()
                            + "'; take it out of that routine first, then remove '" + name + "'");
                }
            }
        }
        String kind = technique.isPresent() ? OwnExerciseRow.TECHNIQUE : OwnExerciseRow.ROUTINE;
        OwnExerciseRow row = row(person, kind, id, technique.isPresent() ? "technique" : "routine");
        rows.deleteById(row.id());
        changes.ofPerson(person.value());
    }

    /**
     * The person's own techniques and routines as a data plugin file, which {@code unknot plugin
     * check} passes and another person can import. Their ids move from {@code my/} to the file's
     * plugin id.
     *
     * @param pluginId the file's plugin id; made from the person's name when empty
     * @throws InvalidInputException when the id is not one a plugin may have, or there is nothing to export
     */
    @Transactional(readOnly = true)
    public OwnExport export(PersonId person, Optional<String> pluginId) {
        Person owner = people.get(person);
        String id = pluginId.filter(text -> !text.isBlank())
                .map(String::strip)
                .orElseGet(() -> slug(owner.username() + " exercises", "my-exercises"));
        if (id.equals(NAMESPACE) || !id.matches("[a-z0-9]+(?:-[a-z0-9]+)*") || id.length() > MAX_SLUG) {
            throw new InvalidInputException(
                    "id",
                    "the file's plugin id is lower-case words joined by hyphens, other than 'my', e.g."
                            + " 'anna-exercises'; not '" + id + "'");
        }
        Catalogue.Own own = catalogue.own(person);
        if (own.techniques().isEmpty() && own.routines().isEmpty()) {
            throw new InvalidInputException("exercises", "you have no own techniques or routines to export yet");
        }
        List<Technique> techniques = own.techniques().stream()
                .map(technique -> new Technique(
                        TechniqueId.of(moved(technique.id(), id)),
                        technique.name(),
                        technique.pillar(),
                        technique.summary(),
                        technique.steps(),
                        technique.dose(),
                        technique.sides(),
                        technique.equipment(),
                        technique.bodyAreas(),
                        technique.causes(),
                        technique.cautions()))
                .toList();
        List<Routine> routines = own.routines().stream()
                .map(routine -> new Routine(
                        RoutineId.of(moved(routine.id(), id)),
                        routine.name(),
                        routine.summary(),
                        routine.steps().stream()
                                .map(step -> new RoutineStep(
                                        TechniqueId.of(moved(step.technique(), id)), step.dose(), step.sides()))
                                .toList()))
                .toList();
        PluginDescriptor descriptor =
                PluginDescriptor.of(id, owner.username() + "'s exercises", "1.0.0", owner.username());
        return new OwnExport(
                id + ".yaml",
                "# Exercises of " + owner.username() + ", exported from Unknot. Import them in Unknot (My"
                        + " exercises → Import), or drop this file into a plugins directory.\n"
                        + DataPlugins.write(descriptor, List.of(), techniques, routines),
                techniques.size(),
                routines.size());
    }

    /**
     * Adds the techniques and routines of a data plugin file to the person's own, each under a
     * {@code my/} id made from its id in the file. What cannot be added is skipped with the reason:
     * an id the person already has, a pillar or technique this Unknot does not have, a dose the
     * validator refuses. Pillars and habit templates of the file are not imported.
     *
     * @throws InvalidInputException naming {@code file} when the text is not a data plugin, with every problem
     */
    @Transactional
    public OwnImport importFile(PersonId person, String text) {
        people.get(person);
        TechniquePlugin plugin;
        try {
            plugin = DataPlugins.read(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "file",
                    "this is not a data plugin file Unknot can read: "
                            + String.join("; ", e.getMessage().split("\n")));
        }
        List<OwnImport.Item> added = new ArrayList<>();
        List<OwnImport.Item> skipped = new ArrayList<>();
        Map<TechniqueId, TechniqueId> renamed = new HashMap<>();
        Library library = catalogue.of(person);
        for (Technique technique : plugin.techniques()) {
            TechniqueId mine = TechniqueId.of(NAMESPACE + "/" + technique.id().name());
            Optional<String> reason = Optional.empty();
            if (library.technique(mine).isPresent()) {
                renamed.put(technique.id(), mine);
                reason = Optional.of("you already have a technique '" + mine + "'");
            } else if (library.routine(RoutineId.of(mine.value())).isPresent()) {
                reason = Optional.of("you already have a routine '" + mine + "'");
            } else if (library.pillar(technique.pillar()).isEmpty()) {
                reason = Optional.of("its pillar '" + technique.pillar() + "' is not in this Unknot");
            }
            if (reason.isEmpty()) {
                Technique moved = withId(technique, mine);
                try {
                    check(library.plus(List.of(moved), List.of()), List.of(moved), List.of());
                    insert(person, OwnExerciseRow.TECHNIQUE, mine.name(), moved.name(), OwnDocuments.of(moved));
                    library = library.plus(List.of(moved), List.of());
                    renamed.put(technique.id(), mine);
                    added.add(new OwnImport.Item("technique", technique.name(), mine.value(), ""));
                    continue;
                } catch (InvalidInputException e) {
                    reason = Optional.of(e.getMessage());
                }
            }
            skipped.add(new OwnImport.Item(
                    "technique", technique.name(), technique.id().value(), reason.get()));
        }
        for (Routine routine : plugin.routines()) {
            RoutineId mine = RoutineId.of(NAMESPACE + "/" + routine.id().name());
            List<RoutineStep> steps = routine.steps().stream()
                    .map(step -> new RoutineStep(
                            renamed.getOrDefault(step.technique(), step.technique()), step.dose(), step.sides()))
                    .toList();
            Optional<String> reason = Optional.empty();
            if (library.routine(mine).isPresent()) {
                reason = Optional.of("you already have a routine '" + mine + "'");
            } else if (library.technique(TechniqueId.of(mine.value())).isPresent()) {
                reason = Optional.of("you already have a technique '" + mine + "'");
            } else {
                Routine moved = new Routine(mine, routine.name(), routine.summary(), steps);
                try {
                    check(library.plus(List.of(), List.of(moved)), List.of(), List.of(moved));
                    insert(person, OwnExerciseRow.ROUTINE, mine.name(), moved.name(), OwnDocuments.of(moved));
                    library = library.plus(List.of(), List.of(moved));
                    added.add(new OwnImport.Item("routine", routine.name(), mine.value(), ""));
                    continue;
                } catch (InvalidInputException e) {
                    reason = Optional.of(e.getMessage());
                }
            }
            skipped.add(
                    new OwnImport.Item("routine", routine.name(), routine.id().value(), reason.get()));
        }
        for (Pillar pillar : plugin.pillars()) {
            skipped.add(new OwnImport.Item(
                    "pillar",
                    pillar.name(),
                    pillar.id().value(),
                    "pillars come with plugins, not with your own exercises"));
        }
        plugin.habitTemplates()
                .forEach(template -> skipped.add(new OwnImport.Item(
                        "habit template",
                        template.name(),
                        template.id().value(),
                        "habit templates are not imported: start a habit from an exercise instead")));
        return new OwnImport(added, skipped);
    }

    // Building and checking

    /** The person's library with {@code techniques} and {@code routines} in place of their old versions. */
    private Library replaced(PersonId person, List<Technique> techniques, List<Routine> routines) {
        Catalogue.Own own = catalogue.own(person);
        List<Technique> allTechniques = new ArrayList<>(techniques);
        allTechniques.addAll(own.techniques());
        List<Routine> allRoutines = new ArrayList<>(routines);
        allRoutines.addAll(own.routines());
        // The first of an id wins, so the new versions hide the stored ones.
        return catalogue.shared().plus(allTechniques, allRoutines);
    }

    private Technique technique(TechniqueId id, OwnTechnique input, Library library, Optional<Technique> kept) {
        String name = name(input.name() == null ? kept.map(Technique::name).orElse(null) : input.name());
        List<String> steps = input.steps() == null
                ? kept.map(Technique::steps).orElse(List.of())
                : texts("steps", "a step", input.steps());
        if (steps.isEmpty()) {
            throw new InvalidInputException("steps", "say how to do it: at least one step");
        }
        String summary = input.summary() == null && kept.isPresent()
                ? kept.get().summary()
                : input.summary() == null || input.summary().isBlank()
                        ? steps.get(0)
                        : text("summary", input.summary().strip());
        Dose dose;
        if (input.dose() != null) {
            dose = input.dose().dose();
        } else if (kept.isPresent()) {
            dose = kept.get().dose();
        } else {
            throw new InvalidInputException("dose", "give a dose, e.g. hold 20-30 seconds, or 10 reps");
        }
        PillarId pillar =
                input.pillar() == null && kept.isPresent() ? kept.get().pillar() : pillar(input.pillar(), library);
        Set<BodyArea> areas = input.bodyAreas() == null && kept.isPresent()
                ? kept.get().bodyAreas()
                : bodyAreas(input.bodyAreas() == null ? List.of() : input.bodyAreas());
        List<String> cautions = input.cautions() == null
                ? kept.map(Technique::cautions).orElse(List.of())
                : texts("cautions", "a caution", input.cautions());
        List<String> equipment = input.equipment() == null
                ? kept.map(Technique::equipment).orElse(List.of())
                : texts("equipment", "a piece of equipment", input.equipment());
        Sides sides = input.eachSide() == null
                ? kept.map(Technique::sides).orElse(Sides.NONE)
                : input.eachSide() ? Sides.EACH_SIDE : Sides.NONE;
        return new Technique(
                id,
                name,
                pillar,
                summary,
                steps,
                dose,
                sides,
                equipment,
                areas,
                kept.map(Technique::causes).orElse(Set.of()),
                cautions);
    }

    private Routine routine(RoutineId id, OwnRoutine input, Library library, Optional<Routine> kept) {
        String name = name(input.name() == null ? kept.map(Routine::name).orElse(null) : input.name());
        List<RoutineStep> steps;
        if (input.steps() == null && kept.isPresent()) {
            steps = kept.get().steps();
        } else {
            List<OwnRoutine.Step> given = input.steps() == null ? List.of() : input.steps();
            if (given.isEmpty()) {
                throw new InvalidInputException("steps", "a routine needs at least one technique");
            }
            if (given.size() > MAX_ITEMS) {
                throw new InvalidInputException("steps", "a routine has at most " + MAX_ITEMS + " steps");
            }
            steps = new ArrayList<>();
            for (OwnRoutine.Step step : given) {
                String wanted = step == null || step.technique() == null
                        ? ""
                        : step.technique().strip();
                Technique technique = parse(wanted)
                        .flatMap(library::technique)
                        .orElseThrow(() -> new InvalidInputException(
                                "steps",
                                "there is no technique '" + wanted + "' in the library or your own exercises"));
                Dose dose = step.dose() == null ? technique.dose() : step.dose().dose();
                steps.add(new RoutineStep(technique.id(), dose, technique.sides()));
            }
        }
        String summary;
        if (input.summary() == null && kept.isPresent()) {
            summary = kept.get().summary();
        } else if (input.summary() == null || input.summary().isBlank()) {
            summary = steps.stream()
                    .map(step -> library.technique(step.technique())
                            .map(Technique::name)
                            .orElse(step.technique().value()))
                    .collect(Collectors.joining(", "));
            summary = (summary.length() > MAX_TEXT - 1 ? summary.substring(0, MAX_TEXT - 1) : summary) + ".";
        } else {
            summary = text("summary", input.summary().strip());
        }
        return new Routine(id, name, summary, steps);
    }

    /** The plugins' validator on the person's new content, its first problem in a person's words. */
    private static void check(Library visible, List<Technique> techniques, List<Routine> routines) {
        LoadedPlugin own =
                new LoadedPlugin(OwnDocuments.OWN, "your own exercises", List.of(), techniques, routines, List.of());
        List<PluginProblem> problems = new ArrayList<>();
        PluginValidator.ownProblems(own, SpiVersion.CURRENT).stream()
                // The namespace is this service's to keep; the rest are the content's.
                .filter(problem ->
                        problem.kind() == PluginProblem.Kind.DOSE || problem.kind() == PluginProblem.Kind.DUPLICATE_ID)
                .forEach(problems::add);
        problems.addAll(PluginValidator.danglingReferences(own, visible));
        if (problems.isEmpty()) {
            return;
        }
        PluginProblem problem = problems.get(0);
        String message = problem.message();
        if (problem.kind() == PluginProblem.Kind.DOSE && message.contains("' has ")) {
            String violation = message.substring(message.indexOf("' has ") + "' has ".length());
            boolean ofTechnique = message.startsWith("technique ");
            throw new InvalidInputException(
                    ofTechnique ? "dose" : "steps",
                    (ofTechnique ? "that dose has " : "a step's dose has ") + violation
                            + " (see the sane doses in docs/plugins.md)");
        }
        throw new InvalidInputException(
                problem.kind() == PluginProblem.Kind.DOSE ? "steps" : "exercise",
                message.replace("no loaded plugin provides", "is not in the library or your own exercises"));
    }

    private static PillarId pillar(String text, Library library) {
        if (text == null || text.isBlank()) {
            PillarId stretching = PillarId.of("stretching");
            return library.pillar(stretching).isPresent()
                    ? stretching
                    : library.pillars().stream()
                            .map(Pillar::id)
                            .findFirst()
                            .orElseThrow(() -> new InvalidInputException(
                                    "pillar", "no plugin gives a pillar to put your technique in"));
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return library.pillars().stream()
                .filter(pillar -> pillar.id().value().equals(wanted)
                        || pillar.name().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Pillar::id)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "pillar",
                        "there is no pillar '" + text.strip() + "'; choose one of "
                                + library.pillars().stream()
                                        .map(pillar -> pillar.id().value())
                                        .collect(Collectors.joining(", "))));
    }

    private static Set<BodyArea> bodyAreas(List<String> given) {
        Set<BodyArea> areas = EnumSet.noneOf(BodyArea.class);
        for (String text : given) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String constant =
                    text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            areas.add(Arrays.stream(BodyArea.values())
                    .filter(area -> area.name().equals(constant))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            "body areas", "'" + text.strip() + "' is not a body area; choose from " + areaNames())));
        }
        if (areas.isEmpty()) {
            throw new InvalidInputException(
                    "body areas", "say where it works: at least one body area, from " + areaNames());
        }
        return areas;
    }

    /** The body areas as people type them: {@code lower-back}. */
    public static List<String> areaIds() {
        return Arrays.stream(BodyArea.values())
                .map(area -> area.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList();
    }

    private static String areaNames() {
        return String.join(", ", areaIds());
    }

    private static String name(String given) {
        String name = given == null ? "" : given.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInputException(
                    "name", "give it a name of 1 to " + MAX_NAME + " characters, was " + name.length());
        }
        if (name.contains("\n")) {
            throw new InvalidInputException("name", "a name is one line");
        }
        return text("name", name);
    }

    private static List<String> texts(String field, String one, List<String> given) {
        List<String> texts = given.stream()
                .filter(text -> text != null && !text.isBlank())
                .map(String::strip)
                .toList();
        if (texts.size() > MAX_ITEMS) {
            throw new InvalidInputException(field, field + ": at most " + MAX_ITEMS + ", were " + texts.size());
        }
        for (String text : texts) {
            if (text.length() > MAX_TEXT) {
                throw new InvalidInputException(
                        field, one + " is at most " + MAX_TEXT + " characters, was " + text.length());
            }
            text(field, text);
        }
        return texts;
    }

    private static String text(String field, String text) {
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(
                    field, field + " is at most " + MAX_TEXT + " characters, was " + text.length());
        }
        return Input.text(field, text);
    }

    private static Optional<TechniqueId> parse(String id) {
        try {
            return Optional.of(TechniqueId.of(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Technique withId(Technique technique, TechniqueId id) {
        return new Technique(
                id,
                technique.name(),
                technique.pillar(),
                technique.summary(),
                technique.steps(),
                technique.dose(),
                technique.sides(),
                technique.equipment(),
                technique.bodyAreas(),
                technique.causes(),
                technique.cautions());
    }

    private static String moved(NamespacedId id, String namespace) {
        return id.namespace().equals(NAMESPACE) ? namespace + "/" + id.name() : id.value();
    }

    // Storing

    private String freeSlug(PersonId person, String kind, String name) {
        String base = slug(name(name), kind.equals(OwnExerciseRow.TECHNIQUE) ? "exercise" : "routine");
        String slug = base;
        // Unique over both kinds, so that my/<slug> names one thing of the person's.
        for (int n = 2;
                rows.existsByPersonIdAndKindAndSlug(person.value(), OwnExerciseRow.TECHNIQUE, slug)
                        || rows.existsByPersonIdAndKindAndSlug(person.value(), OwnExerciseRow.ROUTINE, slug);
                n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Lower-case words of a-z and 0-9 joined by hyphens, accents dropped: "Wall slide (Anna)" is wall-slide-anna. */
    static String slug(String text, String otherwise) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_SLUG) {
            plain = plain.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? otherwise : plain;
    }

    private OwnExerciseRow row(PersonId person, String kind, String id, String what) {
        String prefix = NAMESPACE + "/";
        if (id == null || !id.startsWith(prefix)) {
            throw new NotFoundException(what, id);
        }
        return rows.findByPersonIdAndKindAndSlug(person.value(), kind, id.substring(prefix.length()))
                .orElseThrow(() -> new NotFoundException(what, id));
    }

    private void insert(PersonId person, String kind, String slug, String name, String document) {
        Instant now = clock.instant();
        rows.save(new OwnExerciseRow(null, person.value(), kind, slug, name, document, now, now));
        changes.ofPerson(person.value());
    }

    private void update(OwnExerciseRow row, String name, String document) {
        rows.update(new OwnExerciseRow(
                row.id(), row.personId(), row.kind(), row.slug(), name, document, row.createdAt(), clock.instant()));
        changes.ofPerson(row.personId());
    }
}
