package dev.unknot.cli.backup;

import dev.unknot.app.operations.Backups;
import dev.unknot.cli.Output;
import dev.unknot.cli.Prompt;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import io.micronaut.context.annotation.Prototype;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unknot restore FILE}: the embedded database replaced by a backup, in a home nothing has open. */
@Command(
        name = "restore",
        description = {
            "Replace the embedded database with the backup FILE ('unknot backup' made it).",
            "Stop the web server first. Asks before it replaces anything (--yes does not ask);",
            "the database it replaces is kept beside it as unknot.mv.db.before-restore-TIME."
        })
@Prototype
public final class RestoreCommand implements Callable<Integer> {

    private final Backups backups;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup to restore.")
    Path file;

    @Option(names = "--yes", description = "Do not ask (for scripts).")
    boolean yes;

    RestoreCommand(Backups backups) {
        this.backups = backups;
    }

    @Override
    public Integer call() {
        if (!backups.embedded()) {
            throw new UsageProblem(
                    "the database is PostgreSQL, which 'unknot restore' does not restore",
                    "use pg_restore (see docs/operations.md)");
        }
        Output output = Output.of(spec);
        if (!yes && !Prompt.interactive()) {
            throw new UsageProblem(
                    "restoring replaces the database, and there is no terminal to ask", "add --yes to go ahead");
        }
        if (!yes) {
            Optional<String> answer = Prompt.ask(
                    spec.commandLine().getOut(),
                    "Replace the database in " + backups.directory().getParent() + " with " + file + "? [y/N] ");
            if (answer.isEmpty()
                    || !answer.get().toLowerCase(java.util.Locale.ROOT).matches("y|yes")) {
                output.line("Nothing restored.");
                return UnknotCli.OK;
            }
        }
        Optional<Path> kept = backups.restore(file);
        output.line("Restored " + file.toAbsolutePath().normalize() + ".");
        kept.ifPresent(aside -> output.line("The database it replaced is kept as " + aside + "."));
        return UnknotCli.OK;
    }
}
