package dev.unknot.cli.habit;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.LocalStore;
import dev.unknot.cli.Output;
import dev.unknot.cli.Times;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.library.RoutineId;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.library.TemplateId;
import dev.unknot.core.plugin.Library;
import dev.unknot.store.habit.HabitChanges;
import dev.unknot.store.habit.NewHabit;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unknot habit add|edit|archive|skip|pause}: changing one's habits. */
@Command(name = "habit", description = "Add, edit, archive, skip or pause a habit.",
        subcommands = {HabitCommand.Add.class, HabitCommand.Edit.class, HabitCommand.Archive.class,
            HabitCommand.Skip.class, HabitCommand.Pause.class})
@Prototype
public final class HabitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: add, edit, archive, skip or pause");
    }

    /** {@code unknot habit ... --json} for one habit. */
    @Serdeable
    record One(HabitJson.HabitEntry habit) {}

    /** {@code unknot habit skip --json}. */
    @Serdeable
    record Skipped(HabitJson.HabitEntry habit, String day) {}

    /** {@code unknot habit pause --json}. */
    @Serdeable
    record Paused(List<HabitJson.HabitEntry> habits, String from, String to) {}

    @Command(name = "add", description = {"Add a habit: from a template, a technique or routine id, or your own words.",
            "Examples: unknot habit add movement/walk-after-each-hour-of-sitting",
            "          unknot habit add stretching/childs-pose --days mon,thu",
            "          unknot habit add Drink water --target 8 --unit glasses"})
    @Prototype
    static final class Add implements Callable<Integer> {

        private final LocalStore store;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Mixin
        HabitOptions options;

        @Parameters(arity = "1..*", paramLabel = "WHAT",
                description = "A template, technique or routine id (see 'unknot templates'), or free text.")
        List<String> what;

        @Option(names = "--name", paramLabel = "NAME", description = "The habit's name (default: the template's or target's).")
        String name;

        @Option(names = "--starts", paramLabel = "DATE", description = "First day: " + Times.DATE_FORMAT + " (default today).")
        String starts;

        Add(LocalStore store) {
            this.store = store;
        }

        @Override
        public Integer call() {
            NewHabit request = newHabit(String.join(" ", what).strip(), store.library());
            if (name != null) {
                request = request.named(name);
            }
            request = options.schedule().map(request::on).orElse(request);
            request = options.metric().map(request::measured).orElse(request);
            if (starts != null) {
                request = request.startingOn(Times.date("--starts", starts, store.today()));
            }
            Habit habit = store.habits().create(store.person().id(), request);
            return print(spec, json, habit, "Added");
        }

        static NewHabit newHabit(String what, Library library) {
            if (what.matches("[a-z0-9-]+/[a-z0-9-]+")) {
                if (present(() -> library.habitTemplate(TemplateId.of(what)))) {
                    return NewHabit.fromTemplate(what);
                }
                if (present(() -> library.technique(TechniqueId.of(what)))) {
                    return NewHabit.technique(what);
                }
                if (present(() -> library.routine(RoutineId.of(what)))) {
                    return NewHabit.routine(what);
                }
                throw new UsageProblem("no template, technique or routine '" + what + "'",
                        "see 'unknot templates', 'unknot techniques' and 'unknot routines', or describe it in words");
            }
            return NewHabit.custom(what);
        }

        private static boolean present(Supplier<Optional<?>> lookup) {
            try {
                return lookup.get().isPresent();
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }

    @Command(name = "edit", description = "Change a habit's name, schedule, target or first day.")
    @Prototype
    static final class Edit implements Callable<Integer> {

        private final LocalStore store;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Mixin
        HabitOptions options;

        @Parameters(index = "0", paramLabel = "HABIT", description = "Id or unique name prefix.")
        String habit;

        @Option(names = "--name", paramLabel = "NAME", description = "A new name.")
        String name;

        @Option(names = "--starts", paramLabel = "DATE", description = "A new first day: " + Times.DATE_FORMAT + ".")
        String starts;

        Edit(LocalStore store) {
            this.store = store;
        }

        @Override
        public Integer call() {
            Habit chosen = HabitArgument.resolve(habit, store.habits().listAll(store.person().id()));
            HabitChanges changes = HabitChanges.none();
            if (name != null) {
                changes = changes.name(name);
            }
            changes = options.schedule().map(changes::schedule).orElse(changes);
            changes = options.metric().map(changes::metric).orElse(changes);
            if (starts != null) {
                changes = changes.startsOn(Times.date("--starts", starts, store.today()));
            }
            if (changes.equals(HabitChanges.none())) {
                throw new UsageProblem("nothing to change", "give --name, a schedule, a target or --starts (see --help)");
            }
            return print(spec, json, store.habits().edit(store.person().id(), chosen.id(), changes), "Changed");
        }
    }

    @Command(name = "archive", description = "Archive a habit: it leaves today's list, its history stays.")
    @Prototype
    static final class Archive implements Callable<Integer> {

        private final LocalStore store;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Parameters(index = "0", paramLabel = "HABIT", description = "Id or unique name prefix.")
        String habit;

        Archive(LocalStore store) {
            this.store = store;
        }

        @Override
        public Integer call() {
            Habit chosen = HabitArgument.resolve(habit, store.habits().list(store.person().id()));
            return print(spec, json, store.habits().archive(store.person().id(), chosen.id()), "Archived");
        }
    }

    @Command(name = "skip", description = "Skip a habit for a day on purpose: it does not break the streak.")
    @Prototype
    static final class Skip implements Callable<Integer> {

        private final LocalStore store;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Parameters(index = "0", paramLabel = "HABIT", description = "Id or unique name prefix.")
        String habit;

        @Option(names = "--day", paramLabel = "DATE", description = "The day: " + Times.DATE_FORMAT + " (default today).")
        String day;

        Skip(LocalStore store) {
            this.store = store;
        }

        @Override
        public Integer call() {
            Habit chosen = HabitArgument.resolve(habit, store.habits().list(store.person().id()));
            LocalDate skipped = day == null ? store.today() : Times.date("--day", day, store.today());
            store.habits().skip(store.person().id(), chosen.id(), skipped);
            if (json.enabled()) {
                json.print(spec, new Skipped(HabitJson.HabitEntry.of(chosen), skipped.toString()));
                return UnknotCli.OK;
            }
            Output.of(spec).line("Skipped " + chosen.name() + " on " + skipped + ".");
            return UnknotCli.OK;
        }
    }

    @Command(name = "pause", description = "Pause a habit, or all with --all, over some days (holiday, illness).")
    @Prototype
    static final class Pause implements Callable<Integer> {

        private final LocalStore store;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @ArgGroup(multiplicity = "1")
        Which which;

        static final class Which {
            @Parameters(index = "0", paramLabel = "HABIT", description = "Id or unique name prefix.")
            String habit;

            @Option(names = "--all", description = "Pause every active habit.")
            boolean all;
        }

        @Option(names = "--from", paramLabel = "DATE", description = "First day: " + Times.DATE_FORMAT + " (default today).")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day: " + Times.DATE_FORMAT + ".")
        String to;

        Pause(LocalStore store) {
            this.store = store;
        }

        @Override
        public Integer call() {
            LocalDate today = store.today();
            LocalDate first = from == null ? today : Times.date("--from", from, today);
            LocalDate last = Times.date("--to", to, today);
            if (last.isBefore(first)) {
                throw new UsageProblem("--to " + last + " is before --from " + first, "give the last day of the pause");
            }
            DateRange days = new DateRange(first, last);
            List<Habit> paused;
            if (which.all) {
                paused = store.habits().pauseAll(store.person().id(), days);
            } else {
                Habit chosen = HabitArgument.resolve(which.habit, store.habits().list(store.person().id()));
                store.habits().pause(store.person().id(), chosen.id(), days);
                paused = List.of(chosen);
            }
            if (json.enabled()) {
                json.print(spec, new Paused(paused.stream().map(HabitJson.HabitEntry::of).toList(), first.toString(),
                        last.toString()));
                return UnknotCli.OK;
            }
            Output output = Output.of(spec);
            paused.forEach(habit -> output.line("Paused " + habit.name() + " from " + first + " to " + last + "."));
            if (paused.isEmpty()) {
                output.line("No active habits to pause.");
            }
            return UnknotCli.OK;
        }
    }

    static int print(CommandSpec spec, JsonOption json, Habit habit, String verb) {
        if (json.enabled()) {
            json.print(spec, new One(HabitJson.HabitEntry.of(habit)));
            return UnknotCli.OK;
        }
        Output.of(spec).line(verb + " habit " + habit.id().value() + ": " + habit.name() + " ("
                + habit.schedule().describe() + ", " + HabitsCommand.target(habit.metric()) + ").");
        return UnknotCli.OK;
    }
}
