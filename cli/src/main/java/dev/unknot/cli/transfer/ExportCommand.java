package dev.unknot.cli.transfer;

import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import io.micronaut.context.annotation.Prototype;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unknot export}: all one's data as versioned JSON, or the check-ins as CSV. */
@Command(
        name = "export",
        description = {
            "Export your settings, habits and check-ins as JSON (or check-ins as CSV).",
            "'unknot import' reads it back, e.g. into another UNKNOT_HOME."
        })
@Prototype
public final class ExportCommand implements Callable<Integer> {

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", description = "Only the check-ins, as CSV.")
    boolean csv;

    @Option(names = "--json", description = "Everything as JSON (the default).")
    boolean json;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE instead of standard output.")
    Path output;

    ExportCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        if (csv && json) {
            throw new UsageProblem("--csv and --json cannot be combined", "choose one: JSON is the default");
        }
        String exported = csv ? person.tracker().exportCsv() : person.tracker().exportJson();
        if (output == null) {
            spec.commandLine().getOut().print(exported.endsWith("\n") ? exported : exported + "\n");
            spec.commandLine().getOut().flush();
            return UnknotCli.OK;
        }
        try {
            Files.writeString(output, exported, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UsageProblem(
                    "cannot write " + output + ": no such directory", "choose a file in an existing directory");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
        return UnknotCli.OK;
    }
}
