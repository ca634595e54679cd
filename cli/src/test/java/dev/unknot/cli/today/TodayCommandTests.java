package dev.unknot.cli.today;

import static dev.unknot.cli.Shell.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TodayCommandTests {

    @TempDir
    Path home;

    @Test
    void withoutHabitsItSaysHowToStart() {
        Shell.Result result = Shell.withHome(home).unknot("today");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines().get(0)).startsWith("Today, ");
        assertThat(result.out()).contains("'unknot habit add'");
    }

    @Test
    void isTheDefaultCommand() {
        Shell shell = Shell.withHome(home);
        shell.unknot("habit", "add", "stretching/cat-cow");
        shell.unknot("habit", "add", "Walk");
        shell.unknot("checkin", "cat");

        Shell.Result result = shell.unknot();

        assertThat(result.out()).isEqualTo(shell.unknot("today").out());
        assertThat(result.outLines())
                .containsSubsequence(
                        "STATUS  ID  HABIT    DONE  STREAK  NEXT",
                        "done    1   Cat-cow  1/1   1 day",
                        "due     2   Walk     0/1   -",
                        "",
                        "1 to do: 'unknot checkin HABIT' when done.");
    }

    @Test
    void jsonShape() {
        Shell shell = Shell.withHome(home);
        shell.unknot("habit", "add", "stretching/cat-cow");

        JsonNode json = shell.unknot("today", "--json").json();

        assertThat(fieldNames(json)).containsExactly("day", "habits");
        assertThat(fieldNames(json.get("habits").get(0)))
                .containsExactly("habit", "status", "done", "target", "overdue", "next", "streak");
        assertThat(json.get("habits").get(0).get("status").getStringValue()).isEqualTo("due");
        assertThat(shell.unknot("--json").json().get("day").getStringValue())
                .isEqualTo(json.get("day").getStringValue());
    }

    @Test
    void settingsShowAndChangeTheCalendar() {
        Shell shell = Shell.withHome(home);

        assertThat(shell.unknot("settings", "--time-zone", "Europe/Paris", "--day-start", "04:00")
                        .out())
                .isEqualTo("Time zone:  Europe/Paris\nDay starts: 04:00\n");
        JsonNode json = shell.unknot("settings", "--json").json();
        assertThat(fieldNames(json)).containsExactly("timeZone", "dayStart");
        assertThat(json.get("timeZone").getStringValue()).isEqualTo("Europe/Paris");

        Shell.Result bad = shell.unknot("settings", "--time-zone", "Mars/Olympus");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err())
                .isEqualTo("unknot: time zone must be a region such as Europe/Berlin or an offset such as "
                        + "+02:00, was 'Mars/Olympus'\n");
        assertThat(shell.unknot("settings", "--day-start", "4h").exitCode()).isEqualTo(2);
    }
}
