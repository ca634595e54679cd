package dev.unknot.plugindata;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineId;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Sides;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.library.TimerPhase;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.PluginRequirement;
import dev.unknot.core.spi.SpiVersion;
import dev.unknot.core.spi.VersionRange;
import dev.unknot.plugindata.Node.Fields;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads version 1 of the data plugin format (docs/plugin-data.md, with its JSON Schema in
 * plugin-data.schema.json) into a plugin, or says every problem it has, each with its line and field.
 */
final class DataPluginReader {

    static final int FORMAT_VERSION = 1;

    static final Set<String> TOP = ordered(
            "unknot-plugin",
            "id",
            "name",
            "version",
            "author",
            "requires",
            "runs-on",
            "pillars",
            "techniques",
            "routines",
            "habit-templates");
    static final Set<String> PILLAR = ordered("id", "name", "summary");
    static final Set<String> TECHNIQUE = ordered(
            "id",
            "name",
            "pillar",
            "summary",
            "steps",
            "dose",
            "sides",
            "equipment",
            "body-areas",
            "causes",
            "cautions");
    static final Set<String> ROUTINE = ordered("id", "name", "summary", "steps");
    static final Set<String> STEP = ordered("technique", "dose", "sides");
    static final Set<String> TEMPLATE = ordered("id", "name", "description", "target", "schedule", "metric");
    static final Set<String> DOSE =
            ordered("hold", "times", "seconds", "minutes", "reps", "sets", "cycles", "phases", "daily", "unit");
    static final Set<String> PHASE = ordered("label", "seconds");
    static final Set<String> TARGET = ordered("technique", "routine", "custom");
    static final Set<String> SCHEDULE = ordered("weekdays", "times-per-week", "every-hours", "from", "until");
    static final Set<String> METRIC = ordered("unit", "daily-target");

    private final Problems problems = new Problems();
    private String pluginId = "";
    /** Sides of this document's own techniques, for routine steps that leave them out. */
    private final Map<TechniqueId, Technique> own = new HashMap<>();

    /**
     * @throws IllegalArgumentException listing every problem, one per line
     */
    static DataPlugin read(String text) {
        return new DataPluginReader().document(text);
    }

