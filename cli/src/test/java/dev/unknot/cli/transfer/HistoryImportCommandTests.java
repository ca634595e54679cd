package dev.unknot.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.testing.LoopFiles;
import dev.unknot.cli.Shell;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Other trackers' histories through {@code unknot import}, end to end on the embedded database. */
class HistoryImportCommandTests {

    /** The small Loop history, moved so that its last day before today is yesterday. */
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC).minusDays(1);

    @TempDir
    Path dir;

    int habits(Shell shell) {
        return shell.unknot("habits", "--all", "--json").json().get("habits").size();
    }

    @Test
    void aLoopBackupIsShownWithDryRunAndImportedOnceWithYes() throws Exception {
        Shell shell = Shell.withHome(dir.resolve("home"));
        Path backup = dir.resolve("Loop Habits Backup.db");
        Files.write(backup, LoopFiles.backup(LoopFiles.small(TODAY)));

        Shell.Result dryRun = shell.unknot("import", backup.toString(), "--dry-run");
        int before = habits(shell);
        Shell.Result unasked = shell.unknot("import", backup.toString());
        Shell.Result first = shell.unknot("import", backup.toString(), "--yes");
        Shell.Result again = shell.unknot("import", backup.toString(), "--yes");

        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out())
                .contains("Loop Habit Tracker backup (.db): 6 habits to create, 18 check-ins to add from "
                        + TODAY.minusDays(28) + " to " + TODAY)
                .contains("new  Walk · 3 times a week · done or not · reminds at 18:45 · 3 check-ins")
                .contains("Loop's reminder on some days of the week only is kept for every day the")
                .contains("new  Water · every day · measured in glasses, 8 a day · 3 check-ins")
                .contains("new  Floss · 1 time a week · done or not · archived · 1 check-ins")
                .contains("Loop's 1 time in 3 days is kept as 2 times a week")
                .contains("Nothing written (--dry-run).");
        assertThat(before).isZero();
        assertThat(unasked.exitCode()).isEqualTo(2);
        assertThat(unasked.err()).contains("--yes");
        assertThat(first.out()).isEqualTo("Imported 6 habits and 18 check-ins.\n");
        assertThat(again.out()).isEqualTo("Imported 0 habits and 0 check-ins (18 were already there).\n");
        assertThat(habits(shell)).isEqualTo(6);
        assertThat(shell.unknot("reminders", "--hours", "48").out())
                .contains("Walk")
                .contains("Meditate");
    }

    @Test
    void aLoopCsvExportPreviewsAsJson() throws Exception {
        Shell shell = Shell.withHome(dir.resolve("home"));
        Path zip = dir.resolve("Loop Habits CSV.zip");
        Files.write(zip, LoopFiles.csvZip(LoopFiles.small(TODAY)));

        JsonNode preview =
                shell.unknot("import", zip.toString(), "--dry-run", "--json").json();
        JsonNode imported =
                shell.unknot("import", zip.toString(), "--yes", "--json").json();

        assertThat(preview.get("kind").getStringValue()).isEqualTo("loop-csv");
        assertThat(preview.get("habitsToCreate").getIntValue()).isEqualTo(6);
        assertThat(preview.get("checkIns").getIntValue()).isEqualTo(18);
        assertThat(preview.get("habits").get(0).get("skippedDays").getIntValue())
                .isEqualTo(1);
        assertThat(imported.get("checkIns").getIntValue()).isEqualTo(18);
    }

    @Test
    void unknotsCsvMovesToAFreshHome() throws Exception {
        Shell from = Shell.withHome(dir.resolve("from"));
        from.unknot("habit", "add", "stretching/cat-cow");
        from.unknot("checkin", "cat", "--at", TODAY + "T07:00");
        Path csv = dir.resolve("checkins.csv");
        from.unknot("export", "--csv", "-o", csv.toString());
        Shell to = Shell.withHome(dir.resolve("to"));

        Shell.Result imported = to.unknot("import", csv.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("Imported 1 habits and 1 check-ins.\n");
        assertThat(habits(to)).isEqualTo(1);
    }

    @Test
    void damagedAndWrongFilesAreOneLineAndExitTwo() throws Exception {
        Shell shell = Shell.withHome(dir.resolve("home"));
        byte[] backup = LoopFiles.backup(LoopFiles.small(TODAY));
        Path truncated = dir.resolve("truncated.db");
        Files.write(truncated, Arrays.copyOf(backup, 3000));
        Path picture = dir.resolve("picture.zip");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        Shell.Result broken = shell.unknot("import", truncated.toString(), "--yes");
        Shell.Result wrong = shell.unknot("import", picture.toString(), "--dry-run");

        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.errLines()).hasSize(1);
        assertThat(broken.err()).contains("not a readable Loop Habit Tracker backup");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("picture.zip is not a zip file, so not a Loop Habit Tracker CSV export");
        assertThat(habits(shell)).isZero();
    }
}
