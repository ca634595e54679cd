package dev.unknot.cli.habit;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.Times;
import dev.unknot.cli.UnknotCli;
import dev.unknot.wire.habit.HabitEntry;
import dev.unknot.wire.habit.Habits;
import dev.unknot.wire.habit.MetricEntry;
import dev.unknot.wire.habit.TargetEntry;
import io.micronaut.context.annotation.Prototype;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unknot habits}: the person's habits with their ids, schedules and targets. */
@Command(name = "habits", description = "List your habits (ids, schedules, targets).")
@Prototype
public final class HabitsCommand implements Callable<Integer> {

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Option(
            names = {"-a", "--all"},
            description = "Include archived habits.")
    boolean all;

    HabitsCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        Habits habits = person.tracker().habits(all);
        if (json.enabled()) {
            json.print(spec, habits);
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        if (habits.habits().isEmpty()) {
            output.line("No habits yet: add one with 'unknot habit add' (see 'unknot templates').");
            return UnknotCli.OK;
        }
        Table table = Table.withHeader("ID", "NAME", "SCHEDULE", "TARGET", "WHAT", "SINCE");
        for (HabitEntry habit : habits.habits()) {
            table.row(
                    habit.id(),
                    habit.name() + (habit.archived() ? " (archived)" : ""),
                    habit.schedule().description(),
                    target(habit.metric()),
                    what(habit.target()),
                    habit.startsOn());
        }
        output.table(table);
        return UnknotCli.OK;
    }

    /** {@code 8 glasses a day}, {@code yes/no}. */
    public static String target(MetricEntry metric) {
        return metric.measured() ? Times.amount(metric.dailyTarget()) + " " + metric.unit() + " a day" : "yes/no";
    }

    static String what(TargetEntry target) {
        return target.kind().equals(TargetEntry.CUSTOM) ? "own" : target.id();
    }
}