    private DataPlugin document(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setAllowDuplicateKeys(true) // reported by Node.fields, with the field's line
                .setMaxAliasesForCollections(20)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(Integer.MAX_VALUE)
                .build();
        org.snakeyaml.engine.v2.nodes.Node root;
        try {
            root = new Compose(settings).composeString(text).orElse(null);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0);
            throw new IllegalArgumentException(
                    (line > 0 ? "line " + line : "the document") + ": not YAML or JSON: " + oneLine(e.getProblem()), e);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException("the document: not YAML or JSON: " + oneLine(e.getMessage()), e);
        }
        if (root == null) {
            throw new IllegalArgumentException("the document is empty");
        }
        Node top = new Node(root, "", problems);
        DataPlugin plugin = top.fields(TOP).flatMap(this::plugin).orElse(null);
        if (problems.any() || plugin == null) {
            throw new IllegalArgumentException(String.join("\n", problems.lines()));
        }
        return plugin;
    }

    private Optional<DataPlugin> plugin(Fields fields) {
        Optional<Integer> version = fields.required("unknot-plugin").flatMap(node -> node.whole(0, 1_000));
        if (version.isPresent() && version.get() != FORMAT_VERSION) {
            fields.required("unknot-plugin")
                    .ifPresent(node -> node.problem(
                            "this Unknot reads version " + FORMAT_VERSION + " of the format, not " + version.get()));
            return Optional.empty();
        }
        Optional<PluginDescriptor> descriptor = descriptor(fields);
        List<Pillar> pillars = list(fields, "pillars", this::pillar);
        List<Technique> techniques = list(fields, "techniques", this::technique);
        techniques.forEach(technique -> own.put(technique.id(), technique));
        List<Routine> routines = list(fields, "routines", this::routine);
        List<HabitTemplate> templates = list(fields, "habit-templates", this::template);
        return descriptor.map(d -> new DataPlugin(d, pillars, techniques, routines, templates));
    }

    private Optional<PluginDescriptor> descriptor(Fields fields) {
        Optional<String> id = fields.text("id");
        // Set before the descriptor is whole, so that ids are namespaced even when it is not.
        id.ifPresent(value -> pluginId = value);
        Optional<String> name = fields.text("name");
        Optional<String> version = fields.text("version");
        Optional<String> author = fields.text("author");
        List<PluginRequirement> requires = new ArrayList<>();
        fields.optional("requires")
                .flatMap(node -> node.fields(anyName(node)))
                .ifPresent(required -> required.byName()
                        .forEach((plugin, range) -> range.text()
                                .flatMap(text -> attempt(range, () -> PluginRequirement.of(plugin, text)))
                                .ifPresent(requires::add)));
        VersionRange host = fields.optional("runs-on")
                .flatMap(node -> node.text().flatMap(text -> attempt(node, () -> VersionRange.parse(text))))
                .orElse(VersionRange.ANY);
        if (id.isEmpty() || name.isEmpty() || version.isEmpty() || author.isEmpty()) {
            return Optional.empty();
        }
        return attempt(
                fields.owner(),
                () -> new PluginDescriptor(
                        id.get(), name.get(), version.get(), author.get(), SpiVersion.CURRENT, requires, host));
    }

    private Optional<Pillar> pillar(Node node) {
        return node.fields(PILLAR).flatMap(fields -> {
            Optional<String> id = fields.text("id");
            Optional<String> name = fields.text("name");
            Optional<String> summary = fields.text("summary");
            if (id.isEmpty() || name.isEmpty() || summary.isEmpty()) {
                return Optional.empty();
            }
            return attempt(node, () -> Pillar.of(id.get(), name.get(), summary.get()));
        });
    }

    private Optional<Technique> technique(Node node) {
        return node.fields(TECHNIQUE).flatMap(fields -> {
            Optional<String> id = fields.text("id").map(this::namespaced);
            Optional<String> name = fields.text("name");
            Optional<String> pillar = fields.text("pillar");
            Optional<String> summary = fields.text("summary");
            List<String> steps = fields.texts("steps");
            if (!fields.has("steps")) {
                node.problem("needs the field 'steps', a list of what to do, in order");
            }
            Optional<Dose> dose = fields.required("dose").flatMap(this::dose);
            Sides sides = fields.optional("sides").flatMap(this::sides).orElse(Sides.NONE);
            Set<BodyArea> areas = names(fields.optional("body-areas"), BodyArea.class);
            if (!fields.has("body-areas")) {
                node.problem("needs the field 'body-areas', a list such as [lower-back, hips]");
            }
            Set<Cause> causes = names(fields.optional("causes"), Cause.class);
            List<String> equipment = fields.texts("equipment");
            List<String> cautions = fields.texts("cautions");
            if (id.isEmpty() || name.isEmpty() || pillar.isEmpty() || summary.isEmpty() || dose.isEmpty()) {
                return Optional.empty();
            }
            return attempt(
                    node,
                    () -> new Technique(
                            TechniqueId.of(id.get()),
                            name.get(),
                            dev.unknot.core.library.PillarId.of(pillar.get()),
                            summary.get(),
                            steps,
                            dose.get(),
                            sides,
                            equipment,
                            areas,
                            causes,
                            cautions));
        });
    }

    private Optional<Routine> routine(Node node) {
        return node.fields(ROUTINE).flatMap(fields -> {
            Optional<String> id = fields.text("id").map(this::namespaced);
            Optional<String> name = fields.text("name");
            Optional<String> summary = fields.text("summary");
            List<RoutineStep> steps = fields.required("steps")
                    .map(list -> list.items().stream()
                            .map(this::step)
                            .flatMap(Optional::stream)
                            .toList())
                    .orElse(List.of());
            if (id.isEmpty() || name.isEmpty() || summary.isEmpty()) {
                return Optional.empty();
            }
            return attempt(node, () -> new Routine(RoutineId.of(id.get()), name.get(), summary.get(), steps));
        });
    }

    private Optional<RoutineStep> step(Node node) {
        if (node.isScalar()) {
            // A bare id: one of this document's techniques at its own dose and sides.
            return node.text()
                    .map(this::namespaced)
                    .flatMap(id -> attempt(node, () -> TechniqueId.of(id)))
                    .flatMap(id -> ownTechnique(node, id).map(RoutineStep::of));
        }
        return node.fields(STEP).flatMap(fields -> {
            Optional<TechniqueId> id = fields.text("technique")
                    .map(this::namespaced)
                    .flatMap(text -> attempt(node, () -> TechniqueId.of(text)));
            if (id.isEmpty()) {
                return Optional.empty();
            }
            Technique mine = own.get(id.get());
            Optional<Dose> dose = fields.optional("dose").isPresent()
                    ? fields.optional("dose").flatMap(this::dose)
                    : Optional.ofNullable(mine).map(Technique::dose);
            Optional<Sides> sides = fields.optional("sides").isPresent()
                    ? fields.optional("sides").flatMap(this::sides)
                    : Optional.ofNullable(mine).map(Technique::sides);
            if (mine == null && (!fields.has("dose") || !fields.has("sides"))) {
                return node.problem(
                        "a step with another plugin's technique ('" + id.get() + "') needs its own 'dose' and 'sides'");
            }
            if (dose.isEmpty() || sides.isEmpty()) {
                return Optional.empty();
            }
            return attempt(node, () -> new RoutineStep(id.get(), dose.get(), sides.get()));
        });
    }

    private Optional<Technique> ownTechnique(Node node, TechniqueId id) {
        Technique technique = own.get(id);
        return technique != null
                ? Optional.of(technique)
                : node.problem("'" + id + "' is not a technique of this document; a step with another plugin's"
                        + " technique is written as a mapping with 'technique', 'dose' and 'sides'");
    }

    private Optional<HabitTemplate> template(Node node) {
        return node.fields(TEMPLATE).flatMap(fields -> {
            Optional<String> id = fields.text("id").map(this::namespaced);
            Optional<String> name = fields.text("name");
            Optional<String> description = fields.text("description");
            Optional<HabitTarget> target = fields.required("target").flatMap(this::target);
            Schedule schedule =
                    fields.optional("schedule").flatMap(this::schedule).orElse(Schedule.daily());
            Metric metric = fields.optional("metric").flatMap(this::metric).orElse(Metric.yesNo());
            if (id.isEmpty() || name.isEmpty() || description.isEmpty() || target.isEmpty()) {
                return Optional.empty();
            }
            return attempt(
                    node,
                    () -> HabitTemplate.of(id.get(), name.get(), description.get(), target.get(), schedule, metric));
        });
    }

    private Optional<HabitTarget> target(Node node) {
        return node.fields(TARGET).flatMap(fields -> {
            if (fields.byName().size() != 1) {
                return node.problem("needs exactly one of 'technique', 'routine' or 'custom'");
            }
            Map.Entry<String, Node> only = fields.byName().entrySet().iterator().next();
            Node value = only.getValue();
            return value.text()
                    .flatMap(text -> attempt(value, () -> switch (only.getKey()) {
                        case "technique" -> HabitTarget.technique(namespaced(text));
                        case "routine" -> HabitTarget.routine(namespaced(text));
                        default -> HabitTarget.custom(text);
                    }));
        });
    }

    private Optional<Schedule> schedule(Node node) {
        if (node.isScalar()) {
            return node.text()
                    .flatMap(text -> text.equals("daily")
                            ? Optional.of(Schedule.daily())
                            : node.problem(
                                    "is 'daily' or a mapping with 'weekdays', 'times-per-week' or 'every-hours'"));
        }
        return node.fields(SCHEDULE).flatMap(fields -> {
            if (fields.has("weekdays")) {
                Set<DayOfWeek> days = names(fields.optional("weekdays"), DayOfWeek.class);
                return attempt(node, () -> Schedule.on(days.toArray(DayOfWeek[]::new)));
            }
            if (fields.has("times-per-week")) {
                return fields.required("times-per-week")
                        .flatMap(times -> times.whole(1, 7))
                        .flatMap(times -> attempt(node, () -> Schedule.timesPerWeek(times)));
            }
            if (fields.has("every-hours")) {
                Optional<Integer> hours = fields.required("every-hours").flatMap(value -> value.whole(1, 24));
                Optional<LocalTime> from = fields.required("from").flatMap(this::time);
                Optional<LocalTime> until = fields.required("until").flatMap(this::time);
                if (hours.isEmpty() || from.isEmpty() || until.isEmpty()) {
                    return Optional.empty();
                }
                return attempt(node, () -> Schedule.everyHours(hours.get(), from.get(), until.get()));
            }
            return node.problem("needs 'weekdays', 'times-per-week' or 'every-hours'");
        });
    }

    private Optional<LocalTime> time(Node node) {
        return node.text().flatMap(text -> {
            try {
                return Optional.of(LocalTime.parse(text));
            } catch (DateTimeParseException e) {
                return node.problem("must be a time of day like 09:00");
            }
        });
    }

    private Optional<Metric> metric(Node node) {
        if (node.isScalar()) {
            return node.text()
                    .flatMap(text -> text.equals("yes-no")
                            ? Optional.of(Metric.yesNo())
                            : node.problem("is 'yes-no' or a mapping with 'unit' and 'daily-target'"));
        }
        return node.fields(METRIC).flatMap(fields -> {
            Optional<String> unit = fields.text("unit");
            Optional<Double> target = fields.required("daily-target").flatMap(value -> value.number(0.001, 1_000));
            if (unit.isEmpty() || target.isEmpty()) {
                return Optional.empty();
            }
            return attempt(node, () -> Metric.measured(unit.get(), target.get()));
        });
    }

    /** One of the dose forms; see the format's documentation. */
    private Optional<Dose> dose(Node node) {
        if (node.isScalar()) {
            return node.text()
                    .flatMap(text -> text.equals("once")
                            ? Optional.of(Dose.once())
                            : node.problem("is 'once' or a mapping such as {hold: [20, 30]} or {reps: 10, sets: 2}"));
        }
        return node.fields(DOSE).flatMap(fields -> {
            List<String> kinds = List.of("hold", "seconds", "minutes", "reps", "cycles", "daily").stream()
                    .filter(fields::has)
                    .toList();
            if (kinds.size() != 1) {
                return node.problem("needs exactly one of hold, seconds, minutes, reps, cycles or daily");
            }
            String kind = kinds.get(0);
            Node value = fields.optional(kind).orElseThrow();
            return switch (kind) {
                case "hold" ->
                    range(value).flatMap(seconds -> {
                        int times = fields.optional("times")
                                .flatMap(t -> t.whole(1, 1_000))
                                .orElse(1);
                        return attempt(
                                node, () -> Dose.hold(seconds[0], seconds[1]).times(times));
                    });
                case "seconds" ->
                    range(value)
                            .flatMap(seconds -> attempt(
                                    node,
                                    () -> new Dose.Timed(
                                            Duration.ofSeconds(seconds[0]), Duration.ofSeconds(seconds[1]))));
                case "minutes" ->
                    range(value).flatMap(minutes -> attempt(node, () -> Dose.minutes(minutes[0], minutes[1])));
                case "reps" ->
                    value.whole(1, 10_000).flatMap(reps -> {
                        int sets = fields.optional("sets")
                                .flatMap(s -> s.whole(1, 1_000))
                                .orElse(1);
                        return attempt(node, () -> Dose.reps(reps, sets));
                    });
                case "cycles" ->
                    value.whole(1, 10_000).flatMap(cycles -> {
                        List<TimerPhase> phases = fields.required("phases")
                                .map(list -> list.items().stream()
                                        .map(this::phase)
                                        .flatMap(Optional::stream)
                                        .toList())
                                .orElse(List.of());
                        return attempt(node, () -> Dose.cycles(cycles, phases.toArray(TimerPhase[]::new)));
                    });
                default ->
                    value.whole(1, 1_000_000)
                            .flatMap(amount ->
                                    fields.text("unit").flatMap(unit -> attempt(node, () -> Dose.daily(amount, unit))));
            };
        });
    }

    private Optional<TimerPhase> phase(Node node) {
        return node.fields(PHASE).flatMap(fields -> {
            Optional<String> label = fields.text("label");
            Optional<Integer> seconds = fields.required("seconds").flatMap(value -> value.whole(1, 86_400));
            if (label.isEmpty() || seconds.isEmpty()) {
                return Optional.empty();
            }
            return attempt(node, () -> TimerPhase.seconds(label.get(), seconds.get()));
        });
    }

    /** A number, or a list of two numbers from least to most: {@code 30} or {@code [20, 30]}. */
    private Optional<int[]> range(Node node) {
        if (node.isScalar()) {
            return node.whole(1, 86_400).map(value -> new int[] {value, value});
        }
        List<Node> items = node.items();
        if (items.size() != 2) {
            return node.problem("must be a number or a list of two numbers, least first, like [20, 30]");
        }
        Optional<Integer> least = items.get(0).whole(1, 86_400);
        Optional<Integer> most = items.get(1).whole(1, 86_400);
        if (least.isEmpty() || most.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {least.get(), most.get()});
    }

    private Optional<Sides> sides(Node node) {
        return node.text().flatMap(text -> switch (text) {
            case "none" -> Optional.of(Sides.NONE);
            case "each-side" -> Optional.of(Sides.EACH_SIDE);
            default -> node.problem("is 'none' or 'each-side'");
        });
    }

    /** Enum constants written in lower case with hyphens: {@code lower-back} for LOWER_BACK. */
    private static <E extends Enum<E>> Set<E> names(Optional<Node> list, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        list.ifPresent(node -> node.items()
                .forEach(item -> item.text().ifPresent(text -> {
                    String constant = text.toUpperCase(Locale.ROOT).replace('-', '_');
                    Arrays.stream(type.getEnumConstants())
                            .filter(value -> value.name().equals(constant))
                            .findFirst()
                            .ifPresentOrElse(
                                    values::add,
                                    () -> item.problem("is not one of "
                                            + Arrays.stream(type.getEnumConstants())
                                                    .map(value -> value.name()
                                                            .toLowerCase(Locale.ROOT)
                                                            .replace('_', '-'))
                                                    .collect(Collectors.joining(", "))));
                })));
        return values;
    }

    private static <T> List<T> list(Fields fields, String name, Function<Node, Optional<T>> read) {
        return fields.optional(name)
                .map(node -> node.items().stream()
                        .map(read)
                        .flatMap(Optional::stream)
                        .toList())
                .orElse(List.of());
    }

    /** An id without a slash is this document's own: {@code chin-tuck} in plugin {@code anna}. */
    private String namespaced(String id) {
        return id.contains("/") || pluginId.isEmpty() ? id : pluginId + "/" + id;
    }

    /** Runs a core constructor, turning its refusal into a problem at {@code node}. */
    private static <T> Optional<T> attempt(Node node, Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (IllegalArgumentException | NullPointerException e) {
            return node.problem(oneLine(e.getMessage()));
        }
    }

    private static Set<String> anyName(Node node) {
        Set<String> names = new LinkedHashSet<>();
        if (node.yaml() instanceof org.snakeyaml.engine.v2.nodes.MappingNode mapping) {
            mapping.getValue().forEach(tuple -> {
                if (tuple.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode key) {
                    names.add(key.getValue());
                }
            });
        }
        return names;
    }

    /** Field names in the order the documentation lists them; unmodifiable, as tests read them. */
    private static Set<String> ordered(String... names) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
    }

    private static String oneLine(String text) {
        return text == null ? "not valid" : text.replaceAll("\\s+", " ").strip();
    }
}
