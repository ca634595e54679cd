package dev.unknot.cli.transfer;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import dev.unknot.wire.transfer.Imported;
import io.micronaut.context.annotation.Prototype;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unknot import FILE}: reads what {@code unknot export} wrote. */
@Command(
        name = "import",
        description = {
            "Import an 'unknot export' file: JSON into an empty home, or check-ins as CSV.",
            "FILE '-' reads standard input; a name ending in .csv means --csv."
        })
@Prototype
public final class ImportCommand implements Callable<Integer> {

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file, or - for standard input.")
    String file;

    @Option(names = "--csv", description = "The file holds check-ins as CSV.")
    boolean csv;

    ImportCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        String text = read();
        boolean asCsv = csv || file.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        Imported summary =
                asCsv ? person.tracker().importCsv(text) : person.tracker().importJson(text);
        if (json.enabled()) {
            json.print(spec, summary);
            return UnknotCli.OK;
        }
        Output.of(spec)
                .line("Imported " + summary.habits() + " habits and " + summary.checkIns() + " check-ins"
                        + (summary.alreadyPresent() > 0 ? " (" + summary.alreadyPresent() + " were already there)" : "")
                        + ".");
        return UnknotCli.OK;
    }

    private String read() {
        try {
            if (file.equals("-")) {
                return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageProblem("no file " + file, "give the path of a file 'unknot export' wrote");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UsageProblem(file + " is not UTF-8 text", "give a file 'unknot export' wrote");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
