package dev.unknot.cli.own;

import dev.unknot.app.own.DoseInput;
import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import dev.unknot.wire.library.RoutineDetail;
import dev.unknot.wire.library.TechniqueDetail;
import dev.unknot.wire.own.DoseBody;
import dev.unknot.wire.own.OwnExercisesEntry;
import dev.unknot.wire.own.OwnExported;
import dev.unknot.wire.own.OwnImported;
import dev.unknot.wire.own.OwnRoutineBody;
import dev.unknot.wire.own.OwnTechniqueBody;
import io.micronaut.context.annotation.Prototype;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unknot exercise list|add|edit|routine|remove|export|import}: a person's own techniques and
 * routines, with ids {@code my/<slug>} that only they see (docs/own-exercises.md).
 */
@Command(
        name = "exercise",
        description = "Your own techniques and routines: list, add, edit, routine, remove, export, import.",
        subcommands = {
            ExerciseCommand.ListOwn.class,
            ExerciseCommand.Add.class,
            ExerciseCommand.Edit.class,
            ExerciseCommand.AddRoutine.class,
            ExerciseCommand.Remove.class,
            ExerciseCommand.Export.class,
            ExerciseCommand.Import.class
        })
@Prototype
public final class ExerciseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "Missing subcommand: list, add, edit, routine, remove, export or import");
    }

    @Command(name = "list", description = "List your own techniques and routines.")
    @Prototype
    static final class ListOwn implements Callable<Integer> {

        private final PersonalTracker person;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        ListOwn(PersonalTracker person) {
            this.person = person;
        }

        @Override
        public Integer call() {
            OwnExercisesEntry own = person.tracker().ownExercises();
            if (json.enabled()) {
                json.print(spec, own);
                return UnknotCli.OK;
            }
            Output output = Output.of(spec);
            if (own.techniques().isEmpty() && own.routines().isEmpty()) {
                output.line("You have no own exercises yet. Add one: unknot exercise add \"Wall slide\" --step ..."
                        + " --dose \"reps 10 x2\" --area upper-back");
                return UnknotCli.OK;
            }
            if (!own.techniques().isEmpty()) {
                output.heading("Techniques (" + own.techniques().size() + ")");
                Table table = Table.withHeader("ID", "NAME", "DOSE");
                for (TechniqueDetail technique : own.techniques()) {
                    table.row(
                            technique.id(),
                            technique.name(),
                            technique.dose().description()
                                    + ("each-side".equals(technique.sides()) ? ", each side" : ""));
                }
                output.table(table);
            }
            if (!own.routines().isEmpty()) {
                if (!own.techniques().isEmpty()) {
                    output.blank();
                }
                output.heading("Routines (" + own.routines().size() + ")");
                Table table = Table.withHeader("ID", "NAME", "STEPS");
                for (RoutineDetail routine : own.routines()) {
                    table.row(
                            routine.id(),
                            routine.name(),
                            String.join(
                                    ", ",
                                    routine.steps().stream()
                                            .map(RoutineDetail.StepDetail::name)
                                            .toList()));
                }
                output.table(table);
            }
            return UnknotCli.OK;
        }
    }

    /** The fields of a technique, shared by add and edit; an option left out is null. */
    public static final class TechniqueOptions {

        @Option(names = "--step", paramLabel = "TEXT", description = "A step of how to do it; repeat, in order.")
        List<String> steps;

        @Option(
                names = "--dose",
                paramLabel = "DOSE",
                description = "How much: 'hold 20-30', 'hold 30 x3', 'seconds 45', 'minutes 2-5', 'reps 10 x2',"
                        + " 'daily 8 glasses' or 'once'.")
        String dose;

        @Option(
                names = "--area",
                paramLabel = "AREA",
                split = ",",
                description = "Where it works, e.g. lower-back; repeat or separate by commas.")
        List<String> areas;

        @Option(names = "--caution", paramLabel = "TEXT", description = "When to take care or leave it out; repeat.")
        List<String> cautions;

        @Option(names = "--equipment", paramLabel = "TEXT", description = "What is needed; repeat.")
        List<String> equipment;

        @Option(names = "--summary", paramLabel = "TEXT", description = "What it does, in a sentence.")
        String summary;

        @Option(names = "--pillar", paramLabel = "PILLAR", description = "Its pillar (default: stretching).")
        String pillar;

        @Option(
                names = "--each-side",
                negatable = true,
                description = "Done on the left, then again on the right (--no-each-side: once).")
        Boolean eachSide;

        OwnTechniqueBody body(String name) {
            return new OwnTechniqueBody(name, summary, pillar, steps, dose(dose), eachSide, areas, cautions, equipment);
        }
    }

    static DoseBody dose(String text) {
        if (text == null) {
            return null;
        }
        DoseInput dose = DoseInput.parse(text);
        return new DoseBody(dose.kind(), dose.from(), dose.to(), dose.count(), dose.unit());
    }

    @Command(
            name = "add",
            description = {
                "Add a technique of your own; its id is my/ and its name in lower-case words.",
                "Example: unknot exercise add \"Wall slide\" --step \"Stand with your back to a wall.\"",
                "           --step \"Slide your arms up and down.\" --dose \"reps 10 x2\" --area upper-back"
            })
    @Prototype
    static final class Add implements Callable<Integer> {

        private final PersonalTracker person;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Parameters(arity = "1..*", paramLabel = "NAME", description = "What you call it.")
        List<String> name;

        @Mixin
        TechniqueOptions options;

        Add(PersonalTracker person) {
            this.person = person;
        }

        @Override
        public Integer call() {
            TechniqueDetail added = person.tracker().addOwnTechnique(options.body(String.join(" ", name)));
            return printed(spec, json, added, "Added");
        }
    }

    @Command(name = "edit", description = "Change a technique of your own; options left out keep their value.")
    @Prototype
    static final class Edit implements Callable<Integer> {

        private final PersonalTracker person;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Parameters(paramLabel = "ID", description = "Its id, e.g. my/wall-slide.")
        String id;

        @Option(names = "--name", paramLabel = "NAME", description = "A new name (the id stays).")
        String name;

        @Mixin
        TechniqueOptions options;

        Edit(PersonalTracker person) {
            this.person = person;
        }

        @Override
        public Integer call() {
            TechniqueDetail edited = person.tracker().editOwnTechnique(id, options.body(name));
            return printed(spec, json, edited, "Changed");
        }
    }

    private static int printed(CommandSpec spec, JsonOption json, TechniqueDetail technique, String done) {
        if (json.enabled()) {
            json.print(spec, technique);
        } else {
            Output.of(spec)
                    .line(done + " " + technique.name() + " (" + technique.id() + "): "
                            + technique.dose().description()
                            + ("each-side".equals(technique.sides()) ? ", each side" : "") + ". Use it: unknot habit"
                            + " add " + technique.id());
        }
        return UnknotCli.OK;
    }

    @Command(
            name = "routine",
            description = {
                "Add a routine of your own from built-in techniques and yours.",
                "Example: unknot exercise routine Evening --step my/wall-slide"
                        + " --step \"stretching/childs-pose=hold 20-30\""
            })
    @Prototype
    static final class AddRoutine implements Callable<Integer> {

        private final PersonalTracker person;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Parameters(arity = "1..*", paramLabel = "NAME", description = "What you call it.")
        List<String> name;

        @Option(
                names = "--step",
                paramLabel = "ID[=DOSE]",
                required = true,
                description = "A technique's id, with another dose after '=' if you like; repeat, in order.")
        List<String> steps;

        @Option(names = "--summary", paramLabel = "TEXT", description = "What it is for.")
        String summary;

        AddRoutine(PersonalTracker person) {
            this.person = person;
        }

        @Override
        public Integer call() {
            List<OwnRoutineBody.Step> body = steps.stream()
                    .map(step -> {
                        String[] parts = step.split("=", 2);
                        return new OwnRoutineBody.Step(parts[0].strip(), parts.length == 2 ? dose(parts[1]) : null);
                    })
                    .toList();
            RoutineDetail routine =
                    person.tracker().addOwnRoutine(new OwnRoutineBody(String.join(" ", name), summary, body));
            if (json.enabled()) {
                json.print(spec, routine);
            } else {
                Output.of(spec)
                        .line("Added " + routine.name() + " (" + routine.id() + "), "
                                + routine.steps().size()
                                + (routine.steps().size() == 1 ? " step" : " steps") + ". Play it: unknot routine run "
                                + routine.id());
            }
            return UnknotCli.OK;
        }
    }

    @Command(
            name = "remove",
            description = "Remove a technique or routine of your own; refused while a habit or routine uses it.")
    @Prototype
    static final class Remove implements Callable<Integer> {

        private final PersonalTracker person;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "Its id, e.g. my/wall-slide.")
        String id;

        Remove(PersonalTracker person) {
            this.person = person;
        }

        @Override
        public Integer call() {
            person.tracker().removeOwn(id);
            Output.of(spec).line("Removed " + id + ".");
            return UnknotCli.OK;
        }
    }

    @Command(
            name = "export",
            description = {
                "Write your own techniques and routines as a data plugin file to share.",
                "Another person imports it with 'unknot exercise import FILE'; 'unknot plugin check FILE' passes it."
            })
    @Prototype
    static final class Export implements Callable<Integer> {

        private final PersonalTracker person;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Option(
                names = "--id",
                paramLabel = "ID",
                description = "The file's plugin id (default: your name and -exercises).")
        String id;

        @Option(
                names = {"-o", "--output"},
                paramLabel = "FILE",
                description = "Where to write it (default: its plugin id and .yaml, here); - for standard output.")
        String output;

        Export(PersonalTracker person) {
            this.person = person;
        }

        @Override
        public Integer call() {
            OwnExported exported = person.tracker().exportOwn(Optional.ofNullable(id));
            if ("-".equals(output)) {
                spec.commandLine().getOut().print(exported.text());
                spec.commandLine().getOut().flush();
                return UnknotCli.OK;
            }
            Path file = Path.of(output == null ? exported.fileName() : output);
            try {
                Files.writeString(file, exported.text(), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new UsageProblem("no folder for " + file, "give a file in a folder that exists");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            if (json.enabled()) {
                json.print(spec, exported);
            } else {
                Output.of(spec)
                        .line("Wrote " + exported.techniques() + " techniques and " + exported.routines()
                                + " routines to " + file + ".");
            }
            return UnknotCli.OK;
        }
    }

    @Command(
            name = "import",
            description = "Add the techniques and routines of a data plugin file (.yaml, .yml, .json) to your own.")
    @Prototype
    static final class Import implements Callable<Integer> {

        private final PersonalTracker person;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Parameters(paramLabel = "FILE", description = "The file, e.g. one 'unknot exercise export' wrote.")
        Path file;

        Import(PersonalTracker person) {
            this.person = person;
        }

        @Override
        public Integer call() {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new UsageProblem("no file " + file, "give the path of a data plugin file to import");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            OwnImported imported = person.tracker().importOwn(text);
            if (json.enabled()) {
                json.print(spec, imported);
                return UnknotCli.OK;
            }
            Output output = Output.of(spec);
            output.line("Added " + imported.added().size() + ", skipped "
                    + imported.skipped().size() + ".");
            for (OwnImported.Item item : imported.added()) {
                output.line("  added    " + item.kind() + " " + item.name() + " as " + item.id());
            }
            for (OwnImported.Item item : imported.skipped()) {
                output.line("  skipped  " + item.kind() + " " + item.name() + ": " + item.reason());
            }
            return UnknotCli.OK;
        }
    }
}
