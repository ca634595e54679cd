package dev.unknot.cli.habit;

import dev.unknot.app.reminder.ReminderService;
import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.Times;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.reminder.ReminderTimes;
import dev.unknot.wire.Tracker;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import dev.unknot.wire.habit.HabitChangesBody;
import dev.unknot.wire.habit.HabitEntry;
import dev.unknot.wire.habit.MetricEntry;
import dev.unknot.wire.habit.NewHabitBody;
import dev.unknot.wire.habit.PauseBody;
import dev.unknot.wire.habit.Paused;
import dev.unknot.wire.habit.ResumeBody;
import dev.unknot.wire.habit.Resumed;
import dev.unknot.wire.habit.ScheduleEntry;
import dev.unknot.wire.habit.SingleHabit;
import dev.unknot.wire.habit.Skipped;
import dev.unknot.wire.habit.TargetEntry;
import dev.unknot.wire.habit.Unskipped;
import dev.unknot.wire.reminder.HabitRemindersChange;
import io.micronaut.context.annotation.Prototype;
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

/** {@code unknot habit add|edit|archive|restore|skip|unskip|pause|resume}: changing one's habits. */
@Command(
        name = "habit",
        description = "Add, edit, archive, restore, skip, unskip, pause or resume a habit.",
        subcommands = {
            HabitCommand.Add.class,
            HabitCommand.Edit.class,
            HabitCommand.Archive.class,
            HabitCommand.Restore.class,
            HabitCommand.Skip.class,
            HabitCommand.Unskip.class,
            HabitCommand.Pause.class,
            HabitCommand.Resume.class
        })
