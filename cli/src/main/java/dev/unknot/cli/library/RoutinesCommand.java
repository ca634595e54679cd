package dev.unknot.cli.library;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.Output;
import dev.unknot.cli.UnknotCli;
import dev.unknot.core.library.Durations;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Technique;
import dev.unknot.core.plugin.Library;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
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

    private final BeanProvider<Library> library;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    RoutinesCommand(BeanProvider<Library> library) {
        this.library = library;
    }

    @Override
    public Integer call() {
        Library library = this.library.get();
        List<Routine> routines = library.routines();
        if (json.enabled()) {
            json.print(spec, new LibraryJson.Routines(
                    routines.stream().map(routine -> LibraryJson.RoutineEntry.of(routine, library)).toList()));
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        if (routines.isEmpty()) {
            output.line("No routines: run 'unknot plugins' to see which plugins loaded.");
            return UnknotCli.OK;
        }
        for (int i = 0; i < routines.size(); i++) {
            Routine routine = routines.get(i);
            if (i > 0) {
                output.blank();
            }
            output.line(output.bold(routine.name()) + "  "
                    + output.faint("(" + routine.id().value() + ", " + Durations.format(routine.totalTime()) + ")"));
            output.line("  " + routine.summary());
            Table steps = Table.indented("  ");
            for (int step = 0; step < routine.steps().size(); step++) {
                RoutineStep routineStep = routine.steps().get(step);
                steps.row(Output.number(step + 1, routine.steps().size()) + " " + nameOf(routineStep, library),
                        TechniqueCommand.doseText(routineStep.dose(), routineStep.sides()));
            }
            output.table(steps);
        }
        return UnknotCli.OK;
    }

    /** The step's technique name; its id should a plugin ever leave it dangling. */
    static String nameOf(RoutineStep step, Library library) {
        return library.technique(step.technique()).map(Technique::name).orElse(step.technique().value());
    }
}
