package dev.unknot.cli.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTests {

    @TempDir
    Path dir;

    @Test
    void aBackupTakenDuringCheckInsRestoresEveryCheckInAcknowledgedBeforeIt() throws Exception {
        Shell shell = Shell.withHome(dir.resolve("home"));
        assertThat(shell.unknot("habit", "add", "stretching/cat-cow").exitCode())
                .isZero();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<?>> running = new ArrayList<>();
        for (int writer = 0; writer < 3; writer++) {
            String prefix = "writer-" + writer + "-";
            running.add(writers.submit(() -> {
                for (int n = 0; writing.get(); n++) {
                    String clientId = prefix + n;
                    Shell.Result checkIn =
                            shell.unknot("checkin", "cat", "--before", "6", "--after", "4", "--client-id", clientId);
                    if (checkIn.exitCode() == 0) {
                        acknowledged.add(clientId);
                    }
                }
                return null;
            }));
        }
        while (acknowledged.size() < 6) {
            Thread.sleep(20);
        }
        Set<String> beforeTheBackup = Set.copyOf(acknowledged);
        Path backup = dir.resolve("unknot-backup.zip");
        Shell.Result backedUp = shell.unknot("backup", backup.toString());
        Set<String> whenTheBackupWasDone = Set.copyOf(acknowledged);
        while (startedAfter(whenTheBackupWasDone, acknowledged).isEmpty()) {
            Thread.sleep(20);
        }
        writing.set(false);
        for (Future<?> writer : running) {
            writer.get(2, TimeUnit.MINUTES);
        }
        writers.shutdown();

        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        assertThat(backedUp.out()).startsWith("Backed up to " + backup + " (").endsWith(" KiB).\n");
        Shell restored = Shell.withHome(dir.resolve("restored"));
        Shell.Result restore = restored.unknot("restore", backup.toString(), "--yes");
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        String export = restored.unknot("export").out();
        for (String clientId : beforeTheBackup) {
            assertThat(export).contains("\"" + clientId + "\"");
        }
        // A check-in started after the backup was done is not in it: the restored home is the backup's.
        assertThat(export)
                .doesNotContain(
                        "\"" + startedAfter(whenTheBackupWasDone, acknowledged).get() + "\"");
    }

    @Test
    void restoreKeepsTheDatabaseItReplacesAndWantsAYesWithoutATerminal() throws Exception {
        Shell shell = Shell.withHome(dir.resolve("home"));
        shell.unknot("habit", "add", "stretching/cat-cow");
        Path backup = dir.resolve("one-habit.zip");
        assertThat(shell.unknot("backup", backup.toString()).exitCode()).isZero();
        shell.unknot("habit", "add", "Drink water", "--target", "8", "--unit", "glasses");

        Shell.Result unasked = shell.unknot("restore", backup.toString());
        assertThat(unasked.exitCode()).isEqualTo(2);
        assertThat(unasked.err()).contains("add --yes");
        assertThat(shell.unknot("habits").out()).contains("Drink water");

        Shell.Result restored = shell.unknot("restore", backup.toString(), "--yes");
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("The database it replaced is kept as ");
        assertThat(shell.unknot("habits").out()).doesNotContain("Drink water");
        try (var kept = Files.list(dir.resolve("home"))) {
            assertThat(kept.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("unknot.mv.db.before-restore-"));
        }
    }

    @Test
    void withoutAFileTheBackupGoesIntoTheHomesBackups() {
        Shell shell = Shell.withHome(dir.resolve("home"));
        shell.unknot("habit", "add", "stretching/cat-cow");

        Shell.Result backedUp = shell.unknot("backup");

        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        assertThat(backedUp.out()).startsWith("Backed up to " + dir.resolve("home/backups/unknot-"));
    }

    @Test
    void badFilesArePlainUsageProblems() throws Exception {
        Shell shell = Shell.withHome(dir.resolve("home"));
        shell.unknot("habit", "add", "stretching/cat-cow");
        Path taken = Files.writeString(dir.resolve("taken.zip"), "not a zip");

        Shell.Result exists = shell.unknot("backup", taken.toString());
        Shell.Result notABackup = shell.unknot("restore", taken.toString(), "--yes");
        Shell.Result missing =
                shell.unknot("restore", dir.resolve("missing.zip").toString(), "--yes");

        assertThat(exists.exitCode()).isEqualTo(2);
        assertThat(exists.err()).contains("exists already");
        assertThat(notABackup.exitCode()).isEqualTo(2);
        assertThat(notABackup.err()).contains("is not a backup");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void onPostgresTheCommandPointsToPgDump() {
        Shell shell =
                Shell.withHome(dir.resolve("home")).with("UNKNOT_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/unknot");

        Shell.Result backup = shell.unknot("backup");

        assertThat(backup.exitCode()).isEqualTo(2);
        assertThat(backup.err()).contains("pg_dump").doesNotContain("Exception");
    }

    /**
     * A check-in that a writer started only after the backup was done: its writer's previous
     * check-in was acknowledged after that too (each writer checks in one at a time, counting up).
     */
    private static java.util.Optional<String> startedAfter(Set<String> done, Set<String> acknowledged) {
        return acknowledged.stream()
                .filter(clientId -> !done.contains(clientId))
                .filter(clientId -> {
                    String previous = clientId.substring(0, clientId.lastIndexOf('-') + 1)
                            + (Integer.parseInt(clientId.substring(clientId.lastIndexOf('-') + 1)) - 1);
                    return acknowledged.contains(previous) && !done.contains(previous);
                })
                .findFirst();
    }
}
