package dev.unknot.cli.transfer;

import static dev.unknot.cli.Shell.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferCommandTests {

    @TempDir
    Path dir;

    @Test
    void exportThenImportIntoAFreshHomeGivesIdenticalData() throws Exception {
        Shell first = Shell.withHome(dir.resolve("first"));
        first.unknot("settings", "--time-zone", "Europe/Paris", "--day-start", "04:00");
        first.unknot("habit", "add", "stretching/cat-cow", "--starts", "2026-01-01");
        first.unknot("habit", "add", "Drink water", "--target", "8", "--unit", "glasses", "--days", "mon,wed");
        first.unknot("habit", "skip", "cat", "--day", "2026-01-02");
        first.unknot("habit", "pause", "drink", "--from", "2026-02-01", "--to", "2026-02-05");
        first.unknot(
                "checkin",
                "cat",
                "--at",
                "2026-01-03T07:00",
                "--before",
                "6",
                "--after",
                "3",
                "--note",
                "ok",
                "--minutes",
                "4");
        first.unknot("checkin", "drink", "--amount", "2.5", "--at", "2026-01-05T10:00");
        Path file = dir.resolve("unknot.json");
        assertThat(first.unknot("export", "--output", file.toString()).exitCode())
                .isZero();

        Shell second = Shell.withHome(dir.resolve("second"));
        Shell.Result imported = second.unknot("import", file.toString());

        assertThat(imported.out()).isEqualTo("Imported 2 habits and 2 check-ins.\n");
        assertThat(second.unknot("export").out())
                .isEqualTo(first.unknot("export").out());
        assertThat(second.unknot("export", "--csv").out())
                .isEqualTo(first.unknot("export", "--csv").out());
        assertThat(second.unknot("habits", "--json").out())
                .isEqualTo(first.unknot("habits", "--json").out());
        assertThat(second.unknot("settings").out())
                .isEqualTo(first.unknot("settings").out());
        assertThat(Files.readString(file)).startsWith("{");
    }

    @Test
    void exportTakesJsonAsTheDefaultItIs() throws Exception {
        Shell shell = Shell.withHome(dir.resolve("home"));
        shell.unknot("habit", "add", "Walk");

        Shell.Result json = shell.unknot("export", "--json");
        Shell.Result both = shell.unknot("export", "--json", "--csv");

        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).isEqualTo(shell.unknot("export").out());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).startsWith("unknot: --csv and --json cannot be combined");
    }

    @Test
    void checkInsRoundTripAsCsv() throws Exception {
        Shell shell = Shell.withHome(dir.resolve("home"));
        shell.unknot("habit", "add", "stretching/cat-cow");
        shell.unknot("checkin", "cat", "--at", "2026-01-03T07:00");
        Path csv = dir.resolve("checkins.csv");
        shell.unknot("export", "--csv", "-o", csv.toString());
        assertThat(Files.readAllLines(csv).get(0)).startsWith("id,client_id,habit_id");

        JsonNode again = shell.unknot("import", csv.toString(), "--json").json();

        assertThat(fieldNames(again)).containsExactly("habits", "checkIns", "alreadyPresent");
        assertThat(again.get("alreadyPresent").getIntValue()).isEqualTo(1);
    }

    @Test
    void errorsExitTwo() throws Exception {
        Shell shell = Shell.withHome(dir.resolve("home"));
        shell.unknot("habit", "add", "Walk");
        Path file = dir.resolve("export.json");
        shell.unknot("export", "-o", file.toString());
        Files.writeString(dir.resolve("junk.json"), "{\"format\":\"something else\"}");

        assertThat(shell.unknot("import", dir.resolve("missing.json").toString())
                        .exitCode())
                .isEqualTo(2);
        Shell.Result notOurs = shell.unknot("import", dir.resolve("junk.json").toString());
        assertThat(notOurs.exitCode()).isEqualTo(2);
        assertThat(notOurs.err()).startsWith("unknot: not an Unknot export");
        Shell.Result twice = shell.unknot("import", file.toString());
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.errLines()).hasSize(1);
        assertThat(shell.unknot("export", "-o", dir.resolve("no/such/dir.json").toString())
                        .exitCode())
                .isEqualTo(2);
    }
}