@Prototype
public final class HabitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "Missing subcommand: add, edit, archive, restore, skip, unskip, pause or resume");
    }

    @Command(
            name = "add",
            description = {
                "Add a habit: from a template, a technique or routine id, or your own words.",
                "Examples: unknot habit add movement/walk-after-each-hour-of-sitting",
                "          unknot habit add stretching/childs-pose --days mon,thu",
                "          unknot habit add Drink water --target 8 --unit glasses"
            })
    @Prototype
    static final class Add implements Callable<Integer> {

        private final PersonalTracker person;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Mixin
        HabitOptions options;

        @Parameters(
                arity = "1..*",
                paramLabel = "WHAT",
                description = "A template, technique or routine id (see 'unknot templates'), or free text.")
        List<String> what;

        @Option(
                names = "--name",
                paramLabel = "NAME",
                description = "The habit's name (default: the template's or target's).")
        String name;

        @Option(
                names = "--starts",
                paramLabel = "DATE",
                description = "First day: " + Times.DATE_FORMAT + " (default today).")
        String starts;

        @Option(
                names = "--remind",
                paramLabel = "TIMES",
                description = "Reminders: local times such as 09:00,14:00; slots (each slot of an every-N-hours"
                        + " habit); or off (the default).")
        String remind;

        Add(PersonalTracker person) {
            this.person = person;
        }

        @Override
        public Integer call() {
            String words = String.join(" ", what).strip();
            String from = from(words, person.tracker());
            ScheduleEntry schedule = options.schedule().map(ScheduleEntry::of).orElse(null);
            MetricEntry metric = options.metric().map(MetricEntry::of).orElse(null);
            String startsOn = starts == null
                    ? null
                    : Times.date("--starts", starts, person.today()).toString();
            boolean custom = from.equals(TargetEntry.CUSTOM);
            Optional<ReminderTimes> reminders = Optional.ofNullable(remind).map(ReminderService::parseTimes);
            if (reminders.isPresent()) {
                // Checked before the habit is added, so that a refusal leaves nothing half made.
                Schedule due = options.schedule()
                        .or(() -> from.equals(NewHabitBody.TEMPLATE)
                                ? person.tracker().templates().templates().stream()
                                        .filter(template -> template.id().equals(words))
                                        .findFirst()
                                        .map(template -> template.schedule().toSchedule())
                                : Optional.empty())
                        .orElse(Schedule.daily());
                try {
                    reminders.get().checkFits(due);
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of("--remind", e);
                }
            }
            HabitEntry habit = person.tracker()
                    .addHabit(new NewHabitBody(
                            from, custom ? null : words, name, schedule, metric, startsOn, custom ? words : null));
            if (reminders.isPresent()) {
                person.tracker().changeHabitReminders(habit.id(), new HabitRemindersChange(remind));
            }
            return print(spec, json, habit, "Added", reminders);
        }

        /** What {@code what} names: a template, a technique or a routine id, else the person's own words. */
        static String from(String what, Tracker tracker) {
            if (what.matches("[a-z0-9-]+/[a-z0-9-]+")) {
                if (tracker.templates().templates().stream()
                        .anyMatch(template -> template.id().equals(what))) {
                    return NewHabitBody.TEMPLATE;
                }
                if (present(() -> tracker.technique(what))) {
                    return TargetEntry.TECHNIQUE;
                }
                if (present(() -> tracker.routine(what))) {
                    return TargetEntry.ROUTINE;
                }
                throw new UsageProblem(
                        "no template, technique or routine '" + what + "'",
                        "see 'unknot templates', 'unknot techniques' and 'unknot routines', or describe it in words");
            }
            return TargetEntry.CUSTOM;
        }

        private static boolean present(Supplier<?> lookup) {
            try {
                lookup.get();
                return true;
            } catch (NotFoundException e) {
                return false;
            }
        }
    }

    @Command(name = "edit", description = "Change a habit's name, schedule, target or first day.")
    @Prototype
    static final class Edit implements Callable<Integer> {

        private final PersonalTracker person;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Mixin
        HabitOptions options;

        @Parameters(index = "0", paramLabel = "HABIT", description = "The habit: #id, or the start of its name.")
        String habit;

        @Option(names = "--name", paramLabel = "NAME", description = "A new name.")
        String name;

        @Option(names = "--starts", paramLabel = "DATE", description = "A new first day: " + Times.DATE_FORMAT + ".")
        String starts;

        @Option(
                names = "--remind",
                paramLabel = "TIMES",
                description = "Reminders: local times such as 09:00,14:00; slots; or off.")
        String remind;

        Edit(PersonalTracker person) {
            this.person = person;
        }

        @Override
        public Integer call() {
            HabitEntry chosen = HabitArgument.any(habit, person, spec);
            HabitChangesBody changes = new HabitChangesBody(
                    name,
                    options.scheduleChange().orElse(null),
                    options.metricChange().orElse(null),
                    starts == null
                            ? null
                            : Times.date("--starts", starts, person.today()).toString());
            if (changes.changesNothing() && remind == null) {
                throw new UsageProblem(
                        "nothing to change", "give --name, a schedule, a target, --starts or --remind (see --help)");
            }
            Optional<ReminderTimes> reminders = Optional.ofNullable(remind).map(ReminderService::parseTimes);
            HabitEntry edited =
                    changes.changesNothing() ? chosen : person.tracker().editHabit(chosen.id(), changes);
            if (reminders.isPresent()) {
                try {
                    person.tracker().changeHabitReminders(chosen.id(), new HabitRemindersChange(remind));
                } catch (InvalidInputException e) {
                    throw new InvalidInputException("--remind", e.getMessage());
                }
            }
            return print(spec, json, edited, "Changed", reminders);
        }
    }

    @Command(name = "archive", description = "Archive a habit: it leaves today's list, its history stays.")
    @Prototype
    static final class Archive implements Callable<Integer> {

        private final PersonalTracker person;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Parameters(index = "0", paramLabel = "HABIT", description = "The habit: #id, or the start of its name.")
        String habit;

        Archive(PersonalTracker person) {
            this.person = person;
        }

        @Override
        public Integer call() {
            HabitEntry chosen = HabitArgument.active(habit, person, spec);
            return print(spec, json, person.tracker().archiveHabit(chosen.id()), "Archived");
        }
    }

    @Command(
            name = "restore",
            aliases = "unarchive",
            description =
                    "Bring an archived habit back: due again, with its history ('unknot habits --all' lists them).")
    @Prototype
    static final class Restore implements Callable<Integer> {

        private final PersonalTracker person;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Parameters(index = "0", paramLabel = "HABIT", description = "The habit: #id, or the start of its name.")
        String habit;

        Restore(PersonalTracker person) {
            this.person = person;
        }

        @Override
        public Integer call() {
            List<HabitEntry> archived = person.tracker().habits(true).habits().stream()
                    .filter(HabitEntry::archived)
                    .toList();
            HabitEntry chosen;
            try {
                chosen = HabitArgument.resolve(
                        habit, archived, spec.commandLine().getErr());
            } catch (UsageProblem notArchived) {
                HabitEntry active = HabitArgument.any(habit, person, spec);
                if (json.enabled()) {
                    return print(spec, json, active, "Restored");
                }
                Output.of(spec).line(active.name() + " is not archived; nothing changed.");
                return UnknotCli.OK;
            }
            return print(spec, json, person.tracker().restoreHabit(chosen.id()), "Restored");
        }
    }

    @Command(name = "skip", description = "Skip a habit for a day on purpose: it does not break the streak.")
    @Prototype
    static final class Skip implements Callable<Integer> {

        private final PersonalTracker person;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Mixin
        HabitOnDay which;

        Skip(PersonalTracker person) {
            this.person = person;
        }

        @Override
        public Integer call() {
            Skipped done = person.tracker().skipHabit(which.habit(person, spec).id(), which.day(person));
            if (json.enabled()) {
                json.print(spec, done);
                return UnknotCli.OK;
            }
            Output.of(spec).line("Skipped " + done.habit().name() + " on " + done.day() + ".");
            return UnknotCli.OK;
        }
    }

    @Command(name = "pause", description = "Pause a habit, or all with --all, over some days (holiday, illness).")
    @Prototype
    static final class Pause implements Callable<Integer> {

        private final PersonalTracker person;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @ArgGroup(multiplicity = "1")
        Which which;

        static final class Which {
            @Parameters(index = "0", paramLabel = "HABIT", description = "The habit: #id, or the start of its name.")
            String habit;

            @Option(names = "--all", description = "Pause every active habit.")
            boolean all;
        }

        @Option(
                names = "--from",
                paramLabel = "DATE",
                description = "First day: " + Times.DATE_FORMAT + " (default today).")
        String from;

        @Option(
                names = "--to",
                required = true,
                paramLabel = "DATE",
                description = "Last day: " + Times.DATE_FORMAT + ".")
        String to;

        Pause(PersonalTracker person) {
            this.person = person;
        }

        @Override
        public Integer call() {
            LocalDate today = person.today();
            LocalDate first = from == null ? today : Times.date("--from", from, today);
            LocalDate last = Times.date("--to", to, today);
            if (last.isBefore(first)) {
                throw new UsageProblem("--to " + last + " is before --from " + first, "give the last day of the pause");
            }
            PauseBody days = PauseBody.of(first, last);
            Paused paused;
            if (which.all) {
                paused = person.tracker().pauseAll(days);
            } else {
                HabitEntry chosen = HabitArgument.active(which.habit, person, spec);
                paused = person.tracker().pauseHabit(chosen.id(), days);
            }
            if (json.enabled()) {
                json.print(spec, paused);
                return UnknotCli.OK;
            }
            Output output = Output.of(spec);
            List<HabitEntry> habits = paused.habits();
            habits.forEach(habit ->
                    output.line("Paused " + habit.name() + " from " + paused.from() + " to " + paused.to() + "."));
            if (habits.isEmpty()) {
                output.line("No active habits to pause.");
            }
            return UnknotCli.OK;
        }
    }

    @Command(name = "unskip", description = "Take back the skip of a day: the day counts again, done or missed.")
    @Prototype
    static final class Unskip implements Callable<Integer> {

        private final PersonalTracker person;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Mixin
        HabitOnDay which;

        Unskip(PersonalTracker person) {
            this.person = person;
        }

        @Override
        public Integer call() {
            Unskipped done =
                    person.tracker().unskipHabit(which.habit(person, spec).id(), which.day(person));
            if (json.enabled()) {
                json.print(spec, done);
                return UnknotCli.OK;
            }
            Output.of(spec)
                    .line(
                            done.wasSkipped()
                                    ? done.habit().name() + " counts again on " + done.day() + "."
                                    : done.habit().name() + " was not skipped on " + done.day() + "; nothing changed.");
            return UnknotCli.OK;
        }
    }

    @Command(name = "resume", description = "End a habit's pause, or every pause with --all: due again from a day on.")
    @Prototype
    static final class Resume implements Callable<Integer> {

        private final PersonalTracker person;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @ArgGroup(multiplicity = "1")
        Which which;

        static final class Which {
            @Parameters(index = "0", paramLabel = "HABIT", description = "The habit: #id, or the start of its name.")
            String habit;

            @Option(names = "--all", description = "Resume every paused habit.")
            boolean all;
        }

        @Option(
                names = "--from",
                paramLabel = "DATE",
                description = "First day due again: " + Times.DATE_FORMAT + " (default today).")
        String from;

        Resume(PersonalTracker person) {
            this.person = person;
        }

        @Override
        public Integer call() {
            LocalDate today = person.today();
            ResumeBody first = ResumeBody.of(from == null ? today : Times.date("--from", from, today));
            Resumed resumed;
            String none;
            if (which.all) {
                resumed = person.tracker().resumeAll(first);
                none = "No habit is paused on or after " + first.from() + "; nothing changed.";
            } else {
                HabitEntry chosen = HabitArgument.active(which.habit, person, spec);
                resumed = person.tracker().resumeHabit(chosen.id(), first);
                none = chosen.name() + " is not paused on or after " + first.from() + "; nothing changed.";
            }
            if (json.enabled()) {
                json.print(spec, resumed);
                return UnknotCli.OK;
            }
            Output output = Output.of(spec);
            resumed.habits()
                    .forEach(habit ->
                            output.line("Resumed " + habit.name() + ": due again from " + resumed.from() + "."));
            if (resumed.habits().isEmpty()) {
                output.line(none);
            }
            return UnknotCli.OK;
        }
    }

    static int print(CommandSpec spec, JsonOption json, HabitEntry habit, String verb) {
        return print(spec, json, habit, verb, Optional.empty());
    }

    static int print(
            CommandSpec spec, JsonOption json, HabitEntry habit, String verb, Optional<ReminderTimes> reminders) {
        if (json.enabled()) {
            json.print(spec, new SingleHabit(habit));
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        output.line(verb + " habit " + habit.id() + ": " + habit.name() + " ("
                + habit.schedule().description() + ", " + HabitsCommand.target(habit.metric()) + ").");
        reminders.ifPresent(times -> output.line(
                times instanceof ReminderTimes.Off
                        ? "No reminders."
                        : "Reminds at " + (times instanceof ReminderTimes.Slots ? "each slot" : times.text()) + "."));
        return UnknotCli.OK;
    }
}
