package dev.unknot.cli.habit;

import static dev.unknot.cli.Shell.fieldNames;
import static dev.unknot.cli.Shell.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HabitCommandTests {

    @TempDir
    Path home;

    Shell shell;

    @BeforeEach
    void shell() {
        shell = Shell.withHome(home);
    }

    @Test
    void addsFromATemplateATechniqueARoutineOrFreeText() {
        assertThat(shell.unknot("habit", "add", "breathing/daily-box-breathing").out())
                .isEqualTo("Added habit 1: Daily box breathing (every day, yes/no).\n");
        assertThat(shell.unknot("habit", "add", "stretching/childs-pose", "--days", "mon,thu")
                        .out())
                .isEqualTo("Added habit 2: Child's pose (on Mon, Thu, yes/no).\n");
        assertThat(shell.unknot("habit", "add", "stretching/four-stretch-release", "--times-per-week", "3")
                        .out())
                .isEqualTo("Added habit 3: Four-stretch release (3 times a week, yes/no).\n");
        assertThat(shell.unknot("habit", "add", "Drink", "water", "--target", "8", "--unit", "glasses")
                        .out())
                .isEqualTo("Added habit 4: Drink water (every day, 8 glasses a day).\n");
        assertThat(shell.unknot(
                                "habit",
                                "add",
                                "Stand up",
                                "--every-hours",
                                "2",
                                "--from",
                                "08:00",
                                "--until",
                                "18:00",
                                "--name",
                                "Stand")
                        .out())
                .isEqualTo("Added habit 5: Stand (every 2 hours from 08:00 to 18:00, yes/no).\n");

        Shell.Result habits = shell.unknot("habits");
        assertThat(habits.outLines().get(0)).matches("ID +NAME +SCHEDULE +TARGET +WHAT +SINCE");
        assertThat(habits.outLines()).hasSize(6);
        assertThat(habits.outLines().get(4)).startsWith("4   Drink water");
    }

    @Test
    void habitsJsonShape() {
        shell.unknot("habit", "add", "stretching/childs-pose", "--days", "mon,thu");
        JsonNode json = shell.unknot("habits", "--json").json();

        assertThat(fieldNames(json)).containsExactly("habits");
        JsonNode habit = json.get("habits").get(0);
        assertThat(fieldNames(habit))
                .containsExactly("id", "name", "target", "schedule", "metric", "startsOn", "status");
        assertThat(habit.get("id").getStringValue()).isEqualTo("1");
        assertThat(habit.get("target").get("kind").getStringValue()).isEqualTo("technique");
        assertThat(habit.get("schedule").get("kind").getStringValue()).isEqualTo("weekdays");
        assertThat(strings(habit.get("schedule").get("days"))).containsExactly("monday", "thursday");
        assertThat(habit.get("metric").get("kind").getStringValue()).isEqualTo("yes-no");
        assertThat(habit.get("status").getStringValue()).isEqualTo("active");
    }

    @Test
    void editsArchivesSkipsAndPauses() {
        shell.unknot("habit", "add", "stretching/cat-cow");
        shell.unknot("habit", "add", "Walk");

        assertThat(shell.unknot("habit", "edit", "cat", "--name", "Morning cat-cow", "--times-per-week", "5")
                        .out())
                .isEqualTo("Changed habit 1: Morning cat-cow (5 times a week, yes/no).\n");
        assertThat(shell.unknot("habit", "skip", "walk", "--json")
                        .json()
                        .get("day")
                        .getStringValue())
                .isNotEmpty();
        assertThat(shell.unknot("today", "--json")
                        .json()
                        .get("habits")
                        .get(1)
                        .get("status")
                        .getStringValue())
                .isEqualTo("skipped");
        JsonNode paused = shell.unknot("habit", "pause", "morning", "--to", "2099-01-01", "--json")
                .json();
        assertThat(fieldNames(paused)).containsExactly("habits", "from", "to");
        assertThat(shell.unknot("today", "--json")
                        .json()
                        .get("habits")
                        .get(0)
                        .get("status")
                        .getStringValue())
                .isEqualTo("paused");
        assertThat(shell.unknot("habit", "pause", "--all", "--from", "2099-02-01", "--to", "2099-02-03")
                        .outLines())
                .hasSize(2);
        assertThat(shell.unknot("habit", "archive", "walk").out()).startsWith("Archived habit 2: Walk");
        assertThat(shell.unknot("habits").out()).doesNotContain("Walk");
        assertThat(shell.unknot("habits", "--all").out()).contains("Walk (archived)");
    }

    @Test
    void aSkipIsTakenBackAndAPauseEndedEarly() {
        shell.unknot("habit", "add", "stretching/cat-cow");
        shell.unknot("habit", "add", "Walk");
        shell.unknot("habit", "skip", "walk");

        assertThat(shell.unknot("habit", "unskip", "walk").out())
                .matches("Walk counts again on \\d{4}-\\d\\d-\\d\\d\\.\n");
        assertThat(shell.unknot("today", "--json")
                        .json()
                        .get("habits")
                        .get(1)
                        .get("status")
                        .getStringValue())
                .isEqualTo("due");
        JsonNode again = shell.unknot("habit", "unskip", "walk", "--day", "2030-01-01", "--json")
                .json();
        assertThat(fieldNames(again)).containsExactly("habit", "day", "wasSkipped");
        assertThat(again.get("wasSkipped").getBooleanValue()).isFalse();
        assertThat(shell.unknot("habit", "unskip", "walk", "--day", "2030-01-01")
                        .out())
                .isEqualTo("Walk was not skipped on 2030-01-01; nothing changed.\n");

        shell.unknot("habit", "pause", "--all", "--to", "2099-01-01");
        assertThat(shell.unknot("today", "--json")
                        .json()
                        .get("habits")
                        .get(0)
                        .get("status")
                        .getStringValue())
                .isEqualTo("paused");
        assertThat(shell.unknot("habit", "resume", "cat").out())
                .matches("Resumed Cat-cow: due again from \\d{4}-\\d\\d-\\d\\d\\.\n");
        assertThat(shell.unknot("today", "--json")
                        .json()
                        .get("habits")
                        .get(0)
                        .get("status")
                        .getStringValue())
                .isEqualTo("due");
        assertThat(shell.unknot("habit", "resume", "cat").out()).endsWith("; nothing changed.\n");
        JsonNode resumed = shell.unknot("habit", "resume", "--all", "--json").json();
        assertThat(fieldNames(resumed)).containsExactly("habits", "from");
        assertThat(resumed.get("habits").size())
                .as("only Walk was still paused")
                .isEqualTo(1);
        assertThat(shell.unknot("habit", "resume", "--all").out()).startsWith("No habit is paused on or after ");
    }

    @Test
    void errorsExitTwo() {
        shell.unknot("habit", "add", "stretching/cat-cow");

        assertUsage(
                shell.unknot("habit", "add", "stretching/nope"),
                "unknot: no template, technique or routine "
                        + "'stretching/nope'; see 'unknot templates', 'unknot techniques' and 'unknot routines', or describe it in words");
        assertUsage(shell.unknot("habit", "add", "x", "--times-per-week", "9"), null);
        assertUsage(shell.unknot("habit", "add", "x", "--days", "funday"), null);
        assertUsage(shell.unknot("habit", "add", "x", "--target", "8"), null);
        assertUsage(shell.unknot("habit", "add", "x", "--daily", "--times-per-week", "2"), null);
        assertUsage(shell.unknot("habit", "add", "x", "--starts", "someday"), null);
        assertUsage(shell.unknot("habit", "add"), null);
        assertUsage(
                shell.unknot("habit", "edit", "cat"),
                "unknot: nothing to change; give --name, a schedule, a target or --starts (see --help)");
        assertUsage(shell.unknot("habit", "edit", "dog", "--daily"), null);
        assertUsage(shell.unknot("habit", "archive", "9"), null);
        assertUsage(shell.unknot("habit", "pause", "cat"), null);
        assertUsage(shell.unknot("habit", "pause", "cat", "--from", "2030-01-05", "--to", "2030-01-01"), null);
        assertUsage(shell.unknot("habit", "unskip", "dog"), null);
        assertUsage(shell.unknot("habit", "unskip", "cat", "--day", "someday"), null);
        assertUsage(shell.unknot("habit", "resume"), null);
        assertUsage(shell.unknot("habit", "resume", "cat", "--from", "2030-02-30"), null);
        assertUsage(shell.unknot("habit"), null);
        assertUsage(shell.unknot("habit", "frobnicate"), null);
    }

    @Test
    void templatesListEveryPluginsTemplates() {
        Shell.Result result = shell.unknot("templates");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Daily box breathing  (breathing/daily-box-breathing, every day, yes/no)");

        JsonNode json = shell.unknot("templates", "--json").json();
        assertThat(fieldNames(json.get("templates").get(0)))
                .containsExactly("id", "name", "description", "target", "schedule", "metric");
    }

    static void assertUsage(Shell.Result result, String line) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSize(1);
        if (line != null) {
            assertThat(result.errLines().get(0)).isEqualTo(line);
        }
    }
}
