package dev.unknot.cli.habit;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.LocalStore;
import dev.unknot.cli.Output;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.UnknotCli;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.cli.Times;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
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

    private final LocalStore store;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Option(names = {"-a", "--all"}, description = "Include archived habits.")
    boolean all;

    HabitsCommand(LocalStore store) {
        this.store = store;
    }

    @Override
    public Integer call() {
        List<Habit> habits = all ? store.habits().listAll(store.person().id()) : store.habits().list(store.person().id());
        if (json.enabled()) {
            json.print(spec, new Habits(habits.stream().map(HabitJson.HabitEntry::of).toList()));
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        if (habits.isEmpty()) {
            output.line("No habits yet: add one with 'unknot habit add' (see 'unknot templates').");
            return UnknotCli.OK;
        }
        Table table = Table.withHeader("ID", "NAME", "SCHEDULE", "TARGET", "WHAT", "SINCE");
        for (Habit habit : habits) {
            table.row(Long.toString(habit.id().value()),
                    habit.name() + (habit.status() == HabitStatus.ARCHIVED ? " (archived)" : ""),
                    habit.schedule().describe(), target(habit.metric()), what(habit.target()),
                    habit.startsOn().toString());
        }
        output.table(table);
        return UnknotCli.OK;
    }

    static String target(Metric metric) {
        return metric instanceof Metric.Measured measured
                ? Times.amount(measured.dailyTarget()) + " " + measured.unit() + " a day" : "yes/no";
    }

    static String what(HabitTarget target) {
        if (target instanceof HabitTarget.OfTechnique technique) {
            return technique.technique().value();
        }
        if (target instanceof HabitTarget.OfRoutine routine) {
            return routine.routine().value();
        }
        return "own";
    }

    /** {@code unknot habits --json}. */
    @Serdeable
    record Habits(List<HabitJson.HabitEntry> habits) {}
}
