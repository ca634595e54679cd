package dev.unknot.cli.library;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.UnknotCli;
import dev.unknot.core.library.Durations;
import dev.unknot.wire.library.RoutineEntry;
import dev.unknot.wire.library.RoutineStepEntry;
import dev.unknot.wire.library.Routines;
import io.micronaut.context.annotation.Prototype;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code unknot routines}: the routines, each with its total time and steps. */
@Command(name = "routines", description = "List routines with their total time and steps.")
@Prototype
public final class RoutinesCommand implements Callable<Integer> {

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    RoutinesCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        Routines document = person.tracker().routines();
        if (json.enabled()) {
            json.print(spec, document);
            return UnknotCli.OK;
        }
        List<RoutineEntry> routines = document.routines();
        Output output = Output.of(spec);
        if (routines.isEmpty()) {
            output.line("No routines: run 'unknot plugins' to see which plugins loaded.");
            return UnknotCli.OK;
        }
        for (int i = 0; i < routines.size(); i++) {
            RoutineEntry routine = routines.get(i);
            if (i > 0) {
                output.blank();
            }
            output.line(output.bold(routine.name()) + "  "
                    + output.faint("(" + routine.id() + ", "
                            + Durations.format(Duration.ofSeconds(routine.totalTimeSeconds())) + ")"));
            output.line("  " + routine.summary());
            Table steps = Table.indented("  ");
            for (int step = 0; step < routine.steps().size(); step++) {
                RoutineStepEntry routineStep = routine.steps().get(step);
                steps.row(
                        Output.number(step + 1, routine.steps().size()) + " " + routineStep.name(),
                        TechniqueCommand.doseText(routineStep.dose().description(), routineStep.sides()));
            }
            output.table(steps);
        }
        return UnknotCli.OK;
    }
}
