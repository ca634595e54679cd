package dev.unknot.cli.habit;

import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.Times;
import dev.unknot.wire.habit.HabitEntry;
import dev.unknot.wire.habit.SkipBody;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code HABIT [--day DATE]}: one active habit and one day of it, today by default (skip, unskip). */
final class HabitOnDay {

    @Parameters(index = "0", paramLabel = "HABIT", description = "The habit: #id, or the start of its name.")
    String habit;

    @Option(names = "--day", paramLabel = "DATE", description = "The day: " + Times.DATE_FORMAT + " (default today).")
    String day;

    /** The habit named, among the person's active ones. */
    HabitEntry habit(PersonalTracker person, CommandSpec spec) {
        return HabitArgument.active(habit, person, spec);
    }

    /** The day given, in the person's calendar. */
    SkipBody day(PersonalTracker person) {
        LocalDate today = person.today();
        return SkipBody.of(day == null ? today : Times.date("--day", day, today));
    }
}
