package dev.unknot.cli.transfer;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.Prompt;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import dev.unknot.wire.Tracker;
import dev.unknot.wire.transfer.ImportHabit;
import dev.unknot.wire.transfer.ImportPreview;
import dev.unknot.wire.transfer.Imported;
import io.micronaut.context.annotation.Prototype;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unknot import FILE}: reads what {@code unknot export} wrote, or another tracker's history.
 * Unknot's own files import at once, as before; another tracker's file is shown first (what it
 * would create) and imported after a yes, or with {@code --yes}.
 */
@Command(
        name = "import",
        description = {
            "Import a history: a Loop Habit Tracker backup (.db) or CSV export (.zip), any tracker's CSV of",
            "check-ins (date, habit, amount, note), or an 'unknot export' file (JSON into an empty home, CSV).",
            "Another tracker's file is shown first and imported after you confirm; the same file twice adds",
            "nothing. FILE '-' reads standard input. See docs/import.md."
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

    @Option(names = "--csv", description = "The file holds check-ins as CSV (told from the content anyway).")
    boolean csv;

    @Option(names = "--dry-run", description = "Show what the import would write, and write nothing.")
    boolean dryRun;

    @Option(
            names = {"-y", "--yes"},
            description = "Import another tracker's file without asking (for scripts).")
    boolean yes;

    ImportCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        byte[] bytes = read();
        String name = file.equals("-") ? "" : Path.of(file).getFileName().toString();
        Tracker tracker = person.tracker();
        if (!dryRun && !yes && isUnknotJson(bytes)) {
            return done(tracker.importJson(new String(bytes, StandardCharsets.UTF_8)));
        }
        ImportPreview preview = tracker.previewImport(bytes, name);
        if (dryRun) {
            if (json.enabled()) {
                json.print(spec, preview);
            } else {
                show(preview);
                Output.of(spec).line("Nothing written (--dry-run).");
            }
            return UnknotCli.OK;
        }
        boolean ownFile = preview.kind().startsWith("unknot-");
        if (!ownFile && !yes) {
            if (!Prompt.interactive()) {
                throw new UsageProblem(
                        file + " is a " + preview.kindLabel() + " file: nothing imported without a yes",
                        "look with --dry-run, then add --yes to import it");
            }
            show(preview);
            String answer = Prompt.ask(spec.commandLine().getOut(), "Import this? [y/N] ")
                    .orElse("")
                    .toLowerCase(Locale.ROOT);
            if (!answer.equals("y") && !answer.equals("yes")) {
                Output.of(spec).line("Nothing imported.");
                return UnknotCli.OK;
            }
        }
        return done(tracker.importFile(bytes, name));
    }

    private int done(Imported summary) {
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

    /** What the import would write, habit by habit. */
    private void show(ImportPreview preview) {
        Output out = Output.of(spec);
        out.line(preview.kindLabel() + ": " + preview.habitsToCreate() + " habits to create, " + preview.checkIns()
                + " check-ins to add"
                + (preview.first() == null ? "" : " from " + preview.first() + " to " + preview.last())
                + (preview.alreadyPresent() > 0 ? ", " + preview.alreadyPresent() + " already here" : "")
                + ".");
        for (ImportHabit habit : preview.habits()) {
            out.line("  " + (habit.create() ? "new  " : "adds ") + habit.name() + " · " + habit.schedule() + " · "
                    + habit.metric() + (habit.archived() ? " · archived" : "")
                    + (habit.reminder() == null
                            ? ""
                            : " · reminds at " + habit.reminder().replace(",", ", "))
                    + " · " + habit.checkIns()
                    + " check-ins" + (habit.skippedDays() > 0 ? ", " + habit.skippedDays() + " skipped days" : "")
                    + (habit.alreadyPresent() > 0 ? ", " + habit.alreadyPresent() + " already here" : ""));
            if (habit.mapping() != null) {
                out.wrapped("       ", "       ", habit.mapping());
            }
        }
        if (!preview.notMapped().isEmpty()) {
            out.line("Not imported:");
            preview.notMapped().forEach(line -> out.line("  " + line));
        }
    }

    private static boolean isUnknotJson(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }

    private byte[] read() {
        try {
            if (file.equals("-")) {
                return System.in.readAllBytes();
            }
            return Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new UsageProblem("no file " + file, "give the path of a file to import");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
