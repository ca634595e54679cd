package dev.unknot.cli.backup;

import dev.unknot.app.operations.Backups;
import dev.unknot.cli.Output;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import io.micronaut.context.annotation.Prototype;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unknot backup [FILE]}: a consistent backup of the embedded database, the web server running or not. */
@Command(
        name = "backup",
        description = {
            "Back up the embedded database to FILE (a zip), while the web server runs or not.",
            "Without FILE, into $UNKNOT_HOME/backups. 'unknot restore FILE' puts it back.",
            "On PostgreSQL, use pg_dump instead (exit 2)."
        })
@Prototype
public final class BackupCommand implements Callable<Integer> {

    private final Backups backups;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The new backup file.")
    Path file;

    BackupCommand(Backups backups) {
        this.backups = backups;
    }

    @Override
    public Integer call() {
        if (!backups.embedded()) {
            throw new UsageProblem(
                    "the database is PostgreSQL, which 'unknot backup' does not back up",
                    "use pg_dump, e.g. 'pg_dump -Fc -f unknot.dump DATABASE' (see docs/operations.md)");
        }
        Path target = file == null ? backups.newName() : file;
        long bytes = backups.backup(target);
        Output.of(spec)
                .line("Backed up to " + target.toAbsolutePath().normalize() + " (" + Math.max(1, bytes / 1024)
                        + " KiB).");
        return UnknotCli.OK;
    }
}
